package id.paritrana.app.edition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditionPathsTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(nullValues = "-", value = {
			// pages of the edition or of a level keep their place, and their query
			"/edisi/2024/kandidat, category=BU_BESAR, /edisi/2025/kandidat?category=BU_BESAR",
			"/edisi/2024/skor-meja, -, /edisi/2025/skor-meja", "/edisi/2024/hasil/34, -, /edisi/2025/hasil/34",
			"/edisi/2024/panel/ID, kategori=UKM, /edisi/2025/panel/ID?kategori=UKM",
			"/edisi/2024/tahap/34, -, /edisi/2025/tahap/34",
			"/edisi/2024/penilaian-saya, -, /edisi/2025/penilaian-saya",
			// a candidate keeps its page, by its code; its scorecard becomes that page
			"/edisi/2024/kandidat/34.71, -, /edisi/2025/kandidat/34.71",
			"/edisi/2024/skor-meja/PROVINSI/PEMKAB_PEMKOT/34.71, -, /edisi/2025/kandidat/34.71",
			// one object of the edition: the list it belongs to, without the query
			"/edisi/2024/hasil/34/revisi/2, x=1, /edisi/2025/hasil/34",
			"/edisi/2024/bukti/17, -, /edisi/2025/verifikasi",
			"/penilaian/2024/PROVINSI/PEMKAB_PEMKOT/34.71, -, /penilaian",
			// anything else is not a page of an edition
			"/admin/edisi, -, /", "/edisi/2024, -, /", "//evil.example/edisi/2024/kandidat, -, /",
			"/edisi/2024/kandidat/%2e%2e, -, /",
			// a query that could end a header or name a template variable is left out
			"/edisi/2024/kandidat, q=<x>, /edisi/2025/kandidat", "/edisi/2024/kandidat, q={x}, /edisi/2025/kandidat" })
	void aPageReopensInTheEditionChosen(String path, String query, String expected) {
		assertThat(EditionPaths.inEdition(path, query, 2025)).isEqualTo(expected);
	}

	@Test
	void theYearShownIsTheYearOfTheEditionPage() {
		assertThat(EditionPaths.yearOf("/edisi/2024/hasil/34")).contains(2024);
		assertThat(EditionPaths.yearOf("/penilaian/2024/PROVINSI/UKM/1")).contains(2024);
		assertThat(EditionPaths.yearOf("/penilaian")).isEmpty();
		assertThat(EditionPaths.yearOf("/admin/edisi/2024")).isEmpty();
	}

}
