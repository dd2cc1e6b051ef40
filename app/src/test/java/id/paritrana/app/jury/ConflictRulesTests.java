package id.paritrana.app.jury;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The derived conflicts of interest of DESIGN §5.5, from one affiliation. */
class ConflictRulesTests {

	static boolean conflict(String region, String npp, String candidate, String candidateRegion) {
		return Conflicts.derived(new Conflicts.Affiliation("juri", region, npp), candidate, candidateRegion)
			.isPresent();
	}

	@Test
	void aGovernmentAffiliationReachesItsRegionAndTheGovernmentsAroundIt() {
		// affiliated with Kota Yogyakarta (34.71)
		assertThat(conflict("34.71", null, "34.71", "34.71")).isTrue();
		assertThat(conflict("34.71", null, "34", "34")).as("its province contains it").isTrue();
		assertThat(conflict("34.71", null, "34.02", "34.02")).as("a neighbouring regency").isFalse();
		assertThat(conflict("34.71", null, "90000001", "34.71")).as("an employer located there").isTrue();
		assertThat(conflict("34.71", null, "90000002", "34.02")).isFalse();
		// affiliated with the province (34): every regency/city and employer within it
		assertThat(conflict("34", null, "34.02", "34.02")).isTrue();
		assertThat(conflict("34", null, "90000002", "34.02")).isTrue();
		assertThat(conflict("34", null, "33.01", "33.01")).isFalse();
		assertThat(conflict("34", null, "90000009", "33.01")).isFalse();
		// an employer's region is never "containing" a province: only governments contain
		// others
		assertThat(conflict("34.71", null, "90000003", "34")).isFalse();
	}

	@Test
	void anEmployerAffiliationReachesThatEmployerOnly() {
		assertThat(conflict(null, "90000002", "90000002", "34.02")).isTrue();
		assertThat(conflict(null, "90000002", "90000001", "34.02")).isFalse();
		assertThat(conflict(null, "90000002", "34.02", "34.02")).isFalse();
		assertThat(conflict(null, null, "34.02", "34.02")).isFalse();
		assertThat(conflict("34.71", null, "90000001", null)).as("an employer of unknown region").isFalse();
	}

}
