package id.paritrana.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.paritrana.app.IntegrationTest;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.dataset.GenerateCommand;
import id.paritrana.app.dataset.ImportProgress;
import id.paritrana.app.dataset.ImportRequest;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.area.Areas;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.evaluate.Evaluation;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubrics;
import picocli.CommandLine;

/**
 * Generated {@code small} files imported, measures computed, desk scores computed: the
 * stored desk scores, ranks, eligibility and flags equal {@code evaluate} on the same
 * files, for every candidate at the level it enters the award (on H2, and on PostgreSQL
 * when configured).
 */
@IntegrationTest
class DeskScoresIntegrationTests {

	@TempDir
	static Path dir;

	@Autowired
	DatasetImport imports;

	@Autowired
	CandidateMeasures measures;

	@Autowired
	DeskScores deskScores;

	@Autowired
	Editions editions;

	@Autowired
	JdbcClient jdbc;

	static final int EDITION = 2031;

	/**
	 * Computed once for the tests of this class (the data of the edition are only read
	 * after).
	 */
	static DeskScores.Computed computed;

	@BeforeEach
	void scored() {
		if (computed == null) {
			importGenerated(EDITION, "11");
			this.measures.compute(EDITION, "test");
			computed = this.deskScores.compute(EDITION, "tester");
		}
	}

	@Test
	void storedDeskScoresAndRanksEqualEvaluateOnTheSameFiles() {
		int edition = EDITION;

		Map<String, String> expected = DeskResults
			.evaluated(Evaluation.run(dir, edition - 1, areas(), Rubrics.defaults(), Level.NASIONAL));
		Map<String, String> stored = DeskResults.stored(this.jdbc, edition);
		assertThat(stored).hasSameSizeAs(expected).containsExactlyInAnyOrderEntriesOf(expected);
		for (Category category : Category.values()) {
			assertThat(stored.keySet()).as("%s has candidates", category)
				.anyMatch(k -> k.contains("/" + category + "/"));
		}
		assertThat(stored.values()).as("some are ranked, some not")
			.anyMatch(v -> v.endsWith(" 1"))
			.anyMatch(v -> v.endsWith(" -"));

		// recomputed on demand (other tests of this class may have recomputed it already)
		DeskScores.Run run = this.deskScores.compute(edition, "tester").run();
		assertThat(run.computedAt()).isAfterOrEqualTo(computed.run().computedAt());
		assertThat(run.candidates()).isEqualTo(expected.size());
		assertThat(run.computedBy()).isEqualTo("tester");
		assertThat(run.datasetVersionIds()).hasSize(DataSet.values().length);
		assertThat(run.rubricVersions())
			.containsOnlyKeys(java.util.Arrays.stream(Category.values()).map(Category::name).toArray(String[]::new));
		assertThat(this.deskScores.run(edition)).contains(run);
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'DESK_SCORES_COMPUTED' AND actor = 'tester'"
					+ " AND entity_id = :y")
			.param("y", Integer.toString(edition))
			.query(Long.class)
			.single()).isPositive();

		// replaced, not added to
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM desk_score WHERE edition_year = :y")
			.param("y", edition)
			.query(Long.class)
			.single()).isEqualTo(expected.size());
	}

	@Autowired
	ScoreCommand scoreCommand;

	@Test
	void theScoreCommandComputesTheSameAndExplainsWhatIsMissing() {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine cli = new CommandLine(this.scoreCommand);
		cli.setOut(new PrintWriter(out));
		cli.setErr(new PrintWriter(err));
		assertThat(cli.execute("--edition", Integer.toString(EDITION))).isZero();
		assertThat(out.toString())
			.contains("desk scores of edition " + EDITION + ": " + computed.run().candidates() + " candidates");
		assertThat(this.deskScores.run(EDITION).orElseThrow().computedBy()).startsWith("cli:");
		assertThat(cli.execute("--edition", "2998")).isEqualTo(2);
		assertThat(err.toString()).contains("edition 2998 does not exist");
	}

	@Test
	void withoutMeasuresThereIsNothingToScore() {
		int edition = 2032;
		if (this.editions.find(edition).isEmpty()) {
			this.editions.create("test", edition, null);
		}
		assertThatThrownBy(() -> this.deskScores.compute(edition, "tester")).isInstanceOf(InvalidInputException.class);
		assertThat(this.deskScores.run(edition)).isEmpty();
	}

	private void importGenerated(int edition, String seed) {
		CommandLine generate = new CommandLine(new GenerateCommand());
		generate.setOut(new PrintWriter(new StringWriter()));
		assertThat(generate.execute("--scale", "small", "--seed", seed, "--year", Integer.toString(edition - 1),
				"--out", dir.toString()))
			.isZero();
		if (this.editions.find(edition).isEmpty()) {
			this.editions.create("test", edition, null);
		}
		for (DataSet set : DataSet.values()) {
			Path file = dir.resolve(set.baseName() + ".csv");
			assertThat(this.imports
				.run(new ImportRequest(edition, set, file.getFileName().toString(), file, "test"), ImportProgress.NONE)
				.problems()).as(set.baseName()).isEmpty();
		}
	}

	static Areas areas() {
		try (InputStream p = wilayah("provinces.csv");
				InputStream r = wilayah("regencies.csv");
				InputStream d = wilayah("districts.csv");
				InputStream v = wilayah("villages.csv")) {
			return Areas.read(p, r, d, v);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream wilayah(String name) {
		return DeskScoresIntegrationTests.class.getResourceAsStream("/wilayah/" + name);
	}

}
