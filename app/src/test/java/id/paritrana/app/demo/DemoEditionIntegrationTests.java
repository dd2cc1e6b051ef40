package id.paritrana.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import id.paritrana.app.IntegrationTest;
import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetVersions;
import id.paritrana.app.dataset.StoredMeasures;
import id.paritrana.app.dataset.SyntheticDataSets;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.jury.Assignments;
import id.paritrana.app.jury.InterviewSchedule;
import id.paritrana.app.jury.JuryScoring;
import id.paritrana.app.jury.Panels;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The demo edition is seeded through the real import, measures and desk scores, once:
 * seeding again (a restart) changes nothing, and an edition of that year that is not the
 * demo's is left alone. (A year of its own, as the test database is shared with other
 * tests.)
 */
@IntegrationTest
class DemoEditionIntegrationTests {

	@Autowired
	Editions editions;

	@Autowired
	DatasetVersions versions;

	@Autowired
	SyntheticDataSets synthetic;

	@Autowired
	StoredMeasures storedMeasures;

	@Autowired
	CandidateMeasures measures;

	@Autowired
	DeskScores deskScores;

	@Autowired
	ApplicationContext context;

	@Autowired
	Stages stages;

	@Autowired
	Shortlists shortlists;

	@Autowired
	Panels panels;

	@Autowired
	Assignments assignments;

	@Autowired
	InterviewSchedule schedule;

	@Autowired
	JuryScoring scoring;

	DemoEdition demo() {
		return DemoSeeding.demo(this.context);
	}

	@Test
	void seedsALivingEditionOnceAndIsIdempotent() {
		int year = 2034;
		String name = "2034 (demo — data sintetis)";
		long started = System.nanoTime();
		demo().seed(year, name);
		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(this.editions.require(year).name()).isEqualTo(name);
		assertThat(this.versions.current(year)).hasSize(DataSet.values().length);
		DeskScores.Run run = this.deskScores.run(year).orElseThrow();
		assertThat(run.candidates()).isGreaterThan(600);
		assertThat(run.computedBy()).isEqualTo("demo");
		assertThat(seconds).as("small scale seeds in seconds").isLessThan(60);

		// DI Yogyakarta's selection: shortlists made, teams formed, jurors assigned,
		// interviews scheduled;
		// the interviews under way: most sheets submitted, some drafts
		assertThat(this.stages.running(year, "34", Stage.WAWANCARA)).isTrue();
		List<Shortlists.Nominee> nominees = this.shortlists.nominees(year, Level.PROVINSI, Category.PEMKAB_PEMKOT,
				"34");
		assertThat(nominees).isNotEmpty();
		assertThat(this.panels.chairOf(year, "34")).contains("penilai.diy1");
		assertThat(this.panels.chairOf(year, "ID")).contains("penilai");
		Map<String, List<String>> jurors = new TreeMap<>();
		this.assignments.of(year, "34", Category.PEMKAB_PEMKOT)
			.forEach(a -> jurors.computeIfAbsent(a.candidateCode(), c -> new ArrayList<>()).add(a.juror()));
		assertThat(jurors).hasSize(nominees.size()).allSatisfy((code, list) -> assertThat(list).hasSize(3));
		if (jurors.containsKey("34.71")) {
			assertThat(jurors.get("34.71")).as("affiliated with Kota Yogyakarta").doesNotContain("penilai.diy3");
		}
		assertThat(this.schedule.of(year, "34")).hasSizeGreaterThanOrEqualTo(nominees.size());
		List<Assignments.Assignment> assigned = this.assignments.of(year, "34", null);
		List<JuryScoring.Progress> progress = this.scoring.progress(year, Level.PROVINSI, Category.PEMKAB_PEMKOT, "34");
		assertThat(progress).hasSize(nominees.size());
		assertThat(progress.stream().mapToInt(JuryScoring.Progress::submitted).sum()).isGreaterThan(nominees.size());
		assertThat(progress.stream().mapToInt(JuryScoring.Progress::drafts).sum()).isPositive();
		assertThat(this.scoring.submittedScores(year, Level.PROVINSI, Category.PEMKAB_PEMKOT, "34").size())
			.isEqualTo(5 * progress.stream().mapToInt(JuryScoring.Progress::submitted).sum());

		demo().seed(year, name);
		assertThat(this.assignments.of(year, "34", null)).isEqualTo(assigned);
		assertThat(this.scoring.progress(year, Level.PROVINSI, Category.PEMKAB_PEMKOT, "34")).isEqualTo(progress);
		assertThat(this.deskScores.run(year)).contains(run);
		assertThat(this.versions.current(year)).hasSize(DataSet.values().length).allMatch(v -> v.version() == 1);
	}

	@Test
	void leavesAnEditionOfThatYearThatIsNotTheDemosAlone() {
		int year = 2035;
		if (this.editions.find(year).isEmpty()) {
			// a persistent database (PostgreSQL) keeps it from an earlier run
			this.editions.create("test", year, "Paritrana Award 2035");
		}
		demo().seed(year, "2035 (demo — data sintetis)");
		assertThat(this.versions.current(year)).isEmpty();
		assertThat(this.deskScores.run(year)).isEmpty();
	}

}
