package id.paritrana.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.paritrana.app.dataset.ImportJob;
import id.paritrana.app.dataset.ImportJobs;
import id.paritrana.app.edition.Editions;

/**
 * Every CSV file the application hands out to be opened in a spreadsheet: a name starting
 * like a formula comes out as text (a leading {@code '}), a plain number comes out as it
 * is.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvExportIntegrationTests {

	static final int YEAR = 2079;

	static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "+1+1", "-2+3");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	ImportJobs jobs;

	@Autowired
	UserDetailsService userDetails;

	@BeforeAll
	void determined() {
		forget();
		this.editions.create("test", YEAR, "Ekspor " + YEAR);
		long snapshot = PublishedSnapshots.snapshot(this.jdbc, YEAR, "PROVINSI", "34", 1, null);
		for (int i = 0; i < FORMULAS.size(); i++) {
			PublishedSnapshots.row(this.jdbc, snapshot, i + 1, "UKM", "1000000" + i, FORMULAS.get(i), (90 - i) + ".00",
					i + 1, "{}");
		}
		PublishedSnapshots.row(this.jdbc, snapshot, 5, "UKM", "10000005", "-1.25", "-1.25", 5, "{}");
	}

	@AfterAll
	void forget() {
		PublishedSnapshots.forget(this.jdbc, YEAR);
	}

	private RequestPostProcessor as(String username) {
		return user(this.userDetails.loadUserByUsername(username));
	}

	private String download(String url, String username) throws Exception {
		return this.mvc.perform(get(url).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<CsvRecord> records(String csv) {
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
			return reader.stream().toList();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void namesAreTextAndNumbersStayNumbers(String csv) {
		List<CsvRecord> rows = records(csv).subList(1, 6);
		assertThat(rows).extracting(r -> r.getField(4))
			.containsExactly("'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(A1)", "'+1+1", "'-2+3", "-1.25");
		assertThat(rows.get(4).getField(7)).isEqualTo("-1.25");
		assertThat(rows.get(4).getField(10)).isEqualTo("-1.25");
		assertThat(csv).contains("PROVINSI,34,UKM,10000005,-1.25,true,,-1.25,5,,-1.25,5\n");
	}

	@Test
	void theResultsPagesDownloadWritesNamesAsText() throws Exception {
		namesAreTextAndNumbersStayNumbers(
				download("/edisi/" + YEAR + "/hasil/34/revisi/1/hasil.csv", DemoUsers.PANITIA_34));
	}

	@Test
	void theApisResultsCsvWritesNamesAsText() throws Exception {
		namesAreTextAndNumbersStayNumbers(
				download("/api/v1/editions/" + YEAR + "/results/34/snapshots/1/results.csv", DemoUsers.ADMIN));
	}

	@Test
	void theImportProblemsDownloadWritesValuesAsText() throws Exception {
		String employers = "npp,name,region_code,sector,size_class\n"
				+ "N1,PT A,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",C,BESAR\n" + "N2,PT B,@SUM(A1),C,BESAR\n"
				+ "N3,PT C,+1+1,C,BESAR\n" + "N4,PT D,-2+3,C,BESAR\n" + "N5,PT E,-1.25,C,BESAR\n";
		String location = this.mvc
			.perform(multipart("/data/impor")
				.file(new MockMultipartFile("file", "employers.csv", "text/csv",
						employers.getBytes(StandardCharsets.UTF_8)))
				.param("edition", Integer.toString(YEAR))
				.param("dataset", "employers")
				.with(as(DemoUsers.ADMIN))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (!this.jobs.find(id).orElseThrow().now().state().finished() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(this.jobs.find(id).orElseThrow().now().state()).isEqualTo(ImportJob.State.INVALID);

		String csv = download(location + "/masalah.csv", DemoUsers.ADMIN);

		List<CsvRecord> rows = records(csv);
		assertThat(rows.get(0).getFields()).containsExactly("line", "column", "value", "reason");
		assertThat(rows.subList(1, rows.size())).extracting(r -> r.getField(0), r -> r.getField(1), r -> r.getField(2))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2", "region_code", "'=HYPERLINK(\"http://x\",\"y\")"),
					org.assertj.core.groups.Tuple.tuple("3", "region_code", "'@SUM(A1)"),
					org.assertj.core.groups.Tuple.tuple("4", "region_code", "'+1+1"),
					org.assertj.core.groups.Tuple.tuple("5", "region_code", "'-2+3"),
					org.assertj.core.groups.Tuple.tuple("6", "region_code", "-1.25"));
		assertThat(csv).contains("\r\n6,region_code,-1.25,");
	}

}
