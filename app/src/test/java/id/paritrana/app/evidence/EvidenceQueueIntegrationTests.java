package id.paritrana.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.demo.SharedDemo;

/**
 * The verifier's queue says, level by level, whether verification is open: a closed
 * level's evidence is read-only with the reason; an open level's every item carries its
 * decision. (The demo: DI Yogyakarta in WAWANCARA, Kalimantan Utara in VERIFIKASI.)
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceQueueIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	int year;

	@BeforeAll
	void seed() {
		this.year = SharedDemo.year(this.context);
	}

	@Test
	void aClosedLevelSaysSoAndShowsItsEvidenceReadOnly() throws Exception {
		String status = statusWithItems("34");
		String page = queue(DemoUsers.VERIFIKATOR_34, "?status=" + status);
		assertThat(page).contains("id=\"level-closed-34\"").contains("Wawancara").doesNotContain("level-open-34");
		assertThat(rows(page)).isPositive();
		assertThat(count(page, "queue-readonly")).isEqualTo(rows(page));
		assertThat(page).doesNotContain("queue-accept").doesNotContain("queue-reject");
	}

	@Test
	void anEmptyQueueOfAClosedLevelStillSaysItIsClosed() throws Exception {
		String page = queue(DemoUsers.VERIFIKATOR_34, "?status=MENUNGGU&kind=CSR&candidateKind=PEMERINTAH");
		assertThat(rows(page)).isZero();
		assertThat(page).contains("id=\"level-closed-34\"");
	}

	@Test
	void anOpenLevelOffersADecisionOnEveryItemThatWorks() throws Exception {
		String page = queue(DemoUsers.ADMIN, "?status=MENUNGGU&province=65");
		assertThat(page).contains("id=\"level-open-65\"").doesNotContain("level-closed-65");
		int rows = rows(page);
		assertThat(rows).isPositive();
		assertThat(count(page, "queue-accept")).isEqualTo(rows);
		assertThat(count(page, "queue-reject")).isEqualTo(rows);
		assertThat(page).doesNotContain("queue-readonly");
		Matcher action = Pattern.compile("action=\"(/edisi/\\d+/bukti/(\\d+)/verifikasi)\"").matcher(page);
		assertThat(action.find()).isTrue();
		this.mvc
			.perform(post(action.group(1)).param("decision", "DITERIMA").with(csrf()).with(user(as(DemoUsers.ADMIN))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("SELECT status FROM evidence WHERE id = :id")
			.param("id", Long.parseLong(action.group(2)))
			.query(String.class)
			.single()).isEqualTo("DITERIMA");
	}

	@Test
	void aCommitteeMemberSeesTheStateButNoDecisions() throws Exception {
		String page = queue(DemoUsers.PANITIA_34, "?status=" + statusWithItems("34"));
		assertThat(page).contains("id=\"level-closed-34\"").doesNotContain("queue-accept");
	}

	private String statusWithItems(String province) {
		return this.jdbc
			.sql("SELECT status FROM evidence WHERE edition_year = :y AND province_code = :p ORDER BY status LIMIT 1")
			.param("y", this.year)
			.param("p", province)
			.query(String.class)
			.single();
	}

	private String queue(String username, String query) throws Exception {
		return this.mvc.perform(get("/edisi/" + this.year + "/verifikasi" + query).with(user(as(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static int rows(String page) {
		return (int) Pattern.compile("id=\"queue-\\d+\"").matcher(page).results().count();
	}

	private static int count(String page, String text) {
		return page.split(Pattern.quote(text), -1).length - 1;
	}

	private UserDetails as(String username) {
		return this.users.loadUserByUsername(username);
	}

}
