package id.paritrana.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.edition.Editions;
import id.paritrana.engine.rubric.Category;

/**
 * Juror agreement of province 34's panel: three jurors ordering three nominees the same way
 * agree fully (W = 1); a juror who scored only one nominee and a draft sheet are left out of W;
 * spreads per nominee.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JurorAgreementIntegrationTests {

	static final int YEAR = 2076;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	JurorAgreement agreement;

	@Autowired
	UserDetailsService userDetails;

	@BeforeAll
	void scored() {
		forget();
		this.editions.create("test", YEAR, "Juri " + YEAR);
		for (String code : List.of("34.71", "34.02", "34.03")) {
			this.jdbc.sql("INSERT INTO nominee (edition_year, score_level, category, scope, candidate_code, origin,"
					+ " added_by) VALUES (:y, 'PROVINSI', 'PEMKAB_PEMKOT', '34', :c, 'AUTO', 'test')")
				.param("y", YEAR)
				.param("c", code)
				.update();
		}
		// juror a: 90 / 80 / 70, juror b: 85 / 75 / 60 (same order), juror c: 70 / 65 / 50
		sheet("a", "34.71", "SUBMITTED", 90, 90);
		sheet("a", "34.02", "SUBMITTED", 80, 80);
		sheet("a", "34.03", "SUBMITTED", 70, 70);
		sheet("b", "34.71", "SUBMITTED", 80, 90);
		sheet("b", "34.02", "SUBMITTED", 75, 75);
		sheet("b", "34.03", "SUBMITTED", 60, 60);
		sheet("c", "34.71", "SUBMITTED", 70, 70);
		sheet("c", "34.02", "SUBMITTED", 65, 65);
		sheet("c", "34.03", "SUBMITTED", 50, 50);
		// juror d scored one nominee only, in the opposite spirit; juror e has a draft only
		sheet("d", "34.03", "SUBMITTED", 100, 100);
		sheet("e", "34.71", "DRAFT", 0, 0);
	}

	@AfterAll
	void forget() {
		this.jdbc.sql("DELETE FROM jury_score WHERE edition_year = " + YEAR).update();
		this.jdbc.sql("DELETE FROM jury_sheet WHERE edition_year = " + YEAR).update();
		this.jdbc.sql("DELETE FROM nominee WHERE edition_year = " + YEAR).update();
		this.jdbc.sql("DELETE FROM edition_rubric WHERE edition_year = " + YEAR).update();
		this.jdbc.sql("DELETE FROM edition_stage WHERE edition_year = " + YEAR).update();
		this.jdbc.sql("DELETE FROM edition WHERE award_year = " + YEAR).update();
	}

	private void sheet(String juror, String candidate, String status, int komitmen, int kebijakan) {
		String keys = ":y, 'PROVINSI', 'PEMKAB_PEMKOT', :c, :j";
		this.jdbc.sql("INSERT INTO jury_sheet (edition_year, score_level, category, candidate_code, juror_username,"
				+ " status, version) VALUES (" + keys + ", :s, 1)")
			.param("y", YEAR)
			.param("c", candidate)
			.param("j", "juri." + juror)
			.param("s", status)
			.update();
		for (Object[] score : new Object[][] { { "komitmen", komitmen }, { "kebijakan", kebijakan } }) {
			this.jdbc.sql("INSERT INTO jury_score (edition_year, score_level, category, candidate_code, juror_username,"
					+ " criterion, score) VALUES (" + keys + ", :k, :v)")
				.param("y", YEAR)
				.param("c", candidate)
				.param("j", "juri." + juror)
				.param("k", score[0])
				.param("v", score[1])
				.update();
		}
	}

	@Test
	void jurorsOrderingAlikeAgreeFullyAndIncompleteOrDraftSheetsAreLeftOut() {
		List<JurorAgreement.Panel> panels = this.agreement.of(YEAR, "34");
		assertThat(panels).hasSize(1);
		JurorAgreement.Panel panel = panels.get(0);
		assertThat(panel.category()).isEqualTo(Category.PEMKAB_PEMKOT);
		assertThat(panel.jurors()).isEqualTo(4);
		assertThat(panel.completeJurors()).isEqualTo(3);
		assertThat(panel.candidates()).isEqualTo(3);
		assertThat(panel.kendallW()).isCloseTo(1.0, within(1e-9));
		JurorAgreement.Spread bantul = panel.spreads().stream().filter(s -> s.candidateCode().equals("34.02")).findFirst().orElseThrow();
		assertThat(bantul.jurors()).isEqualTo(3);
		assertThat(bantul.min()).isEqualTo(65);
		assertThat(bantul.max()).isEqualTo(80);
		assertThat(bantul.mean()).isCloseTo(73.333, within(0.001));
		assertThat(bantul.sd()).isCloseTo(7.638, within(0.001));
		// juror b's mean of 80 and 90 for 34.71
		JurorAgreement.Spread kota = panel.spreads().stream().filter(s -> s.candidateCode().equals("34.71")).findFirst().orElseThrow();
		assertThat(kota.max()).isEqualTo(90);
		assertThat(kota.jurors()).isEqualTo(3);
	}

	@Test
	void thePageShowsWToThoseWhoRunTheLevel() throws Exception {
		String page = this.mvc.perform(get("/edisi/" + YEAR + "/kesepakatan-juri/34")
			.with(user(this.userDetails.loadUserByUsername(DemoUsers.PANITIA_34))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Kendall W", "1,000", "3 dari 4 juri menilai semua 3 kandidat");
		this.mvc.perform(get("/edisi/" + YEAR + "/kesepakatan-juri/34")
			.with(user(this.userDetails.loadUserByUsername(DemoUsers.PENILAI)))).andExpect(status().isForbidden());
	}

}
