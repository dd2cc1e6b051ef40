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

	@Test
	void aGovernmentsCategoryComesFromItsAreaCodeAndItEntersWhereItsCategoryDoes() {
		assertThat(Category.ofGovernment("34")).contains(Category.PEMPROV);
		assertThat(Category.ofGovernment("34.71")).contains(Category.PEMKAB_PEMKOT);
		for (String other : new String[] { "34.71.01", "3471", "3", "ID", "84242787", "٣٤", "34.7a", "", " 34" }) {
			assertThat(Category.ofGovernment(other)).as(other).isEmpty();
		}
		assertThat(Category.ofGovernment(null)).isEmpty();
		assertThat(Category.PEMPROV.entryScope("34")).isEqualTo(Level.NATIONAL_SCOPE);
		assertThat(Category.PEMKAB_PEMKOT.entryScope("34")).isEqualTo("34");
		assertThat(Category.UKM.entryScope("75")).isEqualTo("75");
	}

}
