package id.paritrana.app.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The chair reopens several submitted sheets with one reason, from the panel page and the
 * API: each is reopened and audited as a single reopening; a sheet that cannot be
 * reopened (a draft, none, the interviews over) leaves every sheet submitted and is
 * named; other jurors, other roles and forms without their CSRF token are refused.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JuryBulkReopenIntegrationTests {

	static final int YEAR = 2044;

	static final String CHAIR = "j2044.ketua";

	static final String ANA = "j2044.ana";

	static final String BUDI = "j2044.budi";

	static final List<String> NOMINEES = List.of("34.01", "34.02", "34.03", "34.04", "34.71");

	static final List<String> CRITERIA = List.of("komitmen", "kebijakan", "inovasi", "keberlanjutan", "penyajian");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JuryScoring scoring;

	JuryFixture fixture;

	@BeforeAll
	void team() {
		this.fixture = new JuryFixture(YEAR, this.context);
		for (String juror : List.of(CHAIR, ANA, BUDI)) {
			this.fixture.juror(juror);
		}
		this.fixture.member(CHAIR, "KETUA", null);
		this.fixture.member(ANA, "ANGGOTA", null);
		this.fixture.member(BUDI, "ANGGOTA", null);
		for (String code : NOMINEES) {
			this.fixture.nominee("PEMKAB_PEMKOT", code);
			for (String juror : List.of(CHAIR, ANA, BUDI)) {
				this.fixture.assign("PEMKAB_PEMKOT", code, juror);
			}
		}
		this.fixture.interviewRuns();
	}

	SignedInUser as(String username) {
		return (SignedInUser) this.users.loadUserByUsername(username);
	}

	/** Saves a juror's whole sheet of a nominee: submitted, or a draft. */
	void score(String juror, String code, boolean submit) {
		Map<String, JuryScoring.Input> inputs = new LinkedHashMap<>();
		CRITERIA.forEach(c -> inputs.put(c, new JuryScoring.Input("75", null)));
		int version = this.scoring.ownSheet(as(juror), YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, code).version();
		this.scoring.save(as(juror), YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, code, version, inputs, submit);
	}

	JuryScoring.SheetStatus statusOf(String juror, String code) {
		return this.scoring.ownSheet(as(juror), YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, code).status();
	}

	long reopenings(String code, String juror) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'JURY_SHEET_REOPENED' AND entity_id = :id")
			.param("id", YEAR + "/PROVINSI/PEMKAB_PEMKOT/" + code + "/" + juror)
			.query(Long.class)
			.single();
	}

	/** The panel page's form reopening the chosen sheets ({@code code/juror}). */
	MockHttpServletRequestBuilder reopen(String reason, String... sheets) {
		MockHttpServletRequestBuilder request = post("/edisi/" + YEAR + "/panel/34/buka")
			.param("kategori", "PEMKAB_PEMKOT")
			.param("reason", reason);
		for (String sheet : sheets) {
			request.param("sheet", sheet);
		}
		return request;
	}

	MockHttpServletRequestBuilder api(String json) {
		return post("/api/v1/editions/" + YEAR + "/jury/sheets/reopen").contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	static String sheet(String code, String juror) {
		return "{\"level\": \"PROVINSI\", \"category\": \"PEMKAB_PEMKOT\", \"code\": \"" + code + "\", \"juror\": \""
				+ juror + "\"}";
	}

	@Test
	void theChairReopensSeveralSheetsWithOneReasonEachAuditedAsOne() throws Exception {
		score(ANA, "34.01", true);
		score(BUDI, "34.01", true);
		score(ANA, "34.02", true);
		String panel = this.mvc
			.perform(get("/edisi/" + YEAR + "/panel/34").param("kategori", "PEMKAB_PEMKOT").with(user(as(CHAIR))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(panel).doesNotContain("id=\"edition-empty\"")
			.contains("id=\"panel-reopen\"")
			.contains("value=\"34.01/" + ANA + "\"")
			.contains("value=\"34.01/" + BUDI + "\"");

		String reason = "Skor inovasi tertukar antar nomine";
		this.mvc
			.perform(reopen(reason, "34.01/" + ANA, "34.01/" + BUDI, "34.02/" + ANA).with(csrf()).with(user(as(CHAIR))))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/edisi/" + YEAR + "/panel/34?kategori=PEMKAB_PEMKOT"))
			.andExpect(flash().attribute("reopenedCount", 3));
		for (String[] s : new String[][] { { ANA, "34.01" }, { BUDI, "34.01" }, { ANA, "34.02" } }) {
			assertThat(statusOf(s[0], s[1])).isEqualTo(JuryScoring.SheetStatus.DRAFT);
			assertThat(reopenings(s[1], s[0])).isEqualTo(1);
			assertThat(this.jdbc
				.sql("SELECT after_json FROM audit_log WHERE action = 'JURY_SHEET_REOPENED' AND entity_id = :id")
				.param("id", YEAR + "/PROVINSI/PEMKAB_PEMKOT/" + s[1] + "/" + s[0])
				.query(String.class)
				.single()).contains(reason);
		}
	}

	@Test
	void aSheetThatCannotBeReopenedLeavesEverySheetSubmittedAndIsNamed() throws Exception {
		score(ANA, "34.03", true);
		score(BUDI, "34.03", false);
		this.mvc
			.perform(api("{\"sheets\": [" + sheet("34.03", ANA) + ", " + sheet("34.03", BUDI) + ", "
					+ sheet("34.03", "j2044.siapa") + "], \"reason\": \"Salah nomine\"}")
				.with(csrf())
				.with(user(as(CHAIR))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].message", Matchers.containsString(BUDI)))
			.andExpect(jsonPath("$.errors[0].message", Matchers.containsString("34.03")))
			.andExpect(jsonPath("$.errors[0].message", Matchers.containsString("sudah dikirim")))
			.andExpect(jsonPath("$.errors[1].message", Matchers.containsString("j2044.siapa")));
		assertThat(statusOf(ANA, "34.03")).isEqualTo(JuryScoring.SheetStatus.SUBMITTED);
		assertThat(reopenings("34.03", ANA)).isZero();

		// the page names the sheet too, and keeps the reason and the choice
		MvcResult result = this.mvc
			.perform(reopen("Salah nomine", "34.03/" + ANA, "34.03/" + BUDI).with(csrf()).with(user(as(CHAIR))))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String panel = this.mvc
			.perform(get(result.getResponse().getRedirectedUrl())
				.cookie(result.getResponse().getCookie("PARITRANA_SESSION"))
				.with(user(as(CHAIR))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(panel).contains("id=\"panel-problems\"")
			.contains("Lembar " + BUDI + " untuk 34.03")
			.contains("value=\"Salah nomine\"")
			.containsPattern("value=\"34.03/" + ANA + "\"[^>]*checked");
		assertThat(statusOf(ANA, "34.03")).isEqualTo(JuryScoring.SheetStatus.SUBMITTED);
	}

	@Test
	void onceTheInterviewsAreOverNoSheetIsReopened() throws Exception {
		score(ANA, "34.04", true);
		score(BUDI, "34.04", true);
		this.fixture.interviewEnds();
		try {
			this.mvc
				.perform(api("{\"sheets\": [" + sheet("34.04", ANA) + ", " + sheet("34.04", BUDI)
						+ "], \"reason\": \"Terlambat\"}")
					.with(csrf())
					.with(user(as(CHAIR))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.length()").value(2))
				.andExpect(jsonPath("$.errors[*].message",
						Matchers.everyItem(Matchers.containsString("selama tahap wawancara"))));
		}
		finally {
			this.fixture.interviewAgain();
		}
		assertThat(statusOf(ANA, "34.04")).isEqualTo(JuryScoring.SheetStatus.SUBMITTED);
		assertThat(statusOf(BUDI, "34.04")).isEqualTo(JuryScoring.SheetStatus.SUBMITTED);
	}

	@Test
	void onlyTheChairReopensWithAReasonAndAFormNeedsItsToken() throws Exception {
		score(ANA, "34.71", true);
		String chosen = "34.71/" + ANA;
		for (String who : List.of(ANA, BUDI)) {
			this.mvc.perform(reopen("Alasan", chosen).with(csrf()).with(user(as(who))))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(api("{\"sheets\": [" + sheet("34.71", ANA) + "], \"reason\": \"Alasan\"}").with(csrf())
					.with(user(as(who))))
				.andExpect(status().isForbidden());
		}
		for (String who : List.of(DemoUsers.ADMIN, DemoUsers.PANITIA_34, DemoUsers.VERIFIKATOR_34)) {
			this.mvc.perform(reopen("Alasan", chosen).with(csrf()).with(user(this.users.loadUserByUsername(who))))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(reopen("Alasan", chosen).with(user(as(CHAIR)))).andExpect(status().isForbidden());
		this.mvc.perform(reopen(" ", chosen).with(csrf()).with(user(as(CHAIR))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problems", Matchers.hasSize(1)));
		this.mvc.perform(reopen("Alasan").with(csrf()).with(user(as(CHAIR))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problems", Matchers.hasSize(1)));
		assertThat(statusOf(ANA, "34.71")).isEqualTo(JuryScoring.SheetStatus.SUBMITTED);
		assertThat(reopenings("34.71", ANA)).isZero();
	}

}
