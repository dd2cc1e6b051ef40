package id.paritrana.engine.rubric;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultRubricsTests {

	@Test
	void everyCategoryHasADefaultRubricOfItsOwnCategory() {
		assertThat(Rubrics.defaults()).containsOnlyKeys(Category.values());
		Rubrics.defaults().forEach((category, rubric) -> assertThat(rubric.category()).isEqualTo(category));
	}

	@Test
	void governmentRubricFollowsSection41() {
		Rubric rubric = Rubrics.defaultFor(Category.PEMKAB_PEMKOT);
		assertThat(rubric.aspects()).extracting(Aspect::id, Aspect::weight)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("coverage", 45.0),
					org.assertj.core.groups.Tuple.tuple("inovasi", 25.0),
					org.assertj.core.groups.Tuple.tuple("wawancara", 30.0));
		assertThat(rubric.indicators()).extracting(Indicator::id)
			.containsExactly("regulasi", "coverage_pu", "coverage_bpu", "pertumbuhan", "non_asn", "pekerja_rentan",
					"ekosistem_desa", "wawancara");
		assertThat(rubric.indicators().get(3).rule()).isEqualTo(new Rule.Linear(-1, 5));
		assertThat(((Rule.Ordinal) rubric.indicators().get(0).rule()).score("SURAT_EDARAN")).isEqualTo(50);
		assertThat(rubric.jury().orElseThrow().criteria()).extracting(Criterion::id)
			.containsExactly("komitmen", "kebijakan", "inovasi", "keberlanjutan", "penyajian");
		assertThat(rubric.jury().orElseThrow().method()).isEqualTo(JuryMethod.MEAN);
		assertThat(rubric.eligibility()).isEmpty();
		// Default tie-break: heaviest aspect first.
		assertThat(rubric.tieBreak()).containsExactly("coverage", "wawancara", "inovasi");
		assertThat(Rubrics.defaultFor(Category.PEMPROV).indicators()).isEqualTo(rubric.indicators());
	}

	@Test
	void businessRubricsHaveEligibilityOfSection42() {
		for (Category category : List.of(Category.BU_BESAR, Category.BU_MENENGAH)) {
			Rubric rubric = Rubrics.defaultFor(category);
			assertThat(rubric.eligibility()).extracting(Condition::toString)
				.containsExactly("arrears = 0.0", "months_reported = 12.0", "registration_pct >= 90.0");
			assertThat(rubric.indicators()).hasSize(7);
			assertThat(rubric.tieBreak()).containsExactly("kepatuhan", "wawancara", "kontribusi");
		}
	}

	@Test
	void ukmRubricHasNoInterview() {
		Rubric rubric = Rubrics.defaultFor(Category.UKM);
		assertThat(rubric.hasJury()).isFalse();
		assertThat(rubric.indicators()).extracting(Indicator::weight).containsExactly(25.0, 15.0, 30.0, 30.0);
		assertThat(rubric.eligibility()).extracting(c -> c.measure().id())
			.containsExactly("arrears", "months_reported");
	}

}
