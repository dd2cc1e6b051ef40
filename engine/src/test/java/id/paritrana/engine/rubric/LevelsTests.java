package id.paritrana.engine.rubric;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which level a category enters and which level a scope is (DESIGN §3, §4). */
class LevelsTests {

	@Test
	void provincialGovernmentsEnterAtTheNationalLevelEveryOtherCategoryAtTheProvincialOne() {
		assertThat(Category.PEMPROV.entryLevel()).isEqualTo(Level.NASIONAL);
		for (Category category : new Category[] { Category.PEMKAB_PEMKOT, Category.BU_BESAR, Category.BU_MENENGAH,
				Category.UKM }) {
			assertThat(category.entryLevel()).as(category.name()).isEqualTo(Level.PROVINSI);
		}
	}

	@Test
	void theNationalScopeIsTheNationalLevelAProvinceCodeTheProvincialOne() {
		assertThat(Level.ofScope(Level.NATIONAL_SCOPE)).isEqualTo(Level.NASIONAL);
		assertThat(Level.ofScope("34")).isEqualTo(Level.PROVINSI);
	}

	@Test
	void aCandidatesScopeIsItsProvinceAtTheProvincialLevelAndTheNationalScopeAtTheNationalOne() {
		assertThat(Level.PROVINSI.scope("34")).isEqualTo("34");
		assertThat(Level.NASIONAL.scope("34")).isEqualTo(Level.NATIONAL_SCOPE);
	}

}
