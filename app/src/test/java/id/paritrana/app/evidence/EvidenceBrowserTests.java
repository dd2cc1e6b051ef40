package id.paritrana.app.evidence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.DemoUsers;
import id.paritrana.app.demo.DemoPdf;
import id.paritrana.app.demo.DemoSeeding;
import id.paritrana.app.edition.Editions;

/**
 * The operator of Kota Yogyakarta (34.71, whose imported data hold no regulation) uploads
 * a PERDA in a real browser; the verifier of DI Yogyakarta finds it in the queue and
 * accepts it; the scorecard of 34.71 then scores the {@code regulasi} indicator 100
 * instead of 0.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceBrowserTests {

	static final String TITLE = "Perda Kota Yogyakarta tentang Jaminan Sosial Pekerja Rentan";

	/**
	 * How long the page may say the scores are being recomputed (it asks again every two
	 * seconds).
	 */
	static final LocatorAssertions.IsVisibleOptions RECOMPUTED = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(60_000);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Editions editions;

	BrowserSession browser;

	int year;

	Path pdf;

	@BeforeAll
	void seedAndStartBrowser() throws IOException {
		this.year = 2063;
		while (this.editions.find(this.year).isPresent()) {
			this.year++;
		}
		DemoSeeding.seedData(this.context, this.year);
		Files.createDirectories(Path.of("target"));
		this.pdf = Files.createTempFile(Path.of("target"), "perda-", ".pdf");
		Files.write(this.pdf, DemoPdf.of(TITLE, "Nomor 8 Tahun 2023"));
		this.browser = new BrowserSession(this.port);
	}

	@AfterAll
	void closeBrowser() throws IOException {
		this.browser.close();
		Files.deleteIfExists(this.pdf);
	}

	Locator regulationScore(Page page) {
		page.navigate("/edisi/" + this.year + "/skor-meja/PROVINSI/PEMKAB_PEMKOT/34.71");
		return page.locator("#indicator-regulasi td").nth(4);
	}

	@Test
	void anOperatorUploadsARegulationAVerifierAcceptsItAndTheScoreChanges() {
		List<String> errors = new ArrayList<>();

		Page operator = this.browser.newPage(1280, 900);
		operator.onConsoleMessage(m -> {
			if (m.type().equals("error")) {
				errors.add(m.text());
			}
		});
		BrowserSession.signIn(operator, DemoUsers.OPERATOR_PEMDA, DemoUsers.PASSWORD);
		assertThat(operator.locator("#nav-my-candidacy")).isAttached();
		assertThat(regulationScore(operator)).hasText("0,00");
		BrowserSession.screenshot(operator, "evidence-01-scorecard-before");

		operator.navigate("/edisi/" + this.year + "/kandidat/34.71");
		assertThat(operator.locator("#candidate-name")).containsText("Yogyakarta");
		assertThat(operator.locator("#candidate-stage")).hasText("Verifikasi");
		operator.selectOption("#kind", "REGULASI");
		operator.fill("#title", TITLE);
		operator.selectOption("#regulationType", "PERDA");
		operator.fill("#number", "8");
		operator.fill("#year", "2023");
		operator.setInputFiles("#file", this.pdf);
		operator.click("#evidence-submit");
		operator.locator("#evidence-uploaded, #evidence-problems").first().waitFor();
		org.assertj.core.api.Assertions.assertThat(operator.locator("#evidence-problems").allInnerTexts())
			.as("the upload's problems")
			.isEmpty();
		assertThat(operator.locator("#evidence-uploaded")).isVisible();
		Locator row = operator.locator("#evidence tbody tr", new Page.LocatorOptions().setHasText(TITLE));
		assertThat(row.locator(".evidence-status")).hasText("Menunggu verifikasi");
		BrowserSession.screenshot(operator, "evidence-02-uploaded");

		Page verifier = this.browser.newPage(1280, 900);
		BrowserSession.signIn(verifier, DemoUsers.VERIFIKATOR_34, DemoUsers.PASSWORD);
		assertThat(verifier.locator("#nav-verification")).isAttached();
		verifier.navigate("/edisi/" + this.year + "/verifikasi");
		assertThat(verifier.locator("#queue tbody tr").first()).isVisible();
		BrowserSession.screenshot(verifier, "evidence-03-queue");
		verifier.locator("#queue a.queue-item", new Page.LocatorOptions().setHasText(TITLE)).click();
		assertThat(verifier.locator("#item-title")).hasText(TITLE);
		// a rejection without a reason is refused with a message
		verifier.click("#verify-reject");
		assertThat(verifier.locator("#item-problems")).isVisible();
		verifier.click("#verify-accept");
		assertThat(verifier.locator("#item-status")).hasText("Diterima");
		// the scores are recomputed after the decision: the page says so until they are
		assertThat(verifier.locator("#recompute-finished")).isVisible(RECOMPUTED);
		assertThat(verifier.locator("#recompute-pending")).not().isAttached();
		BrowserSession.screenshot(verifier, "evidence-04-accepted");

		assertThat(regulationScore(verifier)).hasText("100,00");
		assertThat(verifier.locator("#card-run")).isVisible();
		BrowserSession.screenshot(verifier, "evidence-05-scorecard-after");

		operator.navigate("/edisi/" + this.year + "/kandidat/34.71");
		assertThat(row.locator(".evidence-status")).hasText("Diterima");
		BrowserSession.screenshot(operator, "evidence-06-candidacy");
		assertThat(errors).as("console errors (e.g. the Content-Security-Policy)").isEmpty();
	}

}
