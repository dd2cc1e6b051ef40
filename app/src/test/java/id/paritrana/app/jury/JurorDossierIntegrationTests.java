package id.paritrana.app.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.demo.SharedDemo;

/**
 * A juror reads the dossier (questionnaire, evidence and its PDFs, desk scorecard) of the
 * nominees assigned to them, and of no other nominee nor one they have a conflict of
 * interest with; whoever sees a scorecard can open the page its "back" link leads to.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JurorDossierIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Conflicts conflicts;

	int year;

	/**
	 * A juror of province 34 and a nominee with evidence assigned to them, without
	 * conflict.
	 */
	Pair assigned;

	/** A nominee of province 34 with evidence, not assigned to that juror. */
	Pair unassigned;

	record Pair(String juror, String level, String category, String code) {
	}

	@BeforeAll
	void seed() {
		this.year = SharedDemo.year(this.context);
		List<Pair> pairs = this.jdbc
			.sql("SELECT a.juror_username, a.score_level, a.category, a.candidate_code FROM jury_assignment a"
					+ " WHERE a.edition_year = :y AND EXISTS (SELECT 1 FROM evidence e WHERE e.edition_year = a.edition_year"
					+ " AND e.candidate_code = a.candidate_code) ORDER BY a.juror_username, a.candidate_code")
			.param("y", this.year)
			.query((rs, n) -> new Pair(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list()
			.stream()
			.filter(p -> !this.conflicts.conflicted(this.year, p.juror(), p.code()))
			.toList();
		assertThat(pairs).as("assignments of the demo to nominees with evidence").isNotEmpty();
		this.assigned = pairs.get(0);
		String juror = this.assigned.juror();
		this.unassigned = pairs.stream()
			.filter(p -> !p.juror().equals(juror))
			.filter(p -> pairs.stream().noneMatch(q -> q.juror().equals(juror) && q.code().equals(p.code())))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void anAssignedJurorReadsTheWholeDossier() throws Exception {
		for (String path : dossier(this.assigned)) {
			this.mvc.perform(get(path).with(user(as(this.assigned.juror())))).andExpect(status().isOk());
		}
		this.mvc.perform(get(candidatePage(this.assigned)).with(user(as(this.assigned.juror()))))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"questionnaire-answers\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"evidence-download\"")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"evidence-form\""))));
	}

	@Test
	void aJurorReadsNoDossierOfANomineeNotAssignedToThem() throws Exception {
		for (String path : dossier(this.unassigned)) {
			this.mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(user(as(this.assigned.juror()))))
				.andExpect(refused(path));
		}
	}

	@Test
	void aJurorReadsNoDossierOfANomineeTheyHaveAConflictWith() throws Exception {
		// a declared conflict after the assignment: the assignment stays, the dossier
		// closes
		String juror = this.assigned.juror();
		Pair other = this.jdbc
			.sql("SELECT score_level, category, candidate_code FROM jury_assignment WHERE edition_year = :y"
					+ " AND juror_username = :j AND candidate_code <> :c AND candidate_code IN (SELECT candidate_code"
					+ " FROM evidence WHERE edition_year = :y) ORDER BY candidate_code")
			.param("y", this.year)
			.param("j", juror)
			.param("c", this.assigned.code())
			.query((rs, n) -> new Pair(juror, rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()
			.stream()
			.findFirst()
			.orElseThrow();
		for (String path : dossier(other)) {
			this.mvc.perform(get(path).with(user(as(juror)))).andExpect(status().isOk());
		}
		this.jdbc
			.sql("INSERT INTO conflict_declaration (edition_year, juror_username, candidate_code, reason)"
					+ " VALUES (:y, :j, :c, 'kerabat')")
			.param("y", this.year)
			.param("j", juror)
			.param("c", other.code())
			.update();
		try {
			for (String path : dossier(other)) {
				this.mvc.perform(get(path).with(user(as(juror)))).andExpect(refused(path));
			}
		}
		finally {
			this.jdbc.sql("DELETE FROM conflict_declaration WHERE edition_year = :y AND juror_username = :j")
				.param("y", this.year)
				.param("j", juror)
				.update();
		}
	}

	@Test
	void aDerivedConflictClosesTheDossierToo() throws Exception {
		// penilai.diy3 works for Kota Yogyakarta (34.71): never assignable, so assigned
		// here by hand
		Map<String, Object> nominee = this.jdbc
			.sql("SELECT score_level, category FROM nominee WHERE edition_year = :y AND candidate_code = '34.71'")
			.param("y", this.year)
			.query()
			.singleRow();
		assertThat(this.conflicts.conflicted(this.year, "penilai.diy3", "34.71")).isTrue();
		this.jdbc
			.sql("INSERT INTO jury_assignment (edition_year, score_level, category, candidate_code, juror_username,"
					+ " assigned_by) VALUES (:y, :l, :c, '34.71', 'penilai.diy3', 'test')")
			.param("y", this.year)
			.param("l", nominee.get("score_level"))
			.param("c", nominee.get("category"))
			.update();
		Pair conflicted = new Pair("penilai.diy3", (String) nominee.get("score_level"),
				(String) nominee.get("category"), "34.71");
		try {
			for (String path : dossier(conflicted)) {
				this.mvc.perform(get(path).with(user(as("penilai.diy3")))).andExpect(refused(path));
			}
		}
		finally {
			this.jdbc
				.sql("DELETE FROM jury_assignment WHERE edition_year = :y AND juror_username = 'penilai.diy3'"
						+ " AND candidate_code = '34.71'")
				.param("y", this.year)
				.update();
		}
	}

	@Test
	void theJurorsNomineeListAndSheetLinkTheDossier() throws Exception {
		String page = this.mvc.perform(get("/penilaian").with(user(as(this.assigned.juror()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"" + candidatePage(this.assigned) + "\"");
		String sheet = this.mvc
			.perform(get("/penilaian/" + this.year + "/" + this.assigned.level() + "/" + this.assigned.category() + "/"
					+ this.assigned.code())
				.with(user(as(this.assigned.juror()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sheet).contains("id=\"sheet-dossier\"").contains("href=\"" + candidatePage(this.assigned) + "\"");
	}

	@Test
	void everyoneWhoSeesAScorecardCanOpenItsBackLink() throws Exception {
		Pair yogyakarta = new Pair(null, "PROVINSI", "PEMKAB_PEMKOT", "34.71");
		for (String viewer : List.of(DemoUsers.ADMIN, DemoUsers.PANITIA_34, DemoUsers.VERIFIKATOR_34,
				DemoUsers.OPERATOR_PEMDA)) {
			assertBackLinkOpens(viewer, yogyakarta);
		}
		assertBackLinkOpens(this.assigned.juror(), this.assigned);
	}

	private void assertBackLinkOpens(String viewer, Pair candidate) throws Exception {
		String card = this.mvc.perform(get(scorecard(candidate)).with(user(as(viewer))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher back = Pattern.compile("id=\"card-back\"\\s+href=\"([^\"]+)\"").matcher(card);
		assertThat(back.find()).as("back link on the scorecard seen by " + viewer).isTrue();
		String target = back.group(1).replace("&amp;", "&");
		this.mvc.perform(get(target).with(user(as(viewer))))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
	}

	private List<String> dossier(Pair pair) {
		long evidence = this.jdbc.sql("SELECT MIN(id) FROM evidence WHERE edition_year = :y AND candidate_code = :c")
			.param("y", this.year)
			.param("c", pair.code())
			.query(Long.class)
			.single();
		String api = "/api/v1/editions/" + this.year + "/candidates/" + pair.code();
		return List.of(candidatePage(pair), api + "/questionnaire", api + "/evidence",
				"/edisi/" + this.year + "/bukti/" + evidence, "/edisi/" + this.year + "/bukti/" + evidence + "/berkas",
				scorecard(pair));
	}

	private String candidatePage(Pair pair) {
		return "/edisi/" + this.year + "/kandidat/" + pair.code();
	}

	private String scorecard(Pair pair) {
		return "/edisi/" + this.year + "/skor-meja/" + pair.level() + "/" + pair.category() + "/" + pair.code();
	}

	private static ResultMatcher refused(String path) {
		return result -> assertThat(result.getResponse().getStatus()).as(path).isEqualTo(403);
	}

	private UserDetails as(String username) {
		return this.users.loadUserByUsername(username);
	}

}
