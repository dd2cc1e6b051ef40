package id.paritrana.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import id.paritrana.app.IntegrationTest;
import id.paritrana.app.certificate.Certificate;
import id.paritrana.app.certificate.Certificates;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.result.Determinations;
import id.paritrana.app.result.Results;
import id.paritrana.app.result.Snapshot;
import id.paritrana.app.result.Winner;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The demo edition ends with Gorontalo's level determined by the demo and its winners
 * promoted to the national level, with interview scores from the imported jury-scores data set;
 * seeding again changes nothing. (A year of its own, as the test database is shared.)
 */
@IntegrationTest
class DemoDeterminationIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Results results;

	@Autowired
	Determinations determinations;

	@Autowired
	Stages stages;

	@Autowired
	Certificates certificates;

	@Test
	void theDemoDeterminesGorontaloAndPromotesItsWinnersOnce() {
		int year = 2089;
		String name = "2089 (demo — data sintetis)";
		DemoEdition demo = DemoSeeding.demo(this.context);
		demo.seed(year, name);
		Snapshot snapshot = this.results.current(year, DemoDetermination.PROVINCE).orElseThrow();
		assertThat(snapshot.determinedBy()).isEqualTo("demo");
		assertThat(snapshot.revision()).isEqualTo(1);
		assertThat(this.results.verify(snapshot.id()).valid()).isTrue();
		assertThat(this.stages.current(year, DemoDetermination.PROVINCE)).isEqualTo(Stage.PENGANUGERAHAN);
		assertThat(this.results.winners(year)).filteredOn(w -> w.place() == 1)
			.extracting(Winner::category)
			.contains(Category.PEMKAB_PEMKOT, Category.BU_BESAR, Category.UKM);
		assertThat(this.results.rows(snapshot.id())).as("interviewed with the imported jury scores")
			.anyMatch(r -> r.juryScore() != null);
		assertThat(this.determinations.promoted(year)).containsKeys(Category.PEMKAB_PEMKOT, Category.UKM);
		assertThat(this.results.winners(year)).allMatch(w -> w.level() == Level.PROVINSI && w.scope().equals(DemoDetermination.PROVINCE));

		// the certificates of Gorontalo's winners, issued from that snapshot
		List<Certificate> issued = this.certificates.current(year, DemoDetermination.PROVINCE);
		assertThat(issued).hasSize(this.results.winners(year).size())
			.allMatch(c -> c.snapshotId() == snapshot.id() && c.valid());

		demo.seed(year, name);
		assertThat(this.results.revisions(year, DemoDetermination.PROVINCE)).containsExactly(snapshot);
	}

}
