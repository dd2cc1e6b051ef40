package id.paritrana.app.edition;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.DemoUsers;

/**
 * The edition picker in a real browser, on a phone: choosing another edition reopens the
 * same page of that edition, and the short path then opens it too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditionPickerBrowserTests {

	static final int FROM = 2056;

	static final int TO = 2057;

	@LocalServerPort
	int port;

	@Autowired
	Editions editions;

	@Autowired
	JdbcClient jdbc;

	BrowserSession browser;

	@BeforeAll
	void start() {
		for (int year : new int[] { FROM, TO }) {
			if (this.editions.find(year).isEmpty()) {
				this.editions.create("test", year, null);
			}
		}
		this.browser = new BrowserSession(this.port);
	}

	@AfterAll
	void close() {
		this.browser.close();
		// the choice is kept in the database, which the other tests share
		this.jdbc.sql("DELETE FROM edition_choice WHERE username = :u").param("u", DemoUsers.ADMIN).update();
	}

	@Test
	void choosingAnotherEditionReopensTheSamePageOfThatEdition() {
		Page page = this.browser.newPage(390, 844);
		BrowserSession.signIn(page, DemoUsers.ADMIN, DemoUsers.PASSWORD);
		page.navigate("/edisi/" + FROM + "/tahap/ID");
		assertThat(page.locator("#edition-picker-year")).isVisible();
		assertThat(page.locator("#edition-picker-year")).hasValue(Integer.toString(FROM));
		assertThat(page.locator("#edition-picker-year option[value='" + TO + "']")).hasText(TO + " — belum dimulai");
		BrowserSession.screenshot(page, "edition-picker-01-phone");

		page.selectOption("#edition-picker-year", Integer.toString(TO));
		page.waitForURL("**/edisi/" + TO + "/tahap/ID");
		assertThat(page.locator("#edition-picker-year")).hasValue(Integer.toString(TO));
		assertThat(page.locator("h1")).containsText(Integer.toString(TO));
		BrowserSession.screenshot(page, "edition-picker-02-chosen");

		// remembered: the short path opens the edition chosen
		page.navigate("/tahap");
		page.waitForURL("**/edisi/" + TO + "/tahap/ID");
	}

}
