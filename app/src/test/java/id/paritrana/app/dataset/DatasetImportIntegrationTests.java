package id.paritrana.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.edition.Editions;
import id.paritrana.engine.data.DataSet;
import picocli.CommandLine;

/**
 * The import on the test database (H2, or PostgreSQL with COPY when configured): every
 * data set of generated files, re-import and versions, all-or-nothing on invalid input
 * and on a crash half-way, and the three doors (service, API, command line) giving the
 * same answers.
 */
@IntegrationTest
class DatasetImportIntegrationTests {

	/** Generated data of 2023 belong to the edition awarded in 2024. */
	static final int EDITION = 2024;

	@TempDir
	static Path dir;

	@Autowired
	DatasetImport imports;

	@Autowired
	DatasetVersions versions;

	@Autowired
	Editions editions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ImportCommand command;

	@Autowired
	CandidateMeasures measures;

	@BeforeAll
	static void generate() {
		GeneratedData.generate(dir, "--scale", "small", "--seed", "1", "--year", "2023");
	}

	void edition() {
		if (this.editions.find(EDITION).isEmpty()) {
			this.editions.create("test", EDITION, null);
		}
	}

	ImportOutcome run(DataSet set, Path file) {
		return this.imports.run(new ImportRequest(EDITION, set, file.getFileName().toString(), file, "test"),
				ImportProgress.NONE);
	}

	ImportOutcome runGenerated(DataSet set) {
		return run(set, dir.resolve(set.baseName() + ".csv"));
	}

	long rows(DataSet set) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + DataTable.of(set).table() + " WHERE edition_year = :y")
			.param("y", EDITION)
			.query(Long.class)
			.single();
	}

	static long dataLines(Path file) throws IOException {
		try (var lines = Files.lines(file)) {
			return lines.count() - 1;
		}
	}

	Path write(String name, String content) throws IOException {
		Path file = dir.resolve("case-" + System.nanoTime()).resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void importsEveryDataSetOfTheGeneratedFiles() throws Exception {
		edition();
		for (DataSet set : DataSet.values()) {
			Path file = dir.resolve(set.baseName() + ".csv");
			ImportOutcome outcome = runGenerated(set);
			assertThat(outcome.problems()).as(set.baseName()).isEmpty();
			DatasetVersion version = outcome.version().orElseThrow();
			assertThat(version.rowCount()).as(set.baseName()).isEqualTo(dataLines(file));
			assertThat(rows(set)).as(set.baseName()).isEqualTo(dataLines(file));
			assertThat(version.sha256()).isEqualTo(
					HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
			assertThat(version.current()).isTrue();
		}
		assertThat(this.versions.current(EDITION)).extracting(DatasetVersion::dataset)
			.containsExactlyElementsOf(DataSets.all().stream().map(DataSet::baseName).toList());
	}

	@Test
	void storedValuesAreTheFileValues() {
		edition();
		runGenerated(DataSet.EMPLOYERS);
		Path file = dir.resolve("employer-contributions.csv");
		assertThat(run(DataSet.CONTRIBUTIONS, file).imported()).isTrue();
		var first = this.jdbc.sql("SELECT npp, contribution_month, programs, wage_reported_total, paid_date"
				+ " FROM data_contribution WHERE edition_year = :y AND npp = '27373811' ORDER BY contribution_month")
			.param("y", EDITION)
			.query((rs, n) -> rs.getString(1) + "," + rs.getObject(2, java.time.LocalDate.class) + "," + rs.getString(3)
					+ "," + rs.getLong(4) + "," + rs.getObject(5, java.time.LocalDate.class))
			.list()
			.get(0);
		assertThat(first).isEqualTo("27373811,2023-01-01,JKK;JKM,7225598,2023-02-03");
	}

	@Test
	void reimportReplacesTheRowsAndKeepsTheEarlierVersion() throws Exception {
		edition();
		DatasetVersion before = runGenerated(DataSet.EMPLOYERS).version().orElseThrow();
		DatasetVersion after = runGenerated(DataSet.EMPLOYERS).version().orElseThrow();
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(rows(DataSet.EMPLOYERS)).isEqualTo(dataLines(dir.resolve("employers.csv")));
		List<DatasetVersion> history = this.versions.history(EDITION, DataSet.EMPLOYERS);
		assertThat(history.get(0)).isEqualTo(after);
		assertThat(history.get(1).id()).isEqualTo(before.id());
		assertThat(history.get(1).current()).isFalse();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM data_employer WHERE version_id = :v")
			.param("v", before.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(
				this.jdbc.sql("SELECT after_json FROM audit_log WHERE action = 'DATASET_IMPORTED' AND entity_id = :id")
					.param("id", Long.toString(after.id()))
					.query(String.class)
					.single())
			.contains("\"sha256\":\"" + after.sha256() + "\"")
			.contains("\"rows\":600");
	}

	@Test
	void anInvalidFileStoresNothingAndNamesEveryProblem() throws Exception {
		edition();
		runGenerated(DataSet.EMPLOYERS);
		DatasetVersion current = runGenerated(DataSet.CONTRIBUTIONS).version().orElseThrow();
		List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("employer-contributions.csv")));
		lines.set(2, lines.get(2).replaceFirst("^27373811,", "99999999,"));
		lines.set(3, lines.get(3).replace(",2023-03,", ",2022-03,"));
		lines.set(4, lines.get(4).replaceFirst(",2023-0[0-9]-[0-9]{2}$", ",2023-02-30"));
		lines.set(5, lines.get(5).replaceFirst(",2,2,", ",-2,2,"));
		lines.add(lines.get(1));
		Path bad = write("employer-contributions.csv", String.join("\n", lines) + "\n");
		ImportOutcome outcome = run(DataSet.CONTRIBUTIONS, bad);
		assertThat(outcome.imported()).isFalse();
		assertThat(outcome.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "npp", "99999999"),
					org.assertj.core.groups.Tuple.tuple(4L, "month", "2022-03"),
					org.assertj.core.groups.Tuple.tuple(5L, "paid_date", "2023-02-30"),
					org.assertj.core.groups.Tuple.tuple(6L, "workers_total", "-2"), org.assertj.core.groups.Tuple
						.tuple((long) lines.size(), "npp", lines.get(1).substring(0, 8) + ", 2023-01"));
		assertThat(outcome.problems().get(2).reason()).isEqualTo("is not a real calendar date");
		assertThat(outcome.problems().get(1).reason()).contains("outside the year assessed, 2023");
		assertThat(this.versions.history(EDITION, DataSet.CONTRIBUTIONS).get(0)).isEqualTo(current);
		assertThat(rows(DataSet.CONTRIBUTIONS)).isEqualTo(current.rowCount());
	}

	@Test
	void namesLongerThanTheirLimitAreRefusedOnTheirLineAndNothingIsImported() throws Exception {
		edition();
		DatasetVersion current = runGenerated(DataSet.EMPLOYERS).version().orElseThrow();
		List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("employers.csv")));
		String[] third = lines.get(2).split(",", -1);
		third[1] = "PT " + "A".repeat(297);
		lines.set(2, String.join(",", third));
		String[] fifth = lines.get(4).split(",", -1);
		fifth[1] = "\"PT " + "B".repeat(5 << 20) + "\"";
		lines.set(4, String.join(",", fifth));
		Path bad = write("employers.csv", String.join("\n", lines) + "\n");

		ImportOutcome outcome = run(DataSet.EMPLOYERS, bad);

		assertThat(outcome.imported()).isFalse();
		assertThat(outcome.problems()).extracting(ImportProblem::line, ImportProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "name"),
					org.assertj.core.groups.Tuple.tuple(5L, "name"));
		assertThat(outcome.problems().get(0).reason()).isEqualTo("is 300 characters long, longer than the 200 allowed");
		assertThat(outcome.problems().get(1).reason())
			.isEqualTo("is " + (3 + (5 << 20)) + " characters long, longer than the 200 allowed");
		assertThat(outcome.problems()).allMatch(p -> p.value().length() <= 60 && p.value().endsWith("..."));
		assertThat(this.versions.history(EDITION, DataSet.EMPLOYERS).get(0)).isEqualTo(current);
		assertThat(rows(DataSet.EMPLOYERS)).isEqualTo(current.rowCount());
	}

	@Test
	void theHeaderMustHaveExactlyTheColumns() throws Exception {
		edition();
		Path bad = write("minimum-wages.csv", "region_code,year,wage,extra\n32,2023,100\n");
		ImportOutcome outcome = run(DataSet.MINIMUM_WAGES, bad);
		assertThat(outcome.problems()).extracting(ImportProblem::column)
			.containsExactlyInAnyOrder("wage", "extra", "monthly_minimum_wage");
		assertThat(outcome.problems()).extracting(ImportProblem::reason)
			.anyMatch(r -> r.startsWith("unknown column"))
			.anyMatch(r -> r.equals("missing column"));
	}

	@Test
	void aCrashHalfWayLeavesThePreviousVersionIntact() throws Exception {
		edition();
		runGenerated(DataSet.EMPLOYERS);
		DatasetVersion current = runGenerated(DataSet.CONTRIBUTIONS).version().orElseThrow();
		long versionRows = this.jdbc.sql("SELECT COUNT(*) FROM dataset_version").query(Long.class).single();
		Path file = dir.resolve("employer-contributions.csv");
		// the national file is read in 1 MB blocks; a small file needs a small trigger
		Path big = write("employer-contributions.csv", repeatMonthsAsNewEmployers(file));
		assertThatThrownBy(() -> this.imports.run(
				new ImportRequest(EDITION, DataSet.CONTRIBUTIONS, "employer-contributions.csv", big, "test"),
				(read, total) -> {
					if (read > total / 2) {
						throw new IllegalStateException("power cut");
					}
				}))
			.hasMessage("power cut");
		assertThat(this.versions.history(EDITION, DataSet.CONTRIBUTIONS).get(0)).isEqualTo(current);
		assertThat(rows(DataSet.CONTRIBUTIONS)).isEqualTo(current.rowCount());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM dataset_version").query(Long.class).single())
			.isEqualTo(versionRows);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM data_contribution WHERE edition_year = :y AND version_id <> :v")
			.param("y", EDITION)
			.param("v", current.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void rowsOfAReplacedVersionAreNeverReadAndGoAtTheNextImport() throws Exception {
		edition();
		runGenerated(DataSet.EMPLOYERS);
		DatasetVersion first = runGenerated(DataSet.CONTRIBUTIONS).version().orElseThrow();
		Path file = dir.resolve("employer-contributions.csv");
		// the process stops right after the re-import's commit, before the replaced rows
		// are deleted
		assertThatThrownBy(() -> this.imports.run(
				new ImportRequest(EDITION, DataSet.CONTRIBUTIONS, "employer-contributions.csv", file, "test"),
				new ImportProgress() {

					@Override
					public void bytesRead(long read, long total) {
					}

					@Override
					public void committed() {
						throw new IllegalStateException("power cut");
					}

				}))
			.hasMessage("power cut");
		DatasetVersion second = this.versions.history(EDITION, DataSet.CONTRIBUTIONS).get(0);
		assertThat(second.version()).isEqualTo(first.version() + 1);
		assertThat(second.current()).isTrue();
		assertThat(rows(DataSet.CONTRIBUTIONS)).isEqualTo(2 * first.rowCount());
		// both versions' rows together would be duplicate (employer, month) keys: the
		// engine
		// would refuse them, so the measures read the current version only
		CandidateMeasures.Computed computed = this.measures.compute(EDITION, "test");
		assertThat(computed.datasetVersionIds()).contains(second.id()).doesNotContain(first.id());
		runGenerated(DataSet.EMPLOYERS);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM data_employer WHERE edition_year = :y")
			.param("y", EDITION)
			.query(Long.class)
			.single()).isEqualTo(dataLines(dir.resolve("employers.csv")));
		DatasetVersion third = runGenerated(DataSet.CONTRIBUTIONS).version().orElseThrow();
		assertThat(rows(DataSet.CONTRIBUTIONS)).isEqualTo(third.rowCount());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM data_contribution WHERE edition_year = :y AND version_id <> :v")
			.param("y", EDITION)
			.param("v", third.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aFailedReimportKeepsThePreviousVersionAndItsMeasures() throws Exception {
		edition();
		runGenerated(DataSet.EMPLOYERS);
		DatasetVersion current = runGenerated(DataSet.CONTRIBUTIONS).version().orElseThrow();
		this.measures.compute(EDITION, "test");
		String npp = Files.readAllLines(dir.resolve("employer-contributions.csv")).get(1).split(",")[0];
		var measuresBefore = this.measures.of(EDITION, npp);
		assertThat(measuresBefore).containsKey("months_reported");
		Path bad = write("employer-contributions.csv",
				Files.readString(dir.resolve("employer-contributions.csv")).replaceFirst(",2023-01,", ",2022-01,"));
		assertThat(run(DataSet.CONTRIBUTIONS, bad).imported()).isFalse();
		assertThat(this.versions.history(EDITION, DataSet.CONTRIBUTIONS).get(0)).isEqualTo(current);
		assertThat(rows(DataSet.CONTRIBUTIONS)).isEqualTo(current.rowCount());
		assertThat(this.measures.of(EDITION, npp)).isEqualTo(measuresBefore);
	}

	/**
	 * The contributions file, longer than the reader's 1 MB buffer so that it is read in
	 * several blocks.
	 */
	private static String repeatMonthsAsNewEmployers(Path file) throws IOException {
		String content = Files.readString(file);
		StringBuilder b = new StringBuilder(content);
		String body = content.substring(content.indexOf('\n') + 1);
		while (b.length() < 3 << 20) {
			b.append(body);
		}
		return b.toString();
	}

	@Test
	void anXlsxFileGivesTheSameRowsAsItsCsv() throws Exception {
		edition();
		Path xlsx = dir.resolve("xlsx").resolve("minimum-wages.xlsx");
		Files.createDirectories(xlsx.getParent());
		List<String> lines = Files.readAllLines(dir.resolve("minimum-wages.csv"));
		try (OutputStream out = Files.newOutputStream(xlsx)) {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("data");
			for (int r = 0; r < lines.size(); r++) {
				String[] cells = lines.get(r).split(",");
				for (int c = 0; c < cells.length; c++) {
					if (r > 0 && c > 0) {
						sheet.value(r, c, Long.parseLong(cells[c]));
					}
					else {
						sheet.value(r, c, cells[c]);
					}
				}
			}
			workbook.finish();
		}
		DatasetVersion version = run(DataSet.MINIMUM_WAGES, xlsx).version().orElseThrow();
		assertThat(version.rowCount()).isEqualTo(lines.size() - 1);
		assertThat(this.jdbc.sql("SELECT SUM(monthly_minimum_wage) FROM data_minimum_wage WHERE edition_year = :y")
			.param("y", EDITION)
			.query(Long.class)
			.single()).isEqualTo(lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[2])).sum());
	}

	@Test
	void contributionsNeedTheEditionsEmployers() throws Exception {
		int year = 2026;
		if (this.editions.find(year).isEmpty()) {
			this.editions.create("test", year, null);
		}
		Path file = dir.resolve("employer-vulnerable.csv");
		ImportOutcome outcome = this.imports.run(
				new ImportRequest(year, DataSet.EMPLOYER_VULNERABLE, "employer-vulnerable.csv", file, "test"),
				ImportProgress.NONE);
		assertThat(outcome.problems()).singleElement()
			.satisfies(p -> assertThat(p.reason()).contains("import employers first"));
	}

	@Test
	void theApiImportsAndAnswersEveryProblem() throws Exception {
		edition();
		byte[] good = Files.readAllBytes(dir.resolve("regulations.csv"));
		this.mvc
			.perform(multipart("/api/v1/editions/{y}/datasets/regulations", EDITION)
				.file(new MockMultipartFile("file", "regulations.csv", "text/csv", good))
				.with(csrf())
				.with(user(this.users.loadUserByUsername(DemoUsers.ADMIN))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.dataset").value("regulations"))
			.andExpect(jsonPath("$.rowCount").value(28))
			.andExpect(jsonPath("$.current").value(true));
		byte[] bad = "government_code,type,number,year,title,verified\n99.99,PERDA,1,2023,Judul,yes\n"
			.getBytes(StandardCharsets.UTF_8);
		this.mvc
			.perform(multipart("/api/v1/editions/{y}/datasets/regulations", EDITION)
				.file(new MockMultipartFile("file", "../../etc/regulations.csv", "text/csv", bad))
				.with(csrf())
				.with(user(this.users.loadUserByUsername(DemoUsers.ADMIN))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.file").value("regulations.csv"))
			.andExpect(jsonPath("$.problems[0].line").value(2))
			.andExpect(jsonPath("$.problems[0].column").value("verified"))
			.andExpect(jsonPath("$.problems[0].value").value("yes"))
			.andExpect(jsonPath("$.problems[0].reason").value("is not true or false"))
			.andExpect(jsonPath("$.problems[1].column").value("government_code"))
			.andExpect(jsonPath("$.problems[1].value").value("99.99"));
		assertThat(rows(DataSet.REGULATIONS)).isEqualTo(28);
	}

	@Test
	void theCommandLinePrintsEveryProblemAndExitsTwo() throws Exception {
		edition();
		Path bad = write("nonasn.csv", "government_code,group,workers,covered\n32,HONORER,10,5\n32,GURU_HONORER,x,5\n");
		StringWriter err = new StringWriter();
		CommandLine cli = new CommandLine(this.command);
		cli.setErr(new PrintWriter(err));
		cli.setOut(new PrintWriter(new StringWriter()));
		int exit = cli.execute("--edition", Integer.toString(EDITION), "--no-progress", "nonasn", bad.toString());
		assertThat(exit).isEqualTo(2);
		assertThat(err.toString().lines().toList()).startsWith(
				"nonasn.csv:2: group: 'HONORER' is not one of HONORER_PEMDA, GURU_HONORER, PENYELENGGARA_PEMILU, APARAT_DESA, RT_RW",
				"nonasn.csv:3: workers: 'x' is not a whole number");
		StringWriter out = new StringWriter();
		cli.setOut(new PrintWriter(out));
		assertThat(cli.execute("--edition", Integer.toString(EDITION), "--no-progress", "nonasn",
				dir.resolve("nonasn.csv").toString()))
			.isZero();
		assertThat(out.toString()).contains("of nonasn for edition 2024: 76 rows");
		assertThat(cli.execute("--edition", "1999", "--no-progress", "nonasn", dir.resolve("nonasn.csv").toString()))
			.isEqualTo(2);
		assertThat(cli.execute("--edition", "2024", "--no-progress", "nothing", dir.resolve("nonasn.csv").toString()))
			.isEqualTo(2);
	}

}
