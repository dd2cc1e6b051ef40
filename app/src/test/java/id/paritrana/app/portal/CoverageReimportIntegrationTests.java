package id.paritrana.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.paritrana.app.ImportedData;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.PublishedSnapshots;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.edition.Editions;
import id.paritrana.engine.data.DataSet;

/**
 * A re-imported region-coverage data set replaces the portal's figures: the dashboard
 * never adds the replaced version's rows to the new ones, not even while those rows are
 * still stored.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageReimportIntegrationTests {

	static final int YEAR = 2301;

	static final int ASSESSED = YEAR - 1;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	DatasetImport imports;

	@Autowired
	Coverage coverage;

	@BeforeAll
	void edition() {
		PublishedSnapshots.forget(this.jdbc, YEAR);
		this.editions.create("test", YEAR, "Coverage re-import " + YEAR);
		// province 34: PU (600 + 1200) / (1000 + 3000) = 45 %
		ImportedData.imported(this.imports, YEAR, DataSet.REGION_COVERAGE, "34.71," + ASSESSED + ",1000,400,600,40",
				"34.02," + ASSESSED + ",3000,600,1200,60");
	}

	@AfterAll
	void cleanUp() {
		PublishedSnapshots.forget(this.jdbc, YEAR);
	}

	@Test
	void aReimportReplacesTheFiguresAndNeverAddsToThem() {
		assertThat(view().provinces()).singleElement()
			.satisfies(p -> assertThat(p.puCoveragePct()).isEqualByComparingTo("45.00"));
		// province 34: PU (500 + 1500) / (2000 + 2000) = 50 %, BPU (100 + 150) / (500 +
		// 500) = 25 %
		ImportedData.reimported(this.imports, this.jdbc, YEAR, DataSet.REGION_COVERAGE, this::showsOnlyTheNewFigures,
				"34.71," + ASSESSED + ",2000,500,500,100", "34.02," + ASSESSED + ",2000,500,1500,150");
		showsOnlyTheNewFigures();
	}

	private void showsOnlyTheNewFigures() {
		Coverage.View view = view();
		assertThat(view.national().wageWorkers()).isEqualTo(4000);
		assertThat(view.national().puParticipants()).isEqualTo(2000);
		assertThat(view.provinces()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("34");
			assertThat(p.puCoveragePct()).isEqualByComparingTo("50.00");
			assertThat(p.bpuCoveragePct()).isEqualByComparingTo("25.00");
		});
		assertThat(view.regencies()).extracting(Coverage.Region::code, Coverage.Region::puCoveragePct)
			.containsExactly(tuple("34.02", new BigDecimal("75.00")), tuple("34.71", new BigDecimal("25.00")));
		assertThat(view.trend()).filteredOn(p -> p.editionYear() == YEAR)
			.singleElement()
			.satisfies(p -> assertThat(p.puCoveragePct()).isEqualByComparingTo("50.00"));
	}

	/**
	 * The edition's coverage as the portal shows it: kept in its cache until a data set
	 * is imported.
	 */
	private Coverage.View view() {
		return this.coverage.of(YEAR).orElseThrow();
	}

}
