package id.paritrana.app.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
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
import org.springframework.test.web.servlet.ResultActions;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.ImportedData;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.JuryMethod;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.score.JuryScores;
import id.paritrana.engine.score.KendallW;

/**
 * A juror's sheets through the API and the pages: drafts, submission, validation, stale
 * forms, the chair's reopening, secrecy, the stage guard and conflicts of interest; the
 * panel's statistics against the engine's.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JuryScoringIntegrationTests {

	static final int YEAR = 2961;

	static final String CATEGORY = "PEMKAB_PEMKOT";

	static final List<String> CRITERIA = List.of("komitmen", "kebijakan", "inovasi", "keberlanjutan", "penyajian");

	static final String CHAIR = "j2961.ketua";

	static final String ANA = "j2961.ana";

	static final String BUDI = "j2961.budi";

	static final String OUTSIDER = "j2961.luar";

	/**
	 * The regencies of province 34: the first three are everyone's; Sleman is Budi's own
	 * region.
	 */
	static final List<String> NOMINEES = List.of("34.01", "34.02", "34.03", "34.04", "34.71");

	/** Employers of province 34 nominated for the large businesses' interview. */
	static final List<String> EMPLOYERS = List.of("96100001", "96100002", "96100003");

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

	@Autowired
	PanelProgress panels;

	@Autowired
	DatasetImport imports;

	JuryFixture fixture;

	@BeforeAll
	void team() {
		this.fixture = new JuryFixture(YEAR, this.context);
		for (String juror : List.of(CHAIR, ANA, BUDI, OUTSIDER)) {
			this.fixture.juror(juror);
		}
		this.fixture.member(CHAIR, "KETUA", null);
		this.fixture.member(ANA, "ANGGOTA", null);
		this.fixture.member(BUDI, "ANGGOTA", "34.04");
		for (String code : NOMINEES) {
			this.fixture.nominee(CATEGORY, code);
			for (String juror : List.of(CHAIR, ANA, BUDI)) {
				this.fixture.assign(CATEGORY, code, juror);
			}
		}
		for (String npp : EMPLOYERS) {
			this.fixture.nominee("BU_BESAR", npp);
			for (String juror : List.of(CHAIR, ANA, BUDI)) {
				this.fixture.assign("BU_BESAR", npp, juror);
			}
		}
		this.fixture.declareConflict(ANA, "34.71");
		this.fixture.interviewRuns();
	}

	private SignedInUser as(String username) {
		return (SignedInUser) this.users.loadUserByUsername(username);
	}

	private static String api(String code) {
		return "/api/v1/editions/" + YEAR + "/jury/PROVINSI/" + CATEGORY + "/" + code;
	}

	private static String employerApi(String npp) {
		return "/api/v1/editions/" + YEAR + "/jury/PROVINSI/BU_BESAR/" + npp;
	}

	/**
	 * A save's JSON: the version and every given score with a comment naming the juror.
	 */
	private static String body(int version, String juror, Integer... scores) {
		StringBuilder json = new StringBuilder("{\"version\": " + version + ", \"scores\": {");
		for (int i = 0; i < scores.length; i++) {
			json.append(i == 0 ? "" : ", ")
				.append('"')
				.append(CRITERIA.get(i))
				.append("\": {\"score\": ")
				.append(scores[i])
				.append(", \"comment\": \"catatan rahasia ")
				.append(juror)
				.append("\"}");
		}
		return json.append("}}").toString();
	}

	private ResultActions draft(String juror, String code, int version, Integer... scores) throws Exception {
		return this.mvc.perform(put(api(code) + "/sheet").with(user(as(juror)))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(version, juror, scores)));
	}

	private ResultActions submit(String juror, String code, int version, Integer... scores) throws Exception {
		return this.mvc.perform(post(api(code) + "/sheet/submit").with(user(as(juror)))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(version, juror, scores)));
	}

	/**
	 * The audit log outlives a test run on PostgreSQL: entries are counted from here on.
	 */
	private long lastAudit() {
		return this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();
	}

	private int version(String juror, String code) {
		return this.scoring.ownSheet(as(juror), YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, code).version();
	}

	@Test
	void aDraftMayBePartialASubmissionNeedsEverySubCriterionAndIsFinal() throws Exception {
		long auditedBefore = lastAudit();
		draft(ANA, "34.01", 0, 80, 70).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.lines[0].score").value(80))
			.andExpect(jsonPath("$.lines[2].score").value(Matchers.nullValue()));
		submit(ANA, "34.01", 1, 80, 70).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					Matchers.containsInAnyOrder("score.inovasi", "score.keberlanjutan", "score.penyajian")));
		submit(ANA, "34.01", 1, 80, 70, 101, -1, 60).andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("score.inovasi", "score.keberlanjutan")))
			.andExpect(jsonPath("$.errors[0].message", Matchers.containsString("101")));
		submit(ANA, "34.01", 1, 80, 70, 60, 50, 90).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.editable").value(false));
		draft(ANA, "34.01", 2, 10, 10).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'JURY_SHEET_SUBMITTED'"
					+ " AND entity_id = :id AND id > :since")
			.param("id", YEAR + "/PROVINSI/PEMKAB_PEMKOT/34.01/" + ANA)
			.param("since", auditedBefore)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aStaleFormIsRefusedWithAClearMessageAndNothingIsOverwritten() throws Exception {
		draft(BUDI, "34.02", 0, 55).andExpect(status().isOk());
		// a second window opened before the first save: it still holds version 0
		draft(BUDI, "34.02", 0, 99).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", Matchers.containsString("jendela atau perangkat lain")));
		draft(BUDI, "34.02", 1, 60).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
		this.mvc
			.perform(put(api("34.02") + "/sheet").with(user(as(BUDI)))
				.with(csrf())
				.param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(1, BUDI, 99)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", Matchers.containsString("changed in another window")));
		assertThat(this.scoring.ownSheet(as(BUDI), YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, "34.02")
			.lines()
			.get(0)
			.score()).isEqualTo(60);
		// the page keeps what the juror typed and says why it was not saved
		this.mvc
			.perform(post("/penilaian/" + YEAR + "/PROVINSI/" + CATEGORY + "/34.02").with(user(as(BUDI)))
				.with(csrf())
				.param("version", "1")
				.param("score.komitmen", "77")
				.param("action", "draft"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("jendela atau perangkat lain")))
			.andExpect(content().string(Matchers.containsString("value=\"77\"")));
	}

	@Test
	void thePageShowsAMessageBesideEachInvalidField() throws Exception {
		this.mvc
			.perform(post("/penilaian/" + YEAR + "/PROVINSI/" + CATEGORY + "/34.03").with(user(as(CHAIR)))
				.with(csrf())
				.param("version", "0")
				.param("score.komitmen", "abc")
				.param("score.kebijakan", "70")
				.param("action", "submit"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("bukan \u201cabc\u201d")))
			.andExpect(content().string(Matchers.containsString("Skor wajib diisi")));
		assertThat(version(CHAIR, "34.03")).isZero();
		this.mvc
			.perform(post("/penilaian/" + YEAR + "/PROVINSI/" + CATEGORY + "/34.03").with(user(as(CHAIR)))
				.with(csrf())
				.param("version", "0")
				.param("score.komitmen", "70")
				.param("comment.komitmen", "jelas")
				.param("action", "draft"))
			.andExpect(status().is3xxRedirection());
		assertThat(version(CHAIR, "34.03")).isEqualTo(1);
	}

	@Test
	void onlyTheChairReopensASubmittedSheetWithAReasonAndItIsAudited() throws Exception {
		long auditedBefore = lastAudit();
		submit(BUDI, "34.03", 0, 70, 70, 70, 70, 70).andExpect(status().isOk());
		String reopen = api("34.03") + "/sheets/" + BUDI + "/reopen";
		for (String who : List.of(ANA, BUDI)) {
			this.mvc
				.perform(post(reopen).with(user(as(who)))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"reason\": \"x\"}"))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post(reopen).with(user(this.users.loadUserByUsername(DemoUsers.ADMIN)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"x\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(reopen).with(user(as(CHAIR)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \" \"}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post(reopen).with(user(as(CHAIR)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"salah ketik pada inovasi\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.lines").value(Matchers.hasSize(5)));
		Map<String, Object> audit = this.jdbc
			.sql("SELECT actor, before_json, after_json FROM audit_log WHERE action = 'JURY_SHEET_REOPENED'"
					+ " AND entity_id = :id AND id > :since")
			.param("id", YEAR + "/PROVINSI/PEMKAB_PEMKOT/34.03/" + BUDI)
			.param("since", auditedBefore)
			.query()
			.singleRow();
		assertThat(audit.get("actor")).isEqualTo(CHAIR);
		assertThat((String) audit.get("before_json")).contains("SUBMITTED");
		assertThat((String) audit.get("after_json")).contains("DRAFT").contains("salah ketik pada inovasi");
		// a draft again: its juror may change and submit it
		submit(BUDI, "34.03", 2, 75, 70, 70, 70, 70).andExpect(status().isOk());
	}

	@Test
	void aJurorNeverReadsAnotherJurorsScores() throws Exception {
		submit(CHAIR, "34.04", 0, 41, 42, 43, 44, 45).andExpect(status().isOk());
		draft(ANA, "34.04", 0, 12).andExpect(status().isOk());
		for (String url : List.of("/api/v1/jury/nominees", api("34.04") + "/sheet")) {
			this.mvc.perform(get(url).with(user(as(ANA))))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString("catatan rahasia " + CHAIR))))
				// the chair's scores (41–45) as a sheet's line holds them; a bare "41"
				// may be
				// in a time stamp
				.andExpect(content().string(Matchers.not(Matchers.anyOf(Matchers.containsString("\"score\":41"),
						Matchers.containsString("\"score\":42"), Matchers.containsString("\"score\":43"),
						Matchers.containsString("\"score\":44"), Matchers.containsString("\"score\":45")))));
		}
		this.mvc.perform(get(api("34.04") + "/sheets/" + CHAIR).with(user(as(ANA)))).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/penilaian/" + YEAR + "/PROVINSI/" + CATEGORY + "/34.04/juri/" + CHAIR).with(user(as(ANA))))
			.andExpect(status().isForbidden());
		// the chair, the committee and the secretariat see the progress only while the
		// stage runs
		for (String who : List.of(CHAIR, DemoUsers.PANITIA_34, DemoUsers.ADMIN)) {
			this.mvc.perform(get(api("34.04") + "/sheets/" + ANA).with(user(this.users.loadUserByUsername(who))))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(get("/api/v1/editions/" + YEAR + "/jury/panels/34").param("category", CATEGORY)
					.with(user(this.users.loadUserByUsername(who))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.scoresShown").value(false))
				.andExpect(jsonPath("$.rows[?(@.code == '34.04')].submitted").value(Matchers.contains(1)))
				.andExpect(jsonPath("$.rows[?(@.code == '34.04')].drafts").value(Matchers.contains(1)))
				.andExpect(jsonPath("$.rows[*].mean").value(Matchers.everyItem(Matchers.nullValue())))
				.andExpect(jsonPath("$.rows[*].sheets[*].score").value(Matchers.everyItem(Matchers.nullValue())));
		}
		this.mvc.perform(get("/api/v1/editions/" + YEAR + "/jury/panels/34").with(user(as(ANA))))
			.andExpect(status().isForbidden());
		// the chair finds the panel from their list of nominees; a member does not
		this.mvc.perform(get("/penilaian").with(user(as(CHAIR))))
			.andExpect(content().string(Matchers.containsString("/edisi/" + YEAR + "/panel/34")));
		this.mvc.perform(get("/penilaian").with(user(as(ANA))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("/edisi/" + YEAR + "/panel/34"))));
		// a juror outside the team, not assigned: refused
		this.mvc.perform(get(api("34.04") + "/sheet").with(user(as(OUTSIDER)))).andExpect(status().isForbidden());
		draft(OUTSIDER, "34.04", 0, 50).andExpect(status().isForbidden());
	}

	@Test
	void aConflictOfInterestRefusesEvenWithAnAssignment() throws Exception {
		// declared: Ana on Kota Yogyakarta; derived: Budi is affiliated with Kulon Progo
		// (34.04)
		draft(ANA, "34.71", 0, 50).andExpect(status().isForbidden());
		draft(BUDI, "34.04", 0, 50).andExpect(status().isForbidden());
		this.mvc.perform(get("/penilaian/" + YEAR + "/PROVINSI/" + CATEGORY + "/34.04").with(user(as(BUDI))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/jury/nominees").with(user(as(ANA))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", Matchers.not(Matchers.hasItem("34.71"))))
			.andExpect(jsonPath("$[*].code", Matchers.hasItem("34.01")));
		this.mvc.perform(get("/api/v1/jury/nominees").with(user(as(BUDI))))
			.andExpect(jsonPath("$[*].code", Matchers.not(Matchers.hasItem("34.04"))));
		// a juror reads the scorecard of an assigned nominee (no desk scores here: 404),
		// not of a conflicted one
		this.mvc
			.perform(get("/api/v1/editions/" + YEAR + "/desk-scores/PROVINSI/PEMKAB_PEMKOT/34.01").with(user(as(ANA))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/editions/" + YEAR + "/desk-scores/PROVINSI/PEMKAB_PEMKOT/34.71").with(user(as(ANA))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/editions/" + YEAR + "/desk-scores/PROVINSI/PEMKAB_PEMKOT/34.01")
				.with(user(as(OUTSIDER))))
			.andExpect(status().isForbidden());
	}

	@Test
	void afterTheInterviewStageSheetsAreReadOnlyAndThePanelShowsTheEnginesStatistics() throws Exception {
		// the employers' category is scored by this test only: every juror submits every
		// nominee
		Map<String, int[]> bases = Map.of(CHAIR, new int[] { 80, 70, 60 }, ANA, new int[] { 75, 72, 50 }, BUDI,
				new int[] { 60, 65, 70 });
		for (int n = 0; n < EMPLOYERS.size(); n++) {
			for (String juror : List.of(CHAIR, ANA, BUDI)) {
				int base = bases.get(juror)[n];
				this.mvc
					.perform(post(employerApi(EMPLOYERS.get(n)) + "/sheet/submit").with(user(as(juror)))
						.with(csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"version\": 0, \"scores\": {\"komitmen\": {\"score\": " + base
								+ "}, \"kepatuhan\": {\"score\": " + (base + 3) + "}, \"pekerja_rentan\": {\"score\": "
								+ (base - 4) + "}, \"rantai_pasok\": {\"score\": " + base
								+ "}, \"penyajian\": {\"score\": " + (base + n) + "}}}"))
					.andExpect(status().isOk());
			}
		}
		this.fixture.interviewEnds();
		try {
			draft(CHAIR, "34.09", 0, 50).andExpect(status().isForbidden());
			draft(CHAIR, "34.04", 1, 50).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("stage"));
			JuryScores expected = new JuryScores();
			this.jdbc
				.sql("SELECT s.candidate_code, s.juror_username, s.criterion, s.score FROM jury_score s JOIN jury_sheet h"
						+ " ON h.edition_year = s.edition_year AND h.candidate_code = s.candidate_code"
						+ " AND h.juror_username = s.juror_username WHERE s.edition_year = :y AND h.status = 'SUBMITTED'"
						+ " AND s.category = 'BU_BESAR'")
				.param("y", YEAR)
				.query((rs, row) -> expected.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
				.list();
			PanelProgress.Panel panel = this.panels.panel(as(CHAIR), YEAR, "34", Category.BU_BESAR);
			assertThat(panel.scoresShown()).isTrue();
			Map<String, Double> juryScores = expected.juryScores(JuryMethod.MEAN);
			for (PanelProgress.Row row : panel.rows()) {
				Map<String, Double> byJuror = expected.jurorMeans().getOrDefault(row.code(), Map.of());
				if (byJuror.isEmpty()) {
					assertThat(row.juryScore()).isNull();
					continue;
				}
				assertThat(row.juryScore()).as(row.code()).isCloseTo(juryScores.get(row.code()), within(1e-9));
				double mean = byJuror.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
				double variance = byJuror.values().stream().mapToDouble(v -> (v - mean) * (v - mean)).sum()
						/ byJuror.size();
				assertThat(row.mean()).isCloseTo(mean, within(1e-9));
				assertThat(row.sd()).isCloseTo(Math.sqrt(variance), within(1e-9));
				assertThat(row.submitted()).isEqualTo(byJuror.size());
			}
			// W over the jurors who scored every scored nominee, by the engine's KendallW
			// on the same matrix
			List<String> scored = panel.rows().stream().filter(r -> r.juryScore() != null).map(r -> r.code()).toList();
			List<String> complete = List.of(CHAIR, ANA, BUDI)
				.stream()
				.filter(j -> scored.stream().allMatch(c -> expected.jurorMeans().get(c).containsKey(j)))
				.toList();
			double[][] matrix = new double[complete.size()][scored.size()];
			for (int j = 0; j < complete.size(); j++) {
				for (int c = 0; c < scored.size(); c++) {
					matrix[j][c] = expected.jurorMeans().get(scored.get(c)).get(complete.get(j));
				}
			}
			assertThat(panel.agreeingJurors()).isEqualTo(complete.size());
			double w = KendallW.of(matrix);
			assertThat(scored).hasSize(3);
			assertThat(complete).hasSize(3);
			assertThat(w).isBetween(0.0, 1.0);
			assertThat(panel.kendallW()).isCloseTo(w, within(1e-12));
			assertThat(panel.kendallW()).isCloseTo(expected.agreement(scored).getAsDouble(), within(1e-12));
			assertThat(panel.agreement()).isEqualTo(PanelProgress.Agreement.of(w));
			// now the committee may read a juror's sheet, and the page shows the chart's
			// data
			this.mvc
				.perform(get(employerApi(EMPLOYERS.get(0)) + "/sheets/" + ANA)
					.with(user(this.users.loadUserByUsername(DemoUsers.PANITIA_34))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("SUBMITTED"));
			this.mvc.perform(get("/edisi/" + YEAR + "/panel/34").param("kategori", "BU_BESAR").with(user(as(CHAIR))))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("panel-chart")))
				.andExpect(content().string(Matchers.containsString("panel-agreement")));
			// a juror still never reads another's sheet
			this.mvc.perform(get(employerApi(EMPLOYERS.get(0)) + "/sheets/" + BUDI).with(user(as(ANA))))
				.andExpect(status().isForbidden());
		}
		finally {
			this.fixture.interviewAgain();
		}
	}

	@Test
	void theCommitteeTakesOverImportedJuryScoresAsPseudoJurors() throws Exception {
		this.fixture.nominee("BU_MENENGAH", "96200001");
		List<String> criteria = List.of("komitmen", "kepatuhan", "pekerja_rentan", "rantai_pasok", "penyajian");
		List<String> rows = new ArrayList<>();
		for (int c = 0; c < criteria.size(); c++) {
			rows.add(imported("96200001", "J01", criteria.get(c), 70 + c));
			rows.add(imported("96299999", "J01", criteria.get(c), 50)); // not a nominee:
																		// ignored
			if (c < 4) {
				rows.add(imported("96200001", "J02", criteria.get(c), 60)); // incomplete:
																			// skipped
			}
		}
		ImportedData.imported(this.imports, YEAR, DataSet.JURY_SCORES, rows.toArray(String[]::new));
		String takeOver = "/api/v1/editions/" + YEAR + "/jury/panels/34/imported-scores";
		this.mvc.perform(post(takeOver).param("category", "BU_MENENGAH").with(user(as(ANA))).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(takeOver).param("category", "BU_MENENGAH")
				.with(user(this.users.loadUserByUsername(DemoUsers.PANITIA_34)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.skipped").value(1));
		this.mvc
			.perform(post(takeOver).param("category", "BU_MENENGAH")
				.with(user(this.users.loadUserByUsername(DemoUsers.ADMIN)))
				.with(csrf()))
			.andExpect(jsonPath("$.created").value(0));
		JuryScores scores = this.scoring.submittedScores(YEAR, Level.PROVINSI, Category.BU_MENENGAH, "34");
		assertThat(scores.jurorMeans()).containsOnlyKeys("96200001");
		assertThat(scores.jurorMeans().get("96200001")).containsExactly(Map.entry("J01", 72.0));
		this.mvc
			.perform(get("/api/v1/editions/" + YEAR + "/jury/panels/34").param("category", "BU_MENENGAH")
				.with(user(this.users.loadUserByUsername(DemoUsers.PANITIA_34))))
			.andExpect(jsonPath("$.rows[0].sheets[0].juror").value("J01"))
			.andExpect(jsonPath("$.rows[0].sheets[0].assigned").value(false))
			.andExpect(jsonPath("$.rows[0].sheets[0].status").value("SUBMITTED"))
			.andExpect(jsonPath("$.rows[0].submitted").value(1));
	}

	/**
	 * A row of the {@code jury-scores} file of the provincial level, category
	 * BU_MENENGAH.
	 */
	private static String imported(String candidate, String juror, String criterion, int score) {
		return "PROVINSI,BU_MENENGAH," + candidate + "," + juror + "," + criterion + "," + score;
	}

}
