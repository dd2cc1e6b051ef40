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
import com.microsoft.playwright.Response;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.DemoUsers;

/**
 * A browser that opens what does not exist, or what is not theirs, sees a page in their
 * language with a way back, from the real servlet container (Indonesian, then English).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPagesBrowserTests {

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
	void anUnknownEditionOfThePortalShowsTheLocalizedPage() {
		Page page = this.browser.newPage(1280, 800);
		Response response = page.navigate("/publik/1999");
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("#error-message")).hasText("Halaman atau data tidak ditemukan.");
		assertThat(page.locator("#error-back")).hasAttribute("href", "/publik");
		BrowserSession.screenshot(page, "error-01-portal-404");
		page.navigate("/publik/1999?lang=en");
		assertThat(page.locator("#error-message")).hasText("Page or data not found.");
		page.click("#error-back");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/publik$"));
	}

	@Test
	void anUnknownCandidateAndARefusedPageShowTheLocalizedPage() {
		Page page = this.browser.newPage(1280, 800);
		BrowserSession.signIn(page, DemoUsers.ADMIN, DemoUsers.PASSWORD);
		Response response = page.navigate("/edisi/2024/kandidat/99.99");
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("#error-message")).hasText("Halaman atau data tidak ditemukan.");
		assertThat(page.locator("body")).not().containsText("Exception");
		page.navigate("/edisi/2024/kandidat/99.99?lang=en");
		assertThat(page.locator("#error-message")).hasText("Page or data not found.");
		BrowserSession.screenshot(page, "error-02-candidate-404-en");

		Page operator = this.browser.newPage(1280, 800);
		BrowserSession.signIn(operator, DemoUsers.OPERATOR_PEMDA, DemoUsers.PASSWORD);
		operator.navigate("/?lang=id");
		Response refused = operator.navigate("/admin/pengguna");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(operator.locator("#error-message")).containsText("Anda tidak berwenang membuka halaman ini.");
		assertThat(operator.locator("#error-home")).isVisible();
	}

}
