package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.demo.SharedDemo;
import id.paritrana.app.edition.EditionChoice;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.UserManagement;

/**
 * Each demo role's home page lists what that person should do next in the edition they
 * work in, each task linking to where it is done, and nothing of anyone else's.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeTasksIntegrationTests {

	/** An operator of Bantul (34.02), whose regulation the demo's verifier rejected. */
	static final String OPERATOR_BANTUL = "operator.bantul.tasks";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	UserManagement accounts;

	@Autowired
	EditionChoice choice;

	@Autowired
	JdbcClient jdbc;

	int year;

	@BeforeAll
	void demo() {
		this.year = SharedDemo.year(this.context);
		this.accounts.createAccount("test", OPERATOR_BANTUL, "Bantul-tugas-2024!",
				new UserManagement.Details("Operator Bantul", Role.OPERATOR_PEMDA, null, "34.02", null, true));
		for (String username : List.of(DemoUsers.ADMIN, DemoUsers.PANITIA_34, DemoUsers.VERIFIKATOR_34, "penilai.diy1",
				DemoUsers.OPERATOR_PEMDA, OPERATOR_BANTUL)) {
			this.choice.choose(username, this.year);
		}
	}

	@Test
	void theVerifierSeesHowMuchEvidenceWaitsInTheProvinceAndSinceWhen() throws Exception {
		long pending = this.jdbc.sql(
				"SELECT COUNT(*) FROM evidence WHERE edition_year = :y AND province_code = '34' AND status = 'MENUNGGU'")
			.param("y", this.year)
			.query(Long.class)
			.single();
		assertThat(pending).isPositive();
		List<Element> tasks = tasks(DemoUsers.VERIFIKATOR_34);
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).text()).contains(pending + " bukti menunggu verifikasi").containsPattern("WIB$");
		assertThat(tasks.get(0).selectFirst("a").attr("href")).isEqualTo("/edisi/" + this.year + "/verifikasi");
	}

	@Test
	void anOperatorSeesTheRejectedEvidenceWithItsReasonAndTheUnsentQuestionnaire() throws Exception {
		List<Element> bantul = tasks(OPERATOR_BANTUL);
		assertThat(bantul).first()
			.satisfies(t -> assertThat(t.hasClass("task-urgent")).isTrue())
			.satisfies(t -> assertThat(t.text()).contains("Instruksi Bupati Bantul")
				.contains("tidak bertanda tangan dan tidak bernomor register"));
		assertThat(bantul).anySatisfy(t -> assertThat(t.text()).startsWith("Kuesioner belum dikirim: 0 dari"));

		List<Element> yogyakarta = tasks(DemoUsers.OPERATOR_PEMDA);
		assertThat(yogyakarta).noneSatisfy(t -> assertThat(t.text()).contains("ditolak"));
		assertThat(yogyakarta).singleElement()
			.satisfies(t -> assertThat(t.selectFirst("a").attr("href"))
				.isEqualTo("/edisi/" + this.year + "/kandidat/34.71#kuesioner"));
	}

	@Test
	void aJurorSeesTheSheetsNotYetSubmitted() throws Exception {
		long open = this.jdbc
			.sql("SELECT COUNT(*) FROM jury_sheet WHERE edition_year = :y AND juror_username = 'penilai.diy1'"
					+ " AND status <> 'SUBMITTED'")
			.param("y", this.year)
			.query(Long.class)
			.single();
		long unopened = this.jdbc.sql(
				"SELECT COUNT(*) FROM jury_assignment a WHERE a.edition_year = :y AND a.juror_username = 'penilai.diy1'"
						+ " AND NOT EXISTS (SELECT 1 FROM jury_sheet h WHERE h.edition_year = a.edition_year"
						+ " AND h.score_level = a.score_level AND h.category = a.category"
						+ " AND h.candidate_code = a.candidate_code AND h.juror_username = a.juror_username)")
			.param("y", this.year)
			.query(Long.class)
			.single();
		// a juror's sheets count in every edition whose interviews are not over
		List<Element> tasks = tasks("penilai.diy1");
		assertThat(tasks).allSatisfy(t -> assertThat(t.selectFirst("a").attr("href")).startsWith("/penilaian/"));
		assertThat(tasks.stream()
			.filter(t -> t.selectFirst("a").attr("href").startsWith("/penilaian/" + this.year + "/PROVINSI/")))
			.hasSize((int) (open + unopened));
	}

	@Test
	void theCommitteeSeesWhatHoldsUpItsNextStageAndTheSecretariatTheProvincesByStage() throws Exception {
		List<Element> committee = tasks(DemoUsers.PANITIA_34);
		assertThat(committee).isNotEmpty()
			.allSatisfy(t -> assertThat(t.text()).startsWith("Daerah Istimewa Yogyakarta: "))
			.allSatisfy(t -> assertThat(t.selectFirst("a").attr("href"))
				.isEqualTo("/edisi/" + this.year + "/tahap/34/lanjut"));

		List<Element> admin = tasks(DemoUsers.ADMIN);
		assertThat(admin).anySatisfy(t -> assertThat(t.text()).matches("\\d+ provinsi pada tahap .+"));
		assertThat(admin).noneSatisfy(t -> assertThat(t.text()).contains("bukti menunggu"));
	}

	@Test
	void tasksAreWrittenInTheReadersLanguage() throws Exception {
		Document page = home(DemoUsers.VERIFIKATOR_34, Locale.ENGLISH);
		assertThat(page.select("#tasks li.task").text()).contains("evidence documents awaiting verification");
	}

	private List<Element> tasks(String username) throws Exception {
		return home(username, Locale.forLanguageTag("id")).select("#tasks li.task");
	}

	private Document home(String username, Locale locale) throws Exception {
		String html = this.mvc
			.perform(get("/").param("lang", locale.getLanguage()).with(user(this.users.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
