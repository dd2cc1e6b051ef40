package id.paritrana.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.paritrana.app.IntegrationTest;
import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetVersions;
import id.paritrana.app.dataset.StoredMeasures;
import id.paritrana.app.dataset.SyntheticDataSets;
import id.paritrana.app.edition.Editions;
import id.paritrana.engine.data.DataSet;

/**
 * The demo edition is seeded through the real import, measures and desk scores, once: seeding
 * again (a restart) changes nothing, and an edition of that year that is not the demo's is left
 * alone. (A year of its own, as the test database is shared with other tests.)
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

	DemoEdition demo() {
		return new DemoEdition(this.editions, this.versions, this.synthetic, this.storedMeasures, this.measures,
				this.deskScores, Runnable::run);
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

		demo().seed(year, name);
		assertThat(this.deskScores.run(year)).contains(run);
		assertThat(this.versions.current(year)).hasSize(DataSet.values().length)
			.allMatch(v -> v.version() == 1);
	}

	@Test
	void leavesAnEditionOfThatYearThatIsNotTheDemosAlone() {
		int year = 2035;
		this.editions.create("test", year, "Paritrana Award 2035");
		demo().seed(year, "2035 (demo — data sintetis)");
		assertThat(this.versions.current(year)).isEmpty();
		assertThat(this.deskScores.run(year)).isEmpty();
	}

}
