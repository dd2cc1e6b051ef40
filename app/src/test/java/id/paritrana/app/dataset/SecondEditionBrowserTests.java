package id.paritrana.app.dataset;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.DemoUsers;
import id.paritrana.app.demo.DemoSeeding;
import id.paritrana.app.edition.Editions;

/**
 * A second edition run beside a determined and published one, through the browser wherever a
 * page exists: the national secretariat creates it, imports the nine data sets and scores it, the
 * provincial committee moves its level on to verification;
 * the first edition's published winners stay exactly as they were. Each step is a method of its
 * own, so that a step done without a page today can become a browser step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondEditionBrowserTests {

	/** The nine data sets of an edition (the jury scores come later, from the panels), in import order. */
	static final List<String> DATA_SETS = List.of("region-coverage", "minimum-wages", "nonasn",
			"vulnerable-protection", "village-protection", "regulations", "employers", "employer-contributions",
			"employer-vulnerable");

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Editions editions;

	@Autowired
	CandidateMeasures measures;

	BrowserSession browser;

	int first;

	int second;

	@BeforeAll
	void firstEditionDetermined() {
		this.first = 2095;
		while (this.editions.find(this.first).isPresent() || this.editions.find(this.first + 1).isPresent()) {
			this.first += 2;
		}
		this.second = this.first + 1;
		// the demo edition: DI Yogyakarta at its interviews, Gorontalo determined and published
		DemoSeeding.seed(this.context, this.first);
		this.browser = new BrowserSession(this.port);
	}

	@AfterAll
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void aSecondEditionRunsBesideTheFirstWhoseWinnersStayPublished() {
		String winnersBefore = publicWinners(this.first);
		assertThat(winnersBefore).contains("Gorontalo");

		Page admin = this.browser.newPage(1280, 900);
		BrowserSession.signIn(admin, DemoUsers.ADMIN, DemoUsers.PASSWORD);
		createEdition(admin, this.second);
		GeneratedData.generate(dir, "--scale", "small", "--seed", "7", "--year", Integer.toString(this.second - 1));
		for (String dataSet : DATA_SETS) {
			importDataSet(admin, this.second, dataSet);
		}
		computeMeasures(this.second);
		computeDeskScores(admin, this.second);
		Page committee = this.browser.newPage(1280, 900);
		BrowserSession.signIn(committee, DemoUsers.PANITIA_34, DemoUsers.PASSWORD);
		openVerification(committee, this.second, "34");

		assertThat(publicWinners(this.first)).isEqualTo(winnersBefore);
	}

	/** /admin/edisi: the new edition, in its first stage. */
	void createEdition(Page admin, int year) {
		admin.navigate("/admin/edisi");
		admin.fill("#awardYear", Integer.toString(year));
		admin.click("#edition-create");
		assertThat(admin.locator("#edition-created")).containsText(Integer.toString(year));
		assertThat(admin.locator("#editions")).containsText("Paritrana Award " + year);
	}

	/** /data: one generated file uploaded, imported as the data set's first version. */
	void importDataSet(Page admin, int year, String dataSet) {
		admin.navigate("/data?edition=" + year);
		admin.selectOption("#edition", Integer.toString(year));
		admin.selectOption("#dataset", dataSet);
		admin.setInputFiles("#file", dir.resolve(dataSet + ".csv"));
		admin.click("#upload");
		assertThat(admin.locator("#job-imported")).containsText(dataSet + ".csv");
		assertThat(admin.locator("#job-imported")).containsText("versi 1");
	}

	/** No page yet: the measures are computed as the {@code measures} command does. */
	void computeMeasures(int year) {
		assertThat(this.measures.compute(year, DemoUsers.ADMIN)).isNotNull();
	}

	/** /edisi/{year}/skor-meja: the desk scores computed, the leaderboard filled. */
	void computeDeskScores(Page admin, int year) {
		admin.navigate("/edisi/" + year + "/skor-meja");
		admin.click("#desk-compute");
		assertThat(admin.locator("#desk-computed")).isVisible();
		assertThat(admin.locator("#desk-none")).hasCount(0);
		BrowserSession.screenshot(admin, "second-edition-desk-scores");
	}

	/** /edisi/{year}/tahap/{province}: the provincial committee moves its level on to verification. */
	void openVerification(Page committee, int year, String province) {
		committee.navigate("/edisi/" + year + "/tahap/" + province);
		for (int i = 0; i < 4 && !committee.locator("#stage-current").innerText().equals("Verifikasi"); i++) {
			committee.waitForNavigation(() -> committee.click("#stage-advance"));
			// every move is confirmed on a page that lists what is incomplete; nothing blocks here
			assertThat(committee.locator("#stage-blocked")).hasCount(0);
			committee.waitForNavigation(() -> committee.click("#stage-confirm"));
			assertThat(committee.locator("#stage-problems")).hasCount(0);
		}
		assertThat(committee.locator("#stage-current")).hasText("Verifikasi");
	}

	/** The public winners of an edition, as anyone reads them at /publik/{year}. */
	String publicWinners(int year) {
		Page visitor = this.browser.newPage(1280, 900);
		visitor.navigate("/publik/" + year);
		assertThat(visitor.locator(".portal-scope").first()).isVisible();
		String text = visitor.locator("main").innerText();
		visitor.context().close();
		return text;
	}

}
