package id.paritrana.app.dataset;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.DemoUsers;
import id.paritrana.app.edition.Editions;
import id.paritrana.engine.data.DataSet;

/**
 * The national secretariat in a real browser takes a fresh edition from its files to its
 * desk scores: imports every data set in the order the page shows, watches each job
 * import and then measure, and computes the desk scores from the link the job offers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineBrowserTests {

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@Autowired
	Editions editions;

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
	void importsEveryDataSetIntoAFreshEditionThenComputesDeskScores() throws Exception {
		int year = 2025;
		while (this.editions.find(year).isPresent()) {
			year++;
		}
		this.editions.create("admin", year, "Paritrana Award " + year);
		GeneratedData.generate(dir, "--scale", "small", "--seed", "5", "--year", Integer.toString(year - 1));
		Page page = this.browser.newPage(1280, 900);
		BrowserSession.signIn(page, DemoUsers.ADMIN, DemoUsers.PASSWORD);

		page.navigate("/data?edition=" + year);
		assertThat(page.locator("#order-employer-contributions")).containsText("perlu employers");
		for (DataSet set : DataSet.values()) {
			page.navigate("/data?edition=" + year);
			page.selectOption("#dataset", set.baseName());
			page.setInputFiles("#file", dir.resolve(set.baseName() + ".csv"));
			page.click("#upload");
			assertThat(page.locator("#job-imported")).containsText(set.baseName() + ".csv");
			if (set != DataSet.JURY_SCORES) {
				assertThat(page.locator("#job-measured")).containsText("Ukuran dihitung ulang");
			}
		}
		BrowserSession.screenshot(page, "pipeline-01-measured");
		page.navigate("/data?edition=" + year);
		assertThat(page.locator("#measures-current")).isVisible();

		page.navigate("/edisi/" + year + "/skor-meja");
		assertThat(page.locator("#edition-empty")).isVisible();
		page.click("#desk-compute");
		assertThat(page.locator("#desk-computed")).isVisible();
		assertThat(page.locator("#desk-stale")).hasCount(0);
		BrowserSession.screenshot(page, "pipeline-02-desk-scores");
	}

}
