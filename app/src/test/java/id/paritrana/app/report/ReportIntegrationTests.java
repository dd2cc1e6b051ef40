package id.paritrana.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.PublishedSnapshots;
import id.paritrana.app.edition.Editions;

/**
 * The decree annex of a determined level read back from XLSX and PDF, results.csv through
 * the API, and the changes between two revisions with the revision's reason.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportIntegrationTests {

	static final int YEAR = 2074;

	static final String SHA_1 = PublishedSnapshots.digest(YEAR, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	UserDetailsService userDetails;

	@BeforeAll
	void determinedAndRevised() {
		forget();
		this.editions.create("test", YEAR, "Laporan " + YEAR);
		long first = snapshot(1, null);
		row(first, 1, "PEMKAB_PEMKOT", "34.71", "Kota Yogyakarta", "81.25", 1);
		row(first, 2, "PEMKAB_PEMKOT", "34.02", "Kabupaten Bantul", "75.00", 2);
		row(first, 3, "PEMKAB_PEMKOT", "34.03", "Kabupaten Kulon Progo", "60.00", 3);
		row(first, 4, "UKM", "11111111", "CV Maju Jaya", "90.10", 1);
		long second = snapshot(2, "Koreksi data cakupan Bantul");
		row(second, 1, "PEMKAB_PEMKOT", "34.02", "Kabupaten Bantul", "82.00", 1);
		row(second, 2, "PEMKAB_PEMKOT", "34.71", "Kota Yogyakarta", "81.25", 2);
		row(second, 3, "PEMKAB_PEMKOT", "34.03", "Kabupaten Kulon Progo", "60.00", 3);
		row(second, 4, "UKM", "11111111", "CV Maju Jaya", "90.10", 1);
	}

	@AfterAll
	void forget() {
		PublishedSnapshots.forget(this.jdbc, YEAR);
	}

	private long snapshot(int revision, String reason) {
		return PublishedSnapshots.snapshot(this.jdbc, YEAR, "PROVINSI", "34", revision, reason);
	}

	private void row(long snapshot, int position, String category, String code, String name, String score, int rank) {
		PublishedSnapshots.row(this.jdbc, snapshot, position, category, code, name, score, rank, "{}");
	}

	private RequestPostProcessor as(String username) {
		return user(this.userDetails.loadUserByUsername(username));
	}

	@Test
	void theXlsxAnnexHasOneRankedSheetPerCategoryUnderTheSnapshotDigest() throws Exception {
		byte[] xlsx = this.mvc
			.perform(get("/edisi/" + YEAR + "/hasil/34/revisi/1/lampiran.xlsx").with(as(DemoUsers.PANITIA_34)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("PEMKAB_PEMKOT", "UKM");
			// rows by their number in the sheet (1-based; the reader skips the empty one)
			java.util.Map<Integer, Row> rows = new java.util.HashMap<>();
			sheets.get(0).read().forEach(r -> rows.put(r.getRowNum(), r));
			assertThat(rows.get(3).getCellText(1)).isEqualTo(SHA_1);
			assertThat(rows.get(6).getCellText(2)).isEqualTo("Kota Yogyakarta");
			assertThat(rows.get(6).getCellAsNumber(5))
				.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("81.25"));
			assertThat(rows.get(6).getCellText(6)).isEqualTo("Juara 1");
			assertThat(rows.get(8).getCellText(2)).isEqualTo("Kabupaten Kulon Progo");
		}
	}

	@Test
	void thePdfAnnexListsTheRankedCandidatesWithTheDigest() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/edisi/" + YEAR + "/hasil/34/revisi/2/lampiran.pdf").with(as(DemoUsers.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Lampiran keputusan", "Pemerintah Kabupaten/Kota", "Usaha Kecil dan Mikro",
					"Kabupaten Bantul", "82.00", "Juara 1", PublishedSnapshots.digest(YEAR, 2),
					"Daerah Istimewa Yogyakarta");
			assertThat(text.indexOf("Kabupaten Bantul")).isLessThan(text.indexOf("Kota Yogyakarta"));
		}
		// only those who run the level
		this.mvc.perform(get("/edisi/" + YEAR + "/hasil/34/revisi/2/lampiran.pdf").with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().isForbidden());
	}

	@Test
	void resultsCsvComesThroughTheApi() throws Exception {
		String csv = this.mvc
			.perform(get("/api/v1/editions/" + YEAR + "/results/34/snapshots/1/results.csv").with(as(DemoUsers.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().findFirst()).hasValue(
				"level,scope,category,candidate_code,candidate_name,eligible,flags,desk_score,desk_rank,jury_score,final_score,final_rank");
		assertThat(csv).contains("PROVINSI,34,PEMKAB_PEMKOT,34.71,Kota Yogyakarta,true,,81.25,1,,81.25,1");
	}

	@Test
	void changesBetweenRevisionsShowRankAndScoreDifferencesWithTheReason() throws Exception {
		String page = this.mvc.perform(get("/edisi/" + YEAR + "/hasil/34/perubahan").with(as(DemoUsers.PANITIA_34)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Koreksi data cakupan Bantul", "Kabupaten Bantul", "Kota Yogyakarta", "7,00")
			.doesNotContain("Kulon Progo", "CV Maju Jaya");
	}

}
