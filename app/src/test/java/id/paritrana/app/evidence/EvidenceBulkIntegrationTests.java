package id.paritrana.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.dataset.DatasetVersions;
import id.paritrana.app.demo.DemoPdf;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.Outbox;
import id.paritrana.app.system.Recomputations;
import id.paritrana.app.system.Recomputed;

/**
 * One decision with one reason on several pieces of evidence, from the verifier's queue
 * and the API: each decided item is audited, tells its operators and (a regulation)
 * recomputes its government's scores as a single decision does; any item that cannot be
 * decided (already decided, its level closed, unknown) leaves every item as it was and is
 * named; items outside the verifier's province, other roles and forms without their CSRF
 * token are refused.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceBulkIntegrationTests {

	static final int EDITION = 2043;

	@TempDir
	static Path dir;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	DatasetVersions versions;

	@Autowired
	DatasetImport imports;

	@Autowired
	Stages stages;

	@Autowired
	UserDetailsService users;

	@Autowired
	CandidateMeasures measures;

	@Autowired
	DeskScores deskScores;

	@Autowired
	EvidenceRecords evidence;

	@Autowired
	Recomputations recomputations;

	@Autowired
	Outbox outbox;

	@BeforeAll
	void edition() {
		EvidenceTestData.generate(dir, EDITION, "43");
		EvidenceTestData.importInto(dir, EDITION, this.editions, this.versions, this.imports);
		EvidenceTestData.openLevels(EDITION, this.stages, this.users, "34", Stages.NATIONAL);
		EvidenceTestData.forgetEvidence(this.jdbc, EDITION);
		this.measures.compute(EDITION, "test");
		this.deskScores.compute(EDITION, "test");
	}

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	/**
	 * A waiting APBD document of a government of province 34, titled as given (the demo
	 * operator, whose messages the tests read, is Kota Yogyakarta's: 34.71).
	 */
	EvidenceItem apbd(String code, String title) {
		return this.evidence.uploadAs(DemoUsers.OPERATOR_PEMDA, EDITION, code,
				new EvidenceForm("APBD", "", "", "", title, "", "2023", "150000000"), "apbd.pdf",
				DemoPdf.of(title, "x"));
	}

	/** The queue's form posting one decision on the given items. */
	MockHttpServletRequestBuilder decide(String decision, String reason, long... ids) {
		MockHttpServletRequestBuilder request = post("/edisi/" + EDITION + "/verifikasi").param("decision", decision)
			.param("reason", reason);
		for (long id : ids) {
			request.param("ids", Long.toString(id));
		}
		return request;
	}

	/**
	 * A copy of a piece of evidence given to a regency of another province (uploads there
	 * are refused: their levels never started).
	 */
	long copy(EvidenceItem item, String code, String province) {
		this.jdbc
			.sql("INSERT INTO evidence (edition_year, candidate_code, candidate_kind, province_code, kind, title,"
					+ " fiscal_year, amount, file_label, size_bytes, pages, sha256, content, status, uploaded_by)"
					+ " SELECT edition_year, :code, candidate_kind, :p, kind, title, fiscal_year, amount, file_label,"
					+ " size_bytes, pages, sha256, content, 'MENUNGGU', uploaded_by FROM evidence WHERE id = :id")
			.param("code", code)
			.param("p", province)
			.param("id", item.id())
			.update();
		return this.jdbc.sql("SELECT MAX(id) FROM evidence WHERE edition_year = :y AND candidate_code = :code")
			.param("y", EDITION)
			.param("code", code)
			.query(Long.class)
			.single();
	}

	String statusOf(long id) {
		return this.jdbc.sql("SELECT status FROM evidence WHERE id = :id").param("id", id).query(String.class).single();
	}

	long audited(long id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'EVIDENCE_VERIFIED' AND entity_id = :id")
			.param("id", Long.toString(id))
			.query(Long.class)
			.single();
	}

	/** The messages about a piece of evidence (by its title) in its operator's outbox. */
	long messagesAbout(String title) {
		return this.outbox.of(DemoUsers.OPERATOR_PEMDA, 1000)
			.stream()
			.filter(m -> m.kind().equals("evidenceDecided") && m.subject().contains(title))
			.count();
	}

	String regulationLevel(String code) {
		return this.jdbc
			.sql("SELECT regulation_level FROM candidate_measure WHERE edition_year = :y AND candidate_code = :c")
			.param("y", EDITION)
			.param("c", code)
			.query(String.class)
			.single();
	}

	@Test
	void aVerifierRejectsSeveralItemsWithOneReasonEachAsASingleDecisionWould() throws Exception {
		EvidenceItem first = apbd("34.71", "Anggaran Kota pertama");
		EvidenceItem second = apbd("34.71", "Anggaran Kota kedua");
		EvidenceItem untouched = apbd("34.02", "Anggaran Bantul tidak dipilih");
		String reason = "Dokumen anggaran belum disahkan DPRD";

		String queue = this.mvc.perform(get("/edisi/" + EDITION + "/verifikasi").with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(queue).doesNotContain("id=\"edition-empty\"")
			.contains("id=\"bulk-form\"")
			.contains("id=\"select-" + first.id() + "\"")
			.contains("id=\"select-" + untouched.id() + "\"");

		this.mvc
			.perform(decide("DITOLAK", reason, first.id(), second.id()).with(csrf()).with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/edisi/" + EDITION + "/verifikasi?status=MENUNGGU&page=1"))
			.andExpect(flash().attribute("bulkVerified", 2));
		for (EvidenceItem item : List.of(first, second)) {
			EvidenceItem after = this.evidence.require(EDITION, item.id());
			assertThat(after.status()).isEqualTo(EvidenceStatus.DITOLAK);
			assertThat(after.reason()).isEqualTo(reason);
			assertThat(after.verifiedBy()).isEqualTo(DemoUsers.VERIFIKATOR_34);
			assertThat(audited(item.id())).as("one audit entry per item").isEqualTo(1);
			assertThat(messagesAbout(item.title())).as("the operator is told of each item").isEqualTo(1);
		}
		assertThat(statusOf(untouched.id())).isEqualTo("MENUNGGU");
		assertThat(audited(untouched.id())).isZero();
	}

	@Test
	void acceptingSeveralRegulationsRecomputesEachGovernment() throws Exception {
		List<String> codes = this.jdbc
			.sql("SELECT candidate_code FROM candidate_measure WHERE edition_year = :y AND category = 'PEMKAB_PEMKOT'"
					+ " AND candidate_code LIKE '34.%' AND regulation_level = 'NONE' ORDER BY candidate_code LIMIT 2")
			.param("y", EDITION)
			.query(String.class)
			.list();
		assertThat(codes).hasSize(2);
		EvidenceItem a = this.evidence.uploadAs(DemoUsers.OPERATOR_PEMDA, EDITION, codes.get(0),
				new EvidenceForm("REGULASI", "PERDA", "11", "2023", "Perda massal A", "", "", ""), "a.pdf",
				DemoPdf.of("Perda A", "x"));
		EvidenceItem b = this.evidence.uploadAs(DemoUsers.OPERATOR_PEMDA, EDITION, codes.get(1),
				new EvidenceForm("REGULASI", "PERKADA", "12", "2023", "Perkada massal B", "", "", ""), "b.pdf",
				DemoPdf.of("Perkada B", "x"));

		this.mvc
			.perform(post("/api/v1/editions/" + EDITION + "/evidence/verification").with(as(DemoUsers.VERIFIKATOR_34))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"ids\": [" + a.id() + ", " + b.id() + "], \"decision\": \"DITERIMA\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[*].item.status", Matchers.everyItem(Matchers.is("DITERIMA"))))
			.andExpect(jsonPath("$[*].recomputing", Matchers.everyItem(Matchers.is(true))));
		Recomputed.await(this.recomputations, EDITION);
		assertThat(regulationLevel(codes.get(0))).isEqualTo("PERDA");
		assertThat(regulationLevel(codes.get(1))).isEqualTo("PERKADA");
	}

	@Test
	void anItemAlreadyDecidedLeavesEveryItemAsItWasAndIsNamed() throws Exception {
		EvidenceItem waiting = apbd("34.71", "Anggaran Kota menunggu");
		EvidenceItem decided = apbd("34.04", "Anggaran Sleman sudah diterima");
		EvidenceItem other = apbd("34.03", "Anggaran Gunungkidul menunggu");
		this.evidence.verifyAs("verifikator.lain", EDITION, decided.id(), "DITERIMA", null);
		long messages = messagesAbout(waiting.title());

		MvcResult result = this.mvc
			.perform(decide("DITOLAK", "Tidak sesuai", waiting.id(), decided.id(), other.id()).with(csrf())
				.with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		@SuppressWarnings("unchecked")
		List<InvalidInputException.Problem> problems = (List<InvalidInputException.Problem>) result.getFlashMap()
			.get("bulkProblems");
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.messageKey()).isEqualTo("verification.bulk.decided");
			assertThat(p.args()[0]).isEqualTo(decided.id());
		});
		assertThat(statusOf(waiting.id())).isEqualTo("MENUNGGU");
		assertThat(statusOf(other.id())).isEqualTo("MENUNGGU");
		assertThat(statusOf(decided.id())).isEqualTo("DITERIMA");
		assertThat(audited(waiting.id())).isZero();
		assertThat(audited(other.id())).isZero();
		assertThat(messagesAbout(waiting.title())).isEqualTo(messages);

		// the queue shows which item and why, keeps the reason and what was chosen
		String page = this.mvc
			.perform(get(result.getResponse().getRedirectedUrl())
				.cookie(result.getResponse().getCookie("PARITRANA_SESSION"))
				.with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"bulk-problems\"")
			.contains("Bukti #" + decided.id() + " “" + decided.title() + "” (34.04) sudah diputuskan: Diterima.")
			.contains("value=\"Tidak sesuai\"");
		assertThat(page).containsPattern("id=\"select-" + waiting.id() + "\"[^>]*checked");
	}

	@Test
	void anItemOfALevelThatNoLongerVerifiesOrAnUnknownOneLeavesEveryItemAsItWas() throws Exception {
		EvidenceItem open = apbd("34.02", "Anggaran Bantul dua");
		// province 33's level was never started: its evidence waits, read-only
		long closed = copy(open, "33.01", "33");

		this.mvc
			.perform(post("/api/v1/editions/" + EDITION + "/evidence/verification").with(as(DemoUsers.ADMIN))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"ids\": [" + open.id() + ", " + closed + ", 999999999], \"decision\": \"DITERIMA\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("ids"))
			.andExpect(jsonPath("$.errors[0].message", Matchers.containsString("#" + closed)))
			.andExpect(jsonPath("$.errors[0].message", Matchers.containsString("Sosialisasi")))
			.andExpect(jsonPath("$.errors[1].message", Matchers.containsString("#999999999")));
		assertThat(statusOf(open.id())).isEqualTo("MENUNGGU");
		assertThat(statusOf(closed)).isEqualTo("MENUNGGU");
		assertThat(audited(open.id())).isZero();
	}

	@Test
	void aRejectionNeedsAReasonAndAChoiceNeedsAnItem() throws Exception {
		EvidenceItem item = apbd("34.01", "Anggaran Kulon Progo tanpa alasan");
		MvcResult result = this.mvc
			.perform(decide("DITOLAK", " ", item.id()).with(csrf()).with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(problemKeys(result)).containsExactly("evidence.error.reasonRequired");
		result = this.mvc.perform(decide("DITERIMA", "").with(csrf()).with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(problemKeys(result)).containsExactly("verification.bulk.none");
		assertThat(statusOf(item.id())).isEqualTo("MENUNGGU");
	}

	@Test
	void itemsOutsideTheVerifiersProvinceOtherRolesAndFormsWithoutTheirTokenAreRefused() throws Exception {
		EvidenceItem own = apbd("34.02", "Anggaran Bantul tiga");
		long outside = copy(own, "35.01", "35");
		long deniedBefore = this.jdbc
			.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'ACCESS_DENIED' AND actor = :u")
			.param("u", DemoUsers.VERIFIKATOR_34)
			.query(Long.class)
			.single();

		this.mvc.perform(decide("DITERIMA", "", own.id(), outside).with(csrf()).with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'ACCESS_DENIED' AND actor = :u")
			.param("u", DemoUsers.VERIFIKATOR_34)
			.query(Long.class)
			.single()).as("the refusal is audited").isGreaterThan(deniedBefore);
		for (String who : List.of(DemoUsers.PANITIA_34, DemoUsers.OPERATOR_PEMDA, DemoUsers.PENILAI)) {
			this.mvc.perform(decide("DITERIMA", "", own.id()).with(csrf()).with(as(who)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(decide("DITERIMA", "", own.id()).with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/editions/" + EDITION + "/evidence/verification").with(as(DemoUsers.OPERATOR_PEMDA))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"ids\": [" + own.id() + "], \"decision\": \"DITERIMA\"}"))
			.andExpect(status().isForbidden());
		assertThat(statusOf(own.id())).isEqualTo("MENUNGGU");
		assertThat(statusOf(outside)).isEqualTo("MENUNGGU");
		assertThat(audited(own.id())).isZero();
	}

	@SuppressWarnings("unchecked")
	private static List<String> problemKeys(MvcResult result) {
		Map<String, Object> flash = result.getFlashMap();
		return ((List<InvalidInputException.Problem>) flash.get("bulkProblems")).stream()
			.map(InvalidInputException.Problem::messageKey)
			.toList();
	}

}
