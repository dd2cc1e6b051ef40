package id.paritrana.app.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.dataset.GenerateCommand;
import id.paritrana.app.dataset.ImportProgress;
import id.paritrana.app.dataset.ImportRequest;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.StagePreconditions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.jury.Assignments;
import id.paritrana.app.jury.Panels;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.UserManagement;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Criterion;
import id.paritrana.engine.rubric.Level;
import picocli.CommandLine;

/**
 * An edition of a test's own, walked up to the interviews through the real services:
 * generated {@code small} data imported, measures and desk scores computed, panels
 * formed, shortlists made by the shortlist service, jurors assigned by the assignment
 * service and their SUBMITTED sheets (the generated jury-scores.csv where it scores a
 * nominee, else deterministic scores). Every score entered is kept, so a test can write
 * the jury-scores.csv that {@code evaluate} reads.
 */
final class ResultFixture {

	static final List<String> PROVINCES = List.of("34", "65", "75");

	final int year;

	final Path dir;

	private final JdbcClient jdbc;

	private final UserDetailsService users;

	private final Stages stages;

	private final EditionRubrics rubrics;

	/** Every jury score entered, as jury-scores.csv lines (DESIGN §6). */
	final List<String> juryLines = new ArrayList<>();

	private final java.util.Set<String> sheets = new java.util.HashSet<>();

	/** The generated scores by level/category/code → lines. */
	private final Map<String, List<String[]>> generated = new HashMap<>();

	ResultFixture(int year, Path dir, JdbcClient jdbc, UserDetailsService users, Stages stages,
			EditionRubrics rubrics) {
		this.year = year;
		this.dir = dir;
		this.jdbc = jdbc;
		this.users = users;
		this.stages = stages;
		this.rubrics = rubrics;
	}

	SignedInUser as(String username) {
		return (SignedInUser) this.users.loadUserByUsername(username);
	}

	/**
	 * Removes what earlier runs left of the edition (PostgreSQL keeps it between runs).
	 */
	static void forget(JdbcClient jdbc, int year) {
		String snapshots = "(SELECT id FROM result_snapshot WHERE edition_year = :y)";
		for (String table : List.of("result_row", "result_input", "result_zone_award")) {
			jdbc.sql("DELETE FROM " + table + " WHERE snapshot_id IN " + snapshots).param("y", year).update();
		}
		for (String table : List.of("promotion", "result_snapshot", "level_lock", "jury_score", "jury_sheet", "nominee",
				"jury_assignment", "interview_slot", "conflict_declaration", "panel_member", "desk_score",
				"edition_stage")) {
			jdbc.sql("DELETE FROM " + table + " WHERE edition_year = :y").param("y", year).update();
		}
	}

	/** Generates, imports, measures and desk-scores the edition. */
	void importAndScore(String seed, Editions editions, DatasetImport imports, CandidateMeasures measures,
			DeskScores deskScores) {
		CommandLine generate = new CommandLine(new GenerateCommand());
		generate.setOut(new PrintWriter(new StringWriter()));
		assertThat(generate.execute("--scale", "small", "--seed", seed, "--year", Integer.toString(this.year - 1),
				"--out", this.dir.toString()))
			.isZero();
		if (editions.find(this.year).isEmpty()) {
			editions.create("test", this.year, null);
		}
		for (DataSet set : DataSet.values()) {
			if (set == DataSet.JURY_SCORES) {
				continue;
			}
			Path file = this.dir.resolve(set.baseName() + ".csv");
			assertThat(imports
				.run(new ImportRequest(this.year, set, file.getFileName().toString(), file, "test"),
						ImportProgress.NONE)
				.problems()).as(set.baseName()).isEmpty();
		}
		measures.compute(this.year, "test");
		deskScores.compute(this.year, "test");
		try {
			List<String> lines = Files.readAllLines(this.dir.resolve("jury-scores.csv"), StandardCharsets.UTF_8);
			for (String line : lines.subList(1, lines.size())) {
				String[] f = line.split(",");
				this.generated.computeIfAbsent(f[0] + "/" + f[1] + "/" + f[2], k -> new ArrayList<>()).add(f);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Moves a level's stages on until {@code stage} runs. */
	void advanceTo(String scope, Stage stage) {
		SignedInUser admin = as(DemoUsers.ADMIN);
		// as a secretariat waits for the scores a determination or a decision asked for
		Awaitility.await("recomputations concerning " + scope)
			.atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.stages
				.preconditions(this.year, scope, EnumSet.of(StagePreconditions.Check.RECOMPUTATION_PENDING))
				.isEmpty());
		while (this.stages.current(this.year, scope).ordinal() < stage.ordinal()
				|| this.stages.stages(this.year, scope).get(stage.ordinal()).state().name().equals("BELUM")) {
			this.stages.advance(admin, this.year, scope);
		}
	}

	/**
	 * The services the interviews go through: accounts, panels, assignments, shortlists.
	 */
	record Interviews(UserManagement users, Panels panels, Assignments assignments, Shortlists shortlists) {
	}

	/**
	 * Jurors of each panel: enough for the edition's minimum per nominee, none
	 * conflicted.
	 */
	static final int PANEL_SIZE = 4;

	/**
	 * The level's panel (juror accounts of its own), the shortlist service's shortlist of
	 * each interviewed category (the edition's top N eligible by desk score), the
	 * automatic jury assignment, and each assigned juror's SUBMITTED sheet: the k-th
	 * assigned juror of a nominee gives the k-th generated juror's scores where the
	 * generated file has them, else deterministic scores.
	 */
	void shortlistAssignAndScore(Interviews services, Level level, String scope) {
		for (int n = 1; n <= PANEL_SIZE; n++) {
			String username = "juri.t" + scope.toLowerCase(java.util.Locale.ROOT) + "." + n;
			if (services.users().findUsername(username).isEmpty()) {
				services.users()
					.createAccount("test", username, "sidang-rahasia-7731", new UserManagement.Details("Juri " + n,
							Role.PENILAI, scope.equals("ID") ? null : scope, null, null, true));
			}
			services.panels()
				.saveAs("test", this.year, scope, username,
						new Panels.MemberDetails((n == 1) ? Panels.PanelRole.KETUA : Panels.PanelRole.ANGGOTA,
								"BPJS Ketenagakerjaan", null, null));
		}
		for (Category category : Category.values()) {
			if (!category.assessedAt(level) || this.rubrics.rubric(this.year, category).jury().isEmpty()) {
				continue;
			}
			Shortlists.Made made = services.shortlists().makeAs("test", this.year, category, scope);
			if (made.nominees().isEmpty()) {
				continue;
			}
			Assignments.Assigned assigned = services.assignments().assignAs("test", this.year, scope, category);
			for (Shortlists.Nominee nominee : made.nominees()) {
				score(level, category, nominee.code(), assigned.jurorsByNominee().get(nominee.code()));
			}
		}
	}

	private void score(Level level, Category category, String code, List<String> jurors) {
		assertThat(jurors).as("jurors of %s", code).isNotEmpty();
		Map<String, List<String[]>> byGeneratedJuror = new java.util.TreeMap<>();
		this.generated.getOrDefault(level + "/" + category + "/" + code, List.of())
			.forEach(s -> byGeneratedJuror.computeIfAbsent(s[3], k -> new ArrayList<>()).add(s));
		List<List<String[]>> generatedSheets = new ArrayList<>(byGeneratedJuror.values());
		List<Criterion> criteria = this.rubrics.rubric(this.year, category).jury().orElseThrow().criteria();
		List<String[]> scores = new ArrayList<>();
		for (int k = 0; k < jurors.size(); k++) {
			String juror = jurors.get(k);
			if (k < generatedSheets.size()) {
				generatedSheets.get(k).forEach(s -> scores.add(new String[] { s[0], s[1], s[2], juror, s[4], s[5] }));
			}
			else {
				for (Criterion criterion : criteria) {
					int score = 50 + Math.floorMod((code + "/" + juror + "/" + criterion.id()).hashCode(), 51);
					scores.add(new String[] { level.name(), category.name(), code, juror, criterion.id(),
							Integer.toString(score) });
				}
			}
		}
		for (String[] s : scores) {
			if (this.sheets.add(s[0] + "/" + s[1] + "/" + s[2] + "/" + s[3])) {
				this.jdbc
					.sql("INSERT INTO jury_sheet (edition_year, score_level, category, candidate_code, juror_username,"
							+ " status, version, submitted_at) VALUES (:y, :l, :c, :code, :j, 'SUBMITTED', 1,"
							+ " CURRENT_TIMESTAMP)")
					.param("y", this.year)
					.param("l", s[0])
					.param("c", s[1])
					.param("code", s[2])
					.param("j", s[3])
					.update();
			}
			this.jdbc
				.sql("INSERT INTO jury_score (edition_year, score_level, category, candidate_code, juror_username,"
						+ " criterion, score) VALUES (:y, :l, :c, :code, :j, :k, :v)")
				.param("y", this.year)
				.param("l", s[0])
				.param("c", s[1])
				.param("code", s[2])
				.param("j", s[3])
				.param("k", s[4])
				.param("v", Integer.parseInt(s[5]))
				.update();
			this.juryLines.add(String.join(",", s));
		}
	}

	/**
	 * Writes the jury scores entered as the directory's jury-scores.csv, for
	 * {@code evaluate}.
	 */
	void writeJuryFile() {
		List<String> lines = new ArrayList<>();
		lines.add(Determinations.JURY_HEADER);
		lines.addAll(this.juryLines);
		try {
			Files.write(this.dir.resolve("jury-scores.csv"), lines, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
