package id.paritrana.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.dataset.GenerateCommand;
import id.paritrana.app.dataset.ImportProgress;
import id.paritrana.app.dataset.ImportRequest;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.security.UserManagement;
import id.paritrana.engine.data.DataSet;
import picocli.CommandLine;

/**
 * Leaderboards and scorecards through the API and the pages, and the scope of each role:
 * a provincial committee member of province 34 sees province 34 and nothing else (403,
 * audited), an operator only its own government's or employer's scorecard, a juror none.
 */
@IntegrationTest
class DeskScoreScopeIntegrationTests {

	static final int EDITION = 2033;

	@TempDir
	static Path dir;

	static boolean scored;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UserManagement userManagement;

	@Autowired
	DatasetImport imports;

	@Autowired
	CandidateMeasures measures;

	@Autowired
	DeskScores deskScores;

	@Autowired
	Editions editions;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A regency of province 34 and one of province 65 that are candidates, and an
	 * employer of 34.
	 */
	String regency34;

	String regency65;

	String employer34;

	@BeforeEach
	void scored() {
		if (!scored) {
			CommandLine generate = new CommandLine(new GenerateCommand());
			generate.setOut(new PrintWriter(new StringWriter()));
			assertThat(generate.execute("--scale", "small", "--seed", "5", "--year", Integer.toString(EDITION - 1),
					"--out", dir.toString()))
				.isZero();
			this.editions.create("test", EDITION, null);
			for (DataSet set : DataSet.values()) {
				Path file = dir.resolve(set.baseName() + ".csv");
				assertThat(this.imports
					.run(new ImportRequest(EDITION, set, file.getFileName().toString(), file, "test"),
							ImportProgress.NONE)
					.imported()).isTrue();
			}
			this.measures.compute(EDITION, "test");
			this.deskScores.compute(EDITION, "test");
			scored = true;
		}
		this.regency34 = first("PEMKAB_PEMKOT", "34");
		this.regency65 = first("PEMKAB_PEMKOT", "65");
		this.employer34 = first("BU_BESAR", "34");
	}

	private String first(String category, String scope) {
		return this.jdbc
			.sql("SELECT MIN(candidate_code) FROM desk_score WHERE edition_year = :y AND category = :c AND scope = :s")
			.param("y", EDITION)
			.param("c", category)
			.param("s", scope)
			.query(String.class)
			.single();
	}

	private UserDetails as(String username) {
		return this.users.loadUserByUsername(username);
	}

	private long denials() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'ACCESS_DENIED'")
			.query(Long.class)
			.single();
	}

	@Test
	void theNationalSecretariatFiltersSearchesSortsAndPagesEveryScope() throws Exception {
		String api = "/api/v1/editions/" + EDITION + "/desk-scores";
		this.mvc.perform(get(api).param("category", "PEMKAB_PEMKOT").with(user(as(DemoUsers.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.run.candidates").isNumber())
			.andExpect(jsonPath("$.page.rows[*].scope", Matchers.hasItems("34", "65", "75")))
			.andExpect(jsonPath("$.page.rows[0].deskRank").value(1));
		this.mvc
			.perform(get(api).param("category", "UKM")
				.param("scope", "34")
				.param("eligible", "false")
				.param("size", "3")
				.param("page", "2")
				.param("sort", "SCORE")
				.with(user(as(DemoUsers.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.rows.length()").value(3))
			.andExpect(jsonPath("$.page.page").value(2))
			.andExpect(jsonPath("$.page.rows[*].scope", Matchers.everyItem(Matchers.is("34"))))
			.andExpect(jsonPath("$.page.rows[*].eligible", Matchers.everyItem(Matchers.is(false))))
			.andExpect(jsonPath("$.page.rows[*].deskRank", Matchers.everyItem(Matchers.nullValue())));
		this.mvc.perform(get(api).param("category", "PEMPROV").with(user(as(DemoUsers.ADMIN))))
			.andExpect(jsonPath("$.page.total").value(3))
			.andExpect(jsonPath("$.page.rows[*].scope", Matchers.everyItem(Matchers.is("ID"))));
		this.mvc.perform(get(api).param("q", this.regency34).with(user(as(DemoUsers.ADMIN))))
			.andExpect(jsonPath("$.page.total").value(1))
			.andExpect(jsonPath("$.page.rows[0].code").value(this.regency34));
	}

	@Test
	void aProvincialCommitteeSeesItsOwnProvinceOnly() throws Exception {
		String api = "/api/v1/editions/" + EDITION + "/desk-scores";
		this.mvc.perform(get(api).with(user(as(DemoUsers.PANITIA_34))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.rows[*].scope", Matchers.everyItem(Matchers.is("34"))));
		this.mvc.perform(get(api + "/PROVINSI/PEMKAB_PEMKOT/" + this.regency34).with(user(as(DemoUsers.PANITIA_34))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidate.code").value(this.regency34))
			.andExpect(jsonPath("$.indicators[0].inputs").isArray());

		long before = denials();
		this.mvc.perform(get(api).param("scope", "65").with(user(as(DemoUsers.PANITIA_34))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(api).param("category", "PEMPROV").with(user(as(DemoUsers.PANITIA_34))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(api + "/PROVINSI/PEMKAB_PEMKOT/" + this.regency65).with(user(as(DemoUsers.PANITIA_34))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/edisi/" + EDITION + "/skor-meja/PROVINSI/PEMKAB_PEMKOT/" + this.regency65)
				.with(user(as(DemoUsers.PANITIA_34))))
			.andExpect(status().isForbidden());
		assertThat(denials()).isEqualTo(before + 4);
	}

	@Test
	void operatorsSeeOnlyTheirOwnScorecardAndJurorsNone() throws Exception {
		SignedInUser admin = (SignedInUser) as(DemoUsers.ADMIN);
		String operator = "operator." + this.employer34;
		if (this.userManagement.findUsername(operator).isEmpty()) {
			this.userManagement.create(admin, operator, "operator-bu-secret-1", new UserManagement.Details("Operator",
					Role.OPERATOR_BADAN_USAHA, "34", null, this.employer34, true));
		}
		String api = "/api/v1/editions/" + EDITION + "/desk-scores";
		this.mvc.perform(get(api + "/PROVINSI/BU_BESAR/" + this.employer34).with(user(as(operator))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators[?(@.measure == 'registration_pct')].inputs[*].name",
					Matchers.hasItems("sum_workers_registered", "sum_workers_total")));
		this.mvc.perform(get(api + "/PROVINSI/PEMKAB_PEMKOT/" + this.regency34).with(user(as(operator))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(api).with(user(as(operator)))).andExpect(status().isForbidden());
		this.mvc.perform(get(api).with(user(as(DemoUsers.PENILAI)))).andExpect(status().isForbidden());
		this.mvc.perform(get(api + "/PROVINSI/BU_BESAR/" + this.employer34).with(user(as(DemoUsers.PENILAI))))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesShowTheLeaderboardAndTheScorecardWithFormattedNumbers() throws Exception {
		this.mvc
			.perform(get("/edisi/" + EDITION + "/skor-meja").param("category", "PEMKAB_PEMKOT")
				.with(user(as(DemoUsers.PANITIA_34))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(this.regency34)))
			.andExpect(content().string(Matchers.matchesPattern("(?s).*>\\d{1,3},\\d\\d</a>.*")));
		String card = "/edisi/" + EDITION + "/skor-meja/PROVINSI/PEMKAB_PEMKOT/" + this.regency34;
		this.mvc.perform(get(card).with(user(as(DemoUsers.PANITIA_34))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"peer-chart\"")))
			.andExpect(content().string(Matchers.containsString("data-bins=\"[")))
			.andExpect(content().string(Matchers.containsString("pu_participants")))
			.andExpect(
					content().string(Matchers.matchesPattern("(?s).*src=\"/webjars/echarts/[^\"]*echarts.min.js\".*")));
		this.mvc.perform(get(card).param("lang", "en").with(user(as(DemoUsers.PANITIA_34))))
			.andExpect(content().string(Matchers.containsString("Raw inputs")))
			.andExpect(content().string(Matchers.matchesPattern("(?s).*id=\"card-score\"[^>]*>\\d{1,3}\\.\\d\\d<.*")));
		this.mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
	}

}
