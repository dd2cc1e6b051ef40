package id.paritrana.app.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.demo.DemoEvidence;
import id.paritrana.app.demo.DemoSeeding;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.evidence.EvidenceRecords;

/**
 * Candidates of a demo-seeded edition of its own: the lists within each user's scope,
 * with evidence counts and readable flags; questionnaires checked answer by answer, saved
 * as drafts, submitted once, audited, and filled only by the candidate's operator.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateIntegrationTests {

	static final int EDITION = 2065;

	static final String API = "/api/v1/editions/" + EDITION + "/candidates";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	Editions editions;

	@Autowired
	CandidateMeasures measures;

	@Autowired
	DemoEvidence demoEvidence;

	@Autowired
	EvidenceRecords evidence;

	@BeforeAll
	void seeded() {
		// an earlier run on a persistent database may have submitted the questionnaires
		// already
		this.jdbc.sql("DELETE FROM questionnaire WHERE edition_year = :y AND candidate_code IN ('34.71', '67807051')")
			.param("y", EDITION)
			.update();
		DemoSeeding.seedData(this.context, EDITION);
	}

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	@Test
	void theDemoSeedsEvidenceOnceWithAQueueForTheVerifierOfDiYogyakarta() throws Exception {
		this.mvc.perform(get("/api/v1/editions/" + EDITION + "/evidence").with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(4)))
			.andExpect(jsonPath("$.items[*].provinceCode").value(Matchers.everyItem(Matchers.is("34"))));
		EvidenceRecords.Counts counts = this.evidence.counts(EDITION, java.util.List.of("34.71")).get("34.71");
		assertThat(counts.pending()).isGreaterThanOrEqualTo(2);
		long all = this.jdbc.sql("SELECT COUNT(*) FROM evidence WHERE edition_year = :y")
			.param("y", EDITION)
			.query(Long.class)
			.single();
		assertThat(this.jdbc
			.sql("SELECT COUNT(DISTINCT status) FROM evidence WHERE edition_year = :y AND province_code = '34'")
			.param("y", EDITION)
			.query(Long.class)
			.single()).as("accepted, rejected and waiting evidence in province 34").isEqualTo(3);
		this.demoEvidence.seed(EDITION, "demo");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM evidence WHERE edition_year = :y")
			.param("y", EDITION)
			.query(Long.class)
			.single()).isEqualTo(all);
		// the accepted regulations of the demo count: Sleman's PERKADA
		assertThat(this.measures.of(EDITION, "34.04").get("regulation_level")).isIn("PERKADA", "PERDA");
	}

	@Test
	void listsFollowTheUsersScope() throws Exception {
		this.mvc.perform(get(API + "?size=500").with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*].scope").value(Matchers.everyItem(Matchers.is("34"))))
			.andExpect(jsonPath("$.rows[?(@.code == '34.71')].evidence.pending")
				.value(Matchers.hasItem(Matchers.greaterThanOrEqualTo(2))));
		this.mvc.perform(get(API + "?scope=65").with(as(DemoUsers.PANITIA_34))).andExpect(status().isForbidden());
		this.mvc.perform(get(API + "?category=PEMPROV").with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(API).with(as(DemoUsers.OPERATOR_PEMDA))).andExpect(status().isForbidden());
		this.mvc.perform(get(API + "?scope=65&size=500").with(as(DemoUsers.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*].scope").value(Matchers.everyItem(Matchers.is("65"))));
		// flags come apart into their kind and subject, and read as words on the page
		this.mvc.perform(get(API + "?category=UKM&eligible=false&size=5").with(as(DemoUsers.ADMIN)))
			.andExpect(
					jsonPath("$.rows[0].flags[0].kind").value(Matchers.oneOf("TIDAK_MEMENUHI", "DATA_TIDAK_TERSEDIA")));
		String page = this.mvc
			.perform(get("/edisi/" + EDITION + "/kandidat?category=UKM&eligible=false").with(as(DemoUsers.PANITIA_34)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tidak memenuhi: ").contains("candidate-flag");
		String flagged = this.mvc.perform(get(API + "?category=UKM&eligible=false&size=1").with(as(DemoUsers.ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*?\"code\":\"([^\"]+)\".*", "$1");
		assertThat(this.mvc.perform(get("/edisi/" + EDITION + "/kandidat/" + flagged).with(as(DemoUsers.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"candidate-flags\"").contains("candidate-flag");
		this.mvc.perform(get(API + "/34.71").with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidate.name").value(Matchers.containsString("Yogyakarta")))
			.andExpect(jsonPath("$.open").value(true));
		this.mvc.perform(get(API + "/34.04").with(as(DemoUsers.OPERATOR_PEMDA))).andExpect(status().isForbidden());
		this.mvc.perform(get("/kandidat").with(as(DemoUsers.OPERATOR_BU)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrlPattern("/edisi/*/kandidat/67807051"));
	}

	@Test
	void aQuestionnaireIsCheckedAnswerByAnswerSavedAsADraftAndSubmittedOnce() throws Exception {
		this.mvc
			.perform(put(API + "/34.71/questionnaire").with(as(DemoUsers.OPERATOR_PEMDA))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"answers\":{\"contact_phone\":\"call me\",\"apbd_allocation\":\"-5\","
						+ "\"villages_100\":\"200000\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(Matchers.containsInAnyOrder("contact_phone", "apbd_allocation", "villages_100")));
		this.mvc
			.perform(put(API + "/34.71/questionnaire").with(as(DemoUsers.OPERATOR_PEMDA))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"answers\":{\"contact_name\":\"Rina\",\"apbd_allocation\":\"1.500.000.000\"}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.answers.apbd_allocation").value("1500000000"));
		this.mvc
			.perform(put(API + "/34.71/questionnaire").with(as(DemoUsers.OPERATOR_PEMDA))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"answers\":{\"contact_name\":\"Rina\"},\"submit\":true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItems("contact_position", "villages_100")));
		// the page form: the same checks, answers kept with the messages beside them
		this.mvc
			.perform(post("/edisi/" + EDITION + "/kandidat/34.71/kuesioner").with(as(DemoUsers.OPERATOR_PEMDA))
				.with(csrf())
				.param("contact_name", "Rina Astuti")
				.param("contact_position", "Kepala Bidang Jaminan Sosial")
				.param("contact_phone", "+62 274 515865")
				.param("vulnerable_programme", "Iuran pekerja rentan dibayar APBD.")
				.param("apbd_allocation", "1500000000")
				.param("villages_100", "4")
				.param("action", "submit"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("questionnaireSaved", "submitted"));
		this.mvc.perform(get(API + "/34.71/questionnaire").with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.answers.contact_name").value("Rina Astuti"));
		this.mvc
			.perform(put(API + "/34.71/questionnaire").with(as(DemoUsers.OPERATOR_PEMDA))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"answers\":{\"contact_name\":\"Someone else\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'QUESTIONNAIRE_SUBMITTED' AND entity_id = :id")
			.param("id", EDITION + "/34.71")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void onlyTheCandidatesOperatorFillsItsQuestionnaire() throws Exception {
		for (String other : new String[] { DemoUsers.OPERATOR_BU, DemoUsers.VERIFIKATOR_34, DemoUsers.ADMIN }) {
			this.mvc
				.perform(put(API + "/34.71/questionnaire").with(as(other))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"answers\":{\"contact_name\":\"X\"}}"))
				.andExpect(status().isForbidden());
		}
		// an employer's answers are checked against each other
		this.mvc
			.perform(put(API + "/67807051/questionnaire").with(as(DemoUsers.OPERATOR_BU))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"answers\":{\"vendors\":\"10\",\"vendors_covered\":\"12\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("vendors_covered"));
	}

}
