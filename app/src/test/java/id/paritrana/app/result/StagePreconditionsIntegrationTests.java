package id.paritrana.app.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.jury.Assignments;
import id.paritrana.app.jury.Panels;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.UserManagement;
import id.paritrana.engine.rubric.Level;

/**
 * A province in WAWANCARA with one nominee whose sheet went back to draft, so that it has
 * fewer submitted sheets than the minimum of jurors: moving to PENETAPAN and determining
 * are refused (form back to the confirmation step, API 409 with the preconditions), a
 * provincial committee cannot override, the national secretariat can with a reason that
 * the audit log keeps with the preconditions it overrode. The tests that only read (and
 * are refused) share province 34; each test that moves a level on has a province of its
 * own.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StagePreconditionsIntegrationTests {

	static final int YEAR = 2086;

	/** The committee of province 75, whose determination one test refuses. */
	static final String PANITIA_75 = "panitia.t75";

	@TempDir
	static Path dir;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Stages stages;

	@Autowired
	EditionRubrics rubrics;

	@Autowired
	Editions editions;

	@Autowired
	DatasetImport imports;

	@Autowired
	CandidateMeasures measures;

	@Autowired
	DeskScores deskScores;

	@Autowired
	Results results;

	@Autowired
	Shortlists shortlists;

	@Autowired
	UserManagement userManagement;

	@Autowired
	Panels panels;

	@Autowired
	Assignments assignments;

	ResultFixture fixture;

	/** Province → its nominee whose sheet is back in draft. */
	private final Map<String, String> shortNominees = new HashMap<>();

	@BeforeAll
	void importedAndScored() {
		ResultFixture.forget(this.jdbc, YEAR);
		this.fixture = new ResultFixture(YEAR, dir, this.jdbc, this.users, this.stages, this.rubrics);
		this.fixture.importAndScore("2086", this.editions, this.imports, this.measures, this.deskScores);
	}

	/**
	 * The province in WAWANCARA, its sheets scored but one nominee's sheet back in draft:
	 * that nominee.
	 */
	private String nomineeShortOfSheets(String province) {
		return this.shortNominees.computeIfAbsent(province, p -> {
			this.fixture.advanceTo(p, Stage.SELEKSI);
			this.fixture.shortlistAssignAndScore(
					new ResultFixture.Interviews(this.userManagement, this.panels, this.assignments, this.shortlists),
					Level.PROVINSI, p);
			this.fixture.advanceTo(p, Stage.WAWANCARA);
			String nominee = this.jdbc
				.sql("SELECT MIN(candidate_code) FROM jury_sheet WHERE edition_year = :y AND category = 'PEMKAB_PEMKOT'"
						+ " AND candidate_code LIKE :p")
				.param("y", YEAR)
				.param("p", p + ".%")
				.query(String.class)
				.single();
			this.jdbc.sql("UPDATE jury_sheet SET status = 'DRAFT', submitted_at = NULL WHERE edition_year = :y"
					+ " AND category = 'PEMKAB_PEMKOT' AND candidate_code = :c AND juror_username ="
					+ " (SELECT MIN(juror_username) FROM jury_sheet WHERE edition_year = :y AND candidate_code = :c)")
				.param("y", YEAR)
				.param("c", nominee)
				.update();
			return nominee;
		});
	}

	private static String stagesApi(String province) {
		return "/api/v1/editions/" + YEAR + "/levels/" + province + "/stages/advance";
	}

	private static String determinationApi(String province) {
		return "/api/v1/editions/" + YEAR + "/results/" + province + "/determination";
	}

	@Test
	void theConfirmationStepListsWhatIsIncompleteAndTheFormIsRefused() throws Exception {
		String shortNominee = nomineeShortOfSheets("34");
		this.mvc.perform(get("/edisi/" + YEAR + "/tahap/34/lanjut").with(user(this.fixture.as(DemoUsers.PANITIA_34))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"precondition-SHORT_OF_SHEETS\"")))
			.andExpect(content().string(containsString("id=\"precondition-DRAFT_SHEETS\"")))
			.andExpect(content().string(containsString(shortNominee)))
			.andExpect(content().string(containsString("/edisi/" + YEAR + "/panel/34")))
			.andExpect(content().string(containsString("id=\"stage-blocked\"")))
			.andExpect(content().string(not(containsString("id=\"stage-confirm-form\""))));
		this.mvc.perform(get("/edisi/" + YEAR + "/tahap/34/lanjut").with(user(this.fixture.as(DemoUsers.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"override-reason\"")));
		this.mvc
			.perform(post("/edisi/" + YEAR + "/tahap/34/lanjut").with(csrf())
				.with(user(this.fixture.as(DemoUsers.ADMIN))))
			.andExpect(redirectedUrl("/edisi/" + YEAR + "/tahap/34/lanjut"))
			.andExpect(flash().attribute("refused", true));
		assertThat(this.stages.current(YEAR, "34")).isEqualTo(Stage.WAWANCARA);
	}

	@Test
	void theApiAnswers409WithThePreconditionsAndACommitteeCannotOverride() throws Exception {
		nomineeShortOfSheets("34");
		this.mvc.perform(json(post(stagesApi("34")), DemoUsers.PANITIA_34, "{}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.preconditions[*].check", hasItem("SHORT_OF_SHEETS")))
			.andExpect(jsonPath("$.preconditions[?(@.check == 'SHORT_OF_SHEETS')].count", hasItem(1)))
			.andExpect(jsonPath("$.preconditions[?(@.check == 'SHORT_OF_SHEETS')].blocking", hasItem(true)));
		this.mvc.perform(json(get(stagesApi("34")), DemoUsers.PANITIA_34, null))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.starting").value("PENETAPAN"))
			.andExpect(jsonPath("$.blocked").value(true));
		this.mvc.perform(json(post(stagesApi("34")), DemoUsers.PANITIA_34, "{\"overrideReason\": \"juri sakit\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/edisi/" + YEAR + "/tahap/34/lanjut").with(csrf())
				.with(user(this.fixture.as(DemoUsers.PANITIA_34)))
				.param("overrideReason", "juri sakit"))
			.andExpect(status().isForbidden());
		assertThat(this.stages.current(YEAR, "34")).isEqualTo(Stage.WAWANCARA);
	}

	@Test
	void theNationalAdminOverridesWithAReasonAndTheAuditLogKeepsThePreconditions() throws Exception {
		String shortNominee = nomineeShortOfSheets("65");
		long before = count("STAGE_ADVANCED");
		this.mvc.perform(json(post(stagesApi("65")), DemoUsers.ADMIN, "{\"overrideReason\": \"   \"}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(json(post(stagesApi("65")), DemoUsers.ADMIN,
					"{\"overrideReason\": \"Juri berhalangan; nilai menyusul\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current").value("PENETAPAN"));
		assertThat(count("STAGE_ADVANCED")).isEqualTo(before + 1);
		String after = lastAfter("STAGE_ADVANCED");
		assertThat(after).contains("SHORT_OF_SHEETS", shortNominee, "Juri berhalangan; nilai menyusul");
		assertThat(this.stages.current(YEAR, "65")).isEqualTo(Stage.PENETAPAN);
	}

	@Test
	void determinationIsRefusedTooUnlessTheNationalAdminOverrides() throws Exception {
		String shortNominee = nomineeShortOfSheets("75");
		this.stages.advance(this.fixture.as(DemoUsers.ADMIN), YEAR, "75", "Juri berhalangan");
		assertThat(this.stages.current(YEAR, "75")).isEqualTo(Stage.PENETAPAN);
		if (this.userManagement.findUsername(PANITIA_75).isEmpty()) {
			this.userManagement.createAccount("test", PANITIA_75, "sidang-rahasia-7731",
					new UserManagement.Details("Panitia 75", Role.PANITIA_PROVINSI, "75", null, null, true));
		}
		this.mvc.perform(json(post(determinationApi("75")), PANITIA_75, "{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.preconditions[*].check", hasItem("SHORT_OF_SHEETS")));
		this.mvc.perform(json(post(determinationApi("75")), PANITIA_75, "{\"overrideReason\": \"tetap\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/edisi/" + YEAR + "/hasil/75/tetapkan").with(csrf())
				.with(user(this.fixture.as(DemoUsers.ADMIN)))
				.param("confirmed", "true"))
			.andExpect(redirectedUrl("/edisi/" + YEAR + "/hasil/75"))
			.andExpect(flash().attributeExists("preconditions", "problems"));
		assertThat(this.results.current(YEAR, "75")).isEmpty();
		this.mvc
			.perform(post("/edisi/" + YEAR + "/hasil/75/tetapkan").with(csrf())
				.with(user(this.fixture.as(DemoUsers.ADMIN)))
				.param("confirmed", "true")
				.param("overrideReason", "Rapat pleno menetapkan dengan dua penilai"))
			.andExpect(redirectedUrl("/edisi/" + YEAR + "/hasil/75"))
			.andExpect(flash().attributeCount(0));
		assertThat(this.results.current(YEAR, "75")).isPresent();
		assertThat(lastAfter("RESULTS_DETERMINED")).contains("SHORT_OF_SHEETS", shortNominee,
				"Rapat pleno menetapkan dengan dua penilai");
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String username, String body) {
		request.with(user(this.fixture.as(username))).with(csrf());
		return (body == null) ? request : request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private long count(String action) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :a AND entity_id LIKE :id")
			.param("a", action)
			.param("id", YEAR + "%")
			.query(Long.class)
			.single();
	}

	private String lastAfter(String action) {
		return this.jdbc.sql("SELECT after_json FROM audit_log WHERE action = :a ORDER BY id DESC")
			.param("a", action)
			.query(String.class)
			.list()
			.get(0);
	}

}
