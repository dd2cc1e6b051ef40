package id.paritrana.app.edition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.paritrana.app.IntegrationTest;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Rubrics;

@IntegrationTest
class EditionRubricsIntegrationTests {

	@Autowired
	EditionRubrics rubrics;

	@Autowired
	Stages stages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEditionWithoutStoredRubricsUsesTheEngineDefaultsAtVersionZero() {
		int year = 2901;
		this.jdbc.sql("DELETE FROM edition_rubric WHERE edition_year = :y").param("y", year).update();
		this.jdbc.sql("DELETE FROM edition_stage WHERE edition_year = :y").param("y", year).update();
		this.jdbc.sql("DELETE FROM edition WHERE award_year = :y").param("y", year).update();
		this.jdbc
			.sql("INSERT INTO edition (award_year, assessment_year, name, created_by, assessment_start, assessment_end)"
					+ " VALUES (2901, 2900, 'old', 'test', DATE '2900-01-01', DATE '2900-12-31')")
			.update();
		for (Category category : Category.values()) {
			assertThat(this.rubrics.rubric(year, category).indicators())
				.isEqualTo(Rubrics.defaultFor(category).indicators());
			assertThat(this.rubrics.version(year, category)).isZero();
		}
		assertThat(this.stages.current(year, Stages.NATIONAL)).isEqualTo(Stage.SOSIALISASI);
		assertThat(this.stages.current(year, "32")).isEqualTo(Stage.SOSIALISASI);
	}

}
