package id.paritrana.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.SyntheticDataSets;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.rubric.Category;

/**
 * Robustness of the desk ranking of DI Yogyakarta's regencies/cities on synthetic data:
 * the same seed gives the same report, no spread keeps every rank, and the page shows the
 * draws and the seed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeightRobustnessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Editions editions;

	@Autowired
	SyntheticDataSets synthetic;

	@Autowired
	CandidateMeasures measures;

	@Autowired
	WeightRobustness robustness;

	@Autowired
	UserDetailsService userDetails;

	int year;

	@BeforeAll
	void measured() {
		// a fresh year of our own each run: the synthetic data stay (the database may
		// persist)
		this.year = 2075;
		while (this.editions.find(this.year).isPresent()) {
			this.year++;
		}
		this.editions.create("test", this.year, "Ketahanan " + this.year);
		this.synthetic.importSmall(this.year, 2024, "test");
		this.measures.compute(this.year, "test");
	}

	@Test
	void theSameSeedGivesTheSameReportAndNoSpreadKeepsEveryRank() {
		WeightRobustness.Analysis first = this.robustness.analyse(this.year, Category.PEMKAB_PEMKOT, "34", 0.2, 300, 7);
		WeightRobustness.Analysis again = this.robustness.analyse(this.year, Category.PEMKAB_PEMKOT, "34", 0.2, 300, 7);
		assertThat(first.candidates()).isNotEmpty().isEqualTo(again.candidates());
		assertThat(first.candidates()).extracting(WeightRobustness.Candidate::rank).isSorted();
		assertThat(first.candidates()).allSatisfy(c -> {
			assertThat(c.keepsRank()).isBetween(0.0, 1.0);
			assertThat(c.inTop3()).isBetween(0.0, 1.0);
		});
		// the top-3 share of a candidate ranked 1–3 is at least as large as its share of
		// keeping its rank
		assertThat(first.candidates()).filteredOn(c -> c.rank() <= 3)
			.allSatisfy(c -> assertThat(c.inTop3()).isGreaterThanOrEqualTo(c.keepsRank()));
		WeightRobustness.Analysis still = this.robustness.analyse(this.year, Category.PEMKAB_PEMKOT, "34", 0, 20, 7);
		assertThat(still.candidates()).allSatisfy(c -> assertThat(c.keepsRank()).isEqualTo(1.0));
		assertThatThrownBy(() -> this.robustness.analyse(this.year, Category.PEMPROV, "34", 0.2, 100, 7))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.robustness.analyse(this.year, Category.UKM, "34", 0.2, 0, 7))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void thePageShowsTheDrawsAndSeedToTheCommitteeOnly() throws Exception {
		String page = this.mvc
			.perform(get("/edisi/" + this.year + "/ketahanan/34").param("draws", "250")
				.param("seed", "99")
				.with(user(this.userDetails.loadUserByUsername(DemoUsers.PANITIA_34))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("250 undian, seed 99", "robustness-chart", "data-keep=");
		this.mvc
			.perform(get("/edisi/" + this.year + "/ketahanan/34")
				.with(user(this.userDetails.loadUserByUsername(DemoUsers.OPERATOR_PEMDA))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/edisi/" + this.year + "/ketahanan/34").param("d", "2")
				.with(user(this.userDetails.loadUserByUsername(DemoUsers.ADMIN))))
			.andExpect(status().isBadRequest());
	}

}
