package id.paritrana.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.PublishedSnapshots;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.system.EditionEvent;

/**
 * Public pages answered from memory: rendered once, forgotten when what they show may
 * have changed, and never mixed between readers who see different pages.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesIntegrationTests {

	static final int YEAR = 2045;

	static final String SIGN_OUT = "action=\"/logout\"";

	@Autowired
	UserDetailsService accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	PublicPages pages;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	String card;

	long snapshot;

	@BeforeAll
	void edition() {
		PublishedSnapshots.forget(this.jdbc, YEAR);
		this.editions.create("test", YEAR, "Portal " + YEAR);
		this.snapshot = PublishedSnapshots.snapshot(this.jdbc, YEAR, "PROVINSI", "34", 1, null);
		PublishedSnapshots.row(this.jdbc, this.snapshot, 1, "PEMKAB_PEMKOT", "34.71", "Kota Yogyakarta", "81.25", 1,
				"{\"coverage\":80.00,\"inovasi\":70.50}");
		this.card = "/publik/" + YEAR + "/kartu/" + this.snapshot + "/PEMKAB_PEMKOT/34.71";
	}

	@BeforeEach
	void named() {
		rename("Kota Yogyakarta");
		this.pages.pages().invalidateAll();
	}

	@AfterAll
	void cleanUp() {
		PublishedSnapshots.forget(this.jdbc, YEAR);
	}

	@Test
	void aPageIsRenderedOnceAndForgottenWhenAChangeToAnEditionCommits() throws Exception {
		assertThat(page(get(this.card))).contains("Kota Yogyakarta");
		// a change no event announced: the page is answered from memory
		rename("Kota Jogja");
		assertThat(page(get(this.card))).contains("Kota Yogyakarta");
		// an event in a transaction that rolls back changes nothing
		this.transactions.executeWithoutResult(status -> {
			this.events.publishEvent(new Changed(YEAR));
			status.setRollbackOnly();
		});
		assertThat(page(get(this.card))).contains("Kota Yogyakarta");
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new Changed(YEAR)));
		assertThat(page(get(this.card))).contains("Kota Jogja").doesNotContain("Kota Yogyakarta");
	}

	@Test
	void aPageIsKeptPerLanguage() throws Exception {
		assertThat(page(get(this.card))).contains("Skor wawancara");
		assertThat(page(get(this.card).cookie(new Cookie("PARITRANA_LANG", "en")))).contains("Interview score")
			.doesNotContain("Skor wawancara");
		assertThat(page(get(this.card))).contains("Skor wawancara");
	}

	@Test
	void switchingTheLanguageSetsItsCookieEveryTime() throws Exception {
		for (int i = 0; i < 2; i++) {
			MvcResult english = this.mvc.perform(get(this.card).param("lang", "en"))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(english.getResponse().getCookie("PARITRANA_LANG")).isNotNull();
			assertThat(english.getResponse().getContentAsString()).contains("Interview score");
		}
	}

	@Test
	void aSignedInReaderNeitherGetsNorLeavesAStoredPage() throws Exception {
		assertThat(page(get(this.card))).contains("Kota Yogyakarta");
		rename("Kota Jogja");
		// a session (its cookie): the page is rendered for that reader, who sees the
		// change, and is not kept
		Cookie session = new Cookie("PARITRANA_SESSION", "a-session");
		String signedIn = page(
				get(this.card).cookie(session).with(user(this.accounts.loadUserByUsername("panitia.diy"))));
		assertThat(signedIn).contains("Kota Jogja").contains(SIGN_OUT);
		assertThat(page(get(this.card).with(httpBasic(DemoUsers.OPERATOR_BU, DemoUsers.PASSWORD))))
			.contains("Kota Jogja");
		assertThat(page(get(this.card))).contains("Kota Yogyakarta").doesNotContain(SIGN_OUT);
	}

	@Test
	void anUnchangedStoredPageAnswers304() throws Exception {
		String etag = this.mvc.perform(get(this.card)).andReturn().getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		MvcResult again = this.mvc.perform(get(this.card).header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andReturn();
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(again.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'");
	}

	@Test
	void storedPagesKeepTheirSecurityHeaders() throws Exception {
		page(get(this.card));
		MvcResult stored = this.mvc.perform(get(this.card)).andExpect(status().isOk()).andReturn();
		assertThat(stored.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(stored.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(stored.getResponse().getHeader("Cache-Control")).contains("public");
		assertThat(stored.getResponse().getContentType()).startsWith("text/html");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private void rename(String name) {
		this.jdbc.sql("UPDATE result_row SET candidate_name = :name WHERE snapshot_id = :id")
			.param("name", name)
			.param("id", this.snapshot)
			.update();
	}

	/** Something changed in an edition. */
	record Changed(int editionYear) implements EditionEvent {

		@Override
		public boolean concerns(String levelScope) {
			return false;
		}

	}

}
