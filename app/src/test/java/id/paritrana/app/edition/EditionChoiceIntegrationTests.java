package id.paritrana.app.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.demo.DemoSeeding;

/**
 * Two editions side by side: the demo edition under way and a newer one just created.
 * Every short path opens the edition in progress until the user picks another, which is
 * remembered across sign-ins; in the new, empty edition each role finds a page that says
 * what is missing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditionChoiceIntegrationTests {

	/**
	 * The demo edition, under way; older than every other edition of the tests, so the
	 * one in progress.
	 */
	static final int UNDER_WAY = 2023;

	/** Created beside it, not started. */
	static final int NEW = 2025;

	static final String JUROR_34 = "penilai.diy1";

	static final List<String> USERS = List.of(DemoUsers.ADMIN, DemoUsers.PANITIA_34, DemoUsers.VERIFIKATOR_34, JUROR_34,
			DemoUsers.PENILAI, DemoUsers.OPERATOR_PEMDA, DemoUsers.OPERATOR_BU);

	/**
	 * Each role's short paths and the page of the edition each one opens (after the
	 * year).
	 */
	static final Map<String, Map<String, String>> SHORT_PATHS = new LinkedHashMap<>();

	static {
		Map<String, String> admin = new LinkedHashMap<>();
		admin.put("/tahap", "/tahap/ID");
		admin.put("/kandidat", "/kandidat");
		admin.put("/verifikasi-bukti", "/verifikasi");
		admin.put("/skor-meja", "/skor-meja");
		admin.put("/seleksi", "/seleksi/ID");
		admin.put("/panel", "/panel/ID");
		admin.put("/hasil", "/hasil/ID");
		admin.put("/piagam", "/piagam/ID");
		SHORT_PATHS.put(DemoUsers.ADMIN, admin);
		Map<String, String> committee = new LinkedHashMap<>();
		committee.put("/tahap", "/tahap/34");
		committee.put("/kandidat", "/kandidat");
		committee.put("/skor-meja", "/skor-meja");
		committee.put("/seleksi", "/seleksi/34");
		committee.put("/panel", "/panel/34");
		committee.put("/hasil", "/hasil/34");
		committee.put("/piagam", "/piagam/34");
		SHORT_PATHS.put(DemoUsers.PANITIA_34, committee);
		Map<String, String> verifier = new LinkedHashMap<>();
		verifier.put("/kandidat", "/kandidat");
		verifier.put("/verifikasi-bukti", "/verifikasi");
		verifier.put("/skor-meja", "/skor-meja");
		SHORT_PATHS.put(DemoUsers.VERIFIKATOR_34, verifier);
		SHORT_PATHS.put(JUROR_34, Map.of("/penilaian-saya", "/penilaian-saya", "/panel", "/panel/34"));
		SHORT_PATHS.put(DemoUsers.PENILAI, Map.of("/penilaian-saya", "/penilaian-saya", "/panel", "/panel/ID"));
		SHORT_PATHS.put(DemoUsers.OPERATOR_PEMDA, Map.of("/kandidat", "/kandidat/34.71"));
		SHORT_PATHS.put(DemoUsers.OPERATOR_BU, Map.of("/kandidat", "/kandidat/67807051"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Editions editions;

	@Autowired
	EditionChoice choice;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@BeforeAll
	void twoEditions() {
		DemoSeeding.seed(this.context, UNDER_WAY);
		if (this.editions.find(NEW).isEmpty()) {
			this.editions.create("test", NEW, null);
		}
	}

	@BeforeEach
	@AfterEach
	void forgetChoices() {
		// choices are kept in the database, which the other tests share
		for (String user : USERS) {
			this.jdbc.sql("DELETE FROM edition_choice WHERE username = :u").param("u", user).update();
		}
	}

	@Test
	void theEditionInProgressIsTheDemoNotTheNewerOne() {
		Map<Integer, StageState> states = new LinkedHashMap<>();
		this.choice.editions().forEach(e -> states.put(e.awardYear(), e.state()));
		assertThat(states).containsEntry(UNDER_WAY, StageState.BERJALAN).containsEntry(NEW, StageState.BELUM);
		assertThat(this.choice.inProgress()).contains(UNDER_WAY);
	}

	@Test
	void everyShortPathOfEveryRoleOpensTheEditionInProgress() throws Exception {
		for (var role : SHORT_PATHS.entrySet()) {
			for (var path : role.getValue().entrySet()) {
				MvcResult result = this.mvc.perform(get(path.getKey()).with(as(role.getKey()))).andReturn();
				assertThat(result.getResponse().getRedirectedUrl()).as("%s as %s", path.getKey(), role.getKey())
					.isEqualTo("/edisi/" + UNDER_WAY + path.getValue());
			}
		}
	}

	@Test
	void theChosenEditionIsRememberedAcrossSignIns() throws Exception {
		Cookie first = signIn(DemoUsers.PANITIA_34);
		MvcResult chosen = this.mvc
			.perform(post("/edisi/pilih").cookie(first)
				.with(csrf())
				.param("tahun", Integer.toString(NEW))
				.param("dari", "/edisi/" + UNDER_WAY + "/hasil/34/revisi/1?x=1"))
			.andReturn();
		assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/edisi/" + NEW + "/hasil/34");
		this.mvc.perform(post("/logout").cookie(first).with(csrf()));
		assertThat(this.mvc.perform(get("/skor-meja").cookie(first)).andReturn().getResponse().getRedirectedUrl())
			.as("signed out")
			.endsWith("/login");

		Cookie second = signIn(DemoUsers.PANITIA_34);
		assertThat(second.getValue()).isNotEqualTo(first.getValue());
		assertThat(this.mvc.perform(get("/skor-meja").cookie(second)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/edisi/" + NEW + "/skor-meja");
		// the others still open the edition in progress
		assertThat(this.mvc.perform(get("/skor-meja").with(as(DemoUsers.ADMIN)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/edisi/" + UNDER_WAY + "/skor-meja");
	}

	@Test
	void choosingNeedsASignedInUserAndAFormTokenAndAnEditionThatExists() throws Exception {
		assertThat(this.mvc.perform(post("/edisi/pilih").with(csrf()).param("tahun", Integer.toString(NEW)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/login");
		assertThat(
				this.mvc.perform(post("/edisi/pilih").with(as(DemoUsers.ADMIN)).param("tahun", Integer.toString(NEW)))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(403);
		assertThat(this.mvc.perform(post("/edisi/pilih").with(as(DemoUsers.ADMIN)).with(csrf()).param("tahun", "2999"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.choice.remembered(DemoUsers.ADMIN)).isEmpty();
		// only pages of our own can be reopened
		assertThat(this.mvc
			.perform(post("/edisi/pilih").with(as(DemoUsers.ADMIN))
				.with(csrf())
				.param("tahun", Integer.toString(NEW))
				.param("dari", "https://example.com/edisi/2023/kandidat"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void everyRoleFindsAClearPageInTheNewEmptyEdition() throws Exception {
		List<String> problems = new ArrayList<>();
		for (var role : SHORT_PATHS.entrySet()) {
			String who = role.getKey();
			this.mvc.perform(post("/edisi/pilih").with(as(who))
				.with(csrf())
				.param("tahun", Integer.toString(NEW))
				.param("dari", "/edisi/" + UNDER_WAY + "/kandidat"));
			for (var path : role.getValue().entrySet()) {
				String target = this.mvc.perform(get(path.getKey()).with(as(who)))
					.andReturn()
					.getResponse()
					.getRedirectedUrl();
				MvcResult page = this.mvc.perform(get(target).with(as(who))).andReturn();
				String html = page.getResponse().getContentAsString();
				String empty = EMPTY.getOrDefault(target.substring(("/edisi/" + NEW).length()), "(no such page)");
				if (!target.startsWith("/edisi/" + NEW) || page.getResponse().getStatus() != 200
						|| !String.valueOf(page.getResponse().getContentType()).startsWith("text/html")
						|| !html.contains("id=\"edition-picker\"") || !html.contains(empty)) {
					problems.add(who + " " + path.getKey() + " → " + target + " " + page.getResponse().getStatus());
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/** The element that says what is missing, on each page of an edition without data. */
	static final Map<String, String> EMPTY = new LinkedHashMap<>();

	static {
		EMPTY.put("/tahap/ID", "id=\"stages\"");
		EMPTY.put("/tahap/34", "id=\"stages\"");
		EMPTY.put("/kandidat", "id=\"edition-empty\"");
		EMPTY.put("/verifikasi", "id=\"edition-empty\"");
		EMPTY.put("/skor-meja", "id=\"edition-empty\"");
		EMPTY.put("/seleksi/ID", "id=\"edition-empty\"");
		EMPTY.put("/seleksi/34", "id=\"edition-empty\"");
		EMPTY.put("/panel/ID", "id=\"edition-empty\"");
		EMPTY.put("/panel/34", "id=\"edition-empty\"");
		EMPTY.put("/hasil/ID", "id=\"edition-empty\"");
		EMPTY.put("/hasil/34", "id=\"edition-empty\"");
		EMPTY.put("/piagam/ID", "id=\"edition-empty\"");
		EMPTY.put("/piagam/34", "id=\"edition-empty\"");
		EMPTY.put("/penilaian-saya", "id=\"juror-assigned-" + UNDER_WAY + "\"");
		EMPTY.put("/kandidat/34.71", "id=\"candidate-name\"");
		EMPTY.put("/kandidat/67807051", "id=\"candidate-in-" + UNDER_WAY + "\"");
	}

	private Cookie signIn(String username) throws Exception {
		MvcResult signedIn = this.mvc.perform(formLogin("/login").user(username).password(DemoUsers.PASSWORD))
			.andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
		return signedIn.getResponse().getCookie("PARITRANA_SESSION");
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
