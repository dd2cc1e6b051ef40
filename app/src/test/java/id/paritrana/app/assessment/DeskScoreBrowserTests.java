package id.paritrana.app.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.DemoUsers;
import id.paritrana.app.demo.DemoSeeding;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.security.UserManagement;

/**
 * A member of the provincial committee of DI Yogyakarta (province 34 of the demo data) in
 * a real browser: opens the leaderboard of its province, filters and searches it, opens a
 * candidate's scorecard with its chart among peers, and switches to English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskScoreBrowserTests {

	static final String USERNAME = "panitia.diy.browser";

	static final String PASSWORD = "kopi-tubruk-pagi-7";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Editions editions;

	@Autowired
	UserManagement users;

	@Autowired
	UserDetailsService userDetails;

	BrowserSession browser;

	int year;

	@BeforeAll
	void seedAndStartBrowser() {
		this.year = 2036;
		while (this.editions.find(this.year).isPresent()) {
			this.year++;
		}
		DemoSeeding.seed(this.context, this.year);
		if (this.users.findUsername(USERNAME).isEmpty()) {
			this.users.create((SignedInUser) this.userDetails.loadUserByUsername(DemoUsers.ADMIN), USERNAME, PASSWORD,
					new UserManagement.Details("Panitia Provinsi DI Yogyakarta", Role.PANITIA_PROVINSI, "34", null,
							null, true));
		}
		this.browser = new BrowserSession(this.port);
	}

	@AfterAll
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void aCommitteeMemberOpensTheLeaderboardAndAScorecard() {
		Page page = this.browser.newPage(1280, 900);
		List<String> errors = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.type().equals("error")) {
				errors.add(message.text());
			}
		});
		BrowserSession.signIn(page, USERNAME, PASSWORD);
		page.navigate("/edisi/" + this.year + "/skor-meja");
		assertThat(page.locator("#desk-run")).containsText("demo");
		assertThat(page.locator("#scope")).hasValue("34");
		assertThat(page.locator("#leaderboard tbody tr").first()).containsText("34");
		BrowserSession.screenshot(page, "desk-01-leaderboard");

		page.selectOption("#category", "UKM");
		page.selectOption("#eligible", "true");
		page.click("#desk-filter");
		assertThat(page.locator("#leaderboard tbody tr td").first()).hasText("1");
		String code = page.locator("#leaderboard .candidate-link").first().textContent().strip();
		page.fill("#q", code);
		page.click("#desk-filter");
		assertThat(page.locator("#leaderboard tbody tr")).hasCount(1);
		BrowserSession.screenshot(page, "desk-02-leaderboard-filtered");

		page.locator("#leaderboard tbody tr td a").last().click();
		assertThat(page.locator("#card-name")).isVisible();
		assertThat(page.locator("#card-rank")).containsText("1");
		assertThat(page.locator("#card-indicators tbody tr")).hasCount(4);
		assertThat(page.locator("#card-indicators")).containsText("sum_workers_registered");
		assertThat(page.locator("#peer-chart[data-rendered=true] svg")).isVisible();
		assertThat(page.locator("#card-total")).hasText(page.locator("#card-score").textContent());
		BrowserSession.screenshot(page, "desk-03-scorecard");

		page.click("#lang-en");
		assertThat(page.locator("#card-indicators")).containsText("Raw inputs");
		assertThat(page.locator("#card-score")).hasText(java.util.regex.Pattern.compile("\\d{1,3}\\.\\d\\d"));
		BrowserSession.screenshot(page, "desk-04-scorecard-en");
		assertThat(errors).as("console errors (e.g. the Content-Security-Policy)").isEmpty();
	}

}
