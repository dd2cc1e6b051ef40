package id.paritrana.app.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.DemoUsers;

/**
 * A person in a real browser: signs in, switches language, browses areas, meets a
 * refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTests {

	@LocalServerPort
	int port;

	BrowserSession browser;

	@BeforeAll
	void startBrowser() {
		this.browser = new BrowserSession(this.port);
	}

	@AfterAll
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void signsInSwitchesLanguageAndBrowsesFromProvinceToVillage() {
		Page page = this.browser.newPage(1280, 900);
		page.navigate("/");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
		assertThat(page.locator("#demo-accounts")).containsText(DemoUsers.OPERATOR_PEMDA);
		BrowserSession.screenshot(page, "01-login");

		BrowserSession.signIn(page, DemoUsers.ADMIN, DemoUsers.PASSWORD);
		assertThat(page.locator("h1")).containsText("Selamat datang");
		var session = page.context()
			.cookies()
			.stream()
			.filter(c -> c.name.equals("PARITRANA_SESSION"))
			.findFirst()
			.orElseThrow();
		assertThat(session.httpOnly).isTrue();
		assertThat(session.sameSite).isEqualTo(com.microsoft.playwright.options.SameSiteAttribute.LAX);
		page.click("#lang-en");
		assertThat(page.locator("h1")).containsText("Welcome");
		assertThat(page.locator("nav")).containsText("Areas");
		BrowserSession.screenshot(page, "02-home-en");

		page.click("text=Areas");
		assertThat(page.locator("#area-counts")).containsText("38 provinces, 514 regencies/cities (98 cities)");
		page.click("#children >> text=Jawa Barat");
		assertThat(page.locator("#area-name")).hasText("Jawa Barat");
		page.click("#children >> text=Kota Bandung");
		assertThat(page.locator("#area-name")).hasText("Kota Bandung");
		page.locator("#children tbody a").first().click();
		page.locator("#children tbody a").first().click();
		assertThat(page.locator("h1")).containsText("Village");
		assertThat(page.locator(".breadcrumb")).containsText("Kota Bandung");
		BrowserSession.screenshot(page, "03-village");

		page.click("#lang-id");
		assertThat(page.locator("h1")).containsText("Desa/kelurahan");
	}

	@Test
	void searchesAreasAsTheOperatorTypes() {
		Page page = this.browser.newPage(1280, 900);
		BrowserSession.signIn(page, DemoUsers.OPERATOR_PEMDA, DemoUsers.PASSWORD);
		page.navigate("/wilayah");
		BrowserSession.htmxReady(page);
		page.fill("#q", "Bakongan");
		assertThat(page.locator("#search-results .list-group-item").first()).containsText("Bakongan");
		assertThat(page.locator("#search-results")).containsText("Aceh Selatan");
		BrowserSession.screenshot(page, "04-search");
	}

	@Test
	void anOperatorIsRefusedTheUserAdministrationOnAPhone() {
		Page page = this.browser.newPage(390, 844);
		BrowserSession.signIn(page, DemoUsers.OPERATOR_PEMDA, DemoUsers.PASSWORD);
		assertThat(page.locator("nav")).not().containsText("Pengguna");
		var response = page.navigate("/admin/pengguna");
		assertThat(response.status()).isEqualTo(403);
		assertThat(page.locator("#error-message")).containsText("tidak berwenang");
		BrowserSession.screenshot(page, "05-forbidden-phone");
	}

}
