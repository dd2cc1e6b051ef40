package id.paritrana.app.edition;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.DemoUsers;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Shortlist;

/**
 * The national secretariat in a real browser: creates an edition with its shortlist
 * settings, edits a rubric (a weight that breaks the total of 100 is refused with the new
 * total and a clear message while typing, and on saving), then starts the national
 * level's first stages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditionBrowserTests {

	/**
	 * BU_BESAR: tertib_daftar (15, linear 80 → 100) and tertib_iuran (15) of aspect
	 * kepatuhan.
	 */
	static final String DAFTAR = "#f-aspects-0--indicators-0--";

	static final String IURAN = "#f-aspects-0--indicators-2--";

	@LocalServerPort
	int port;

	@Autowired
	Editions editions;

	@Autowired
	EditionRubrics rubrics;

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
	void createsAnEditionAndEditsARubricWhoseWeightsMustAddUpTo100() {
		Page page = this.browser.newPage(1280, 900);
		BrowserSession.signIn(page, DemoUsers.ADMIN, DemoUsers.PASSWORD);
		int year = 2060;
		while (this.editions.find(year).isPresent()) {
			year++;
		}
		page.navigate("/admin/edisi");
		page.fill("#awardYear", Integer.toString(year));
		page.fill("#shortlistTop", "8");
		page.fill("#minDeskScore", "55");
		page.click("#edition-form summary");
		page.fill("#start_SOSIALISASI", year + "-01-06");
		page.fill("#end_SOSIALISASI", year + "-01-31");
		BrowserSession.screenshot(page, "edition-01-create");
		page.click("#edition-create");
		assertThat(page.locator("#edition-created")).containsText(Integer.toString(year));
		assertThat(page.locator("#editions")).containsText("1 Jan " + (year - 1) + " – 31 Des " + (year - 1));
		page.click("#edition-open-created");
		assertThat(page.locator("#edition-rubrics")).containsText("Badan Usaha Skala Besar");
		BrowserSession.screenshot(page, "edition-02-edition");

		page.click("#rubric-edit-BU_BESAR");
		assertThat(page.locator("#rubric-total")).hasText("100");
		BrowserSession.htmxReady(page);
		assertThat(page.locator("#f-shortlist-top")).hasValue("8");
		page.fill(DAFTAR + "weight", "10");
		assertThat(page.locator("#rubric-total")).hasText("95");
		assertThat(page.locator("#aspect-total-0")).hasText("45");
		assertThat(page.locator("#rubric-problems")).hasText("Total bobot indikator 95, seharusnya 100.");
		page.fill(DAFTAR + "rule-to", "80");
		assertThat(page.locator("#problems-f-aspects-0--indicators-0--rule-to"))
			.containsText("harus berbeda dari nilai awal (80)");
		BrowserSession.screenshot(page, "edition-03-rubric-invalid");
		page.click("#rubric-save");
		assertThat(page.locator("#rubric-problems")).containsText("Total bobot indikator 95, seharusnya 100.");
		assertThat(this.rubrics.version(year, Category.BU_BESAR)).isEqualTo(1);

		page.fill(DAFTAR + "rule-to", "100");
		page.fill(IURAN + "weight", "20");
		assertThat(page.locator("#rubric-total")).hasText("100");
		assertThat(page.locator("#rubric-valid")).isVisible();
		page.click("#rubric-save");
		assertThat(page.locator("#rubric-saved")).containsText("versi 2");
		assertThat(page.locator(DAFTAR + "weight")).hasValue("10");
		BrowserSession.screenshot(page, "edition-04-rubric-saved");
		assertThat(this.rubrics.rubric(year, Category.BU_BESAR).indicators().get(2).weight()).isEqualTo(20);
		assertThat(this.rubrics.rubric(year, Category.BU_BESAR).shortlist()).isEqualTo(new Shortlist(8, 55));

		page.click("#rubric-back");
		page.click("#level-open-ID");
		assertThat(page.locator("#stage-SOSIALISASI input[name=plannedStart]")).hasValue(year + "-01-06");
		page.click("#stage-advance");
		assertThat(page.locator("#stage-complete")).isVisible();
		page.click("#stage-confirm");
		page.click("#stage-advance");
		assertThat(page.locator("#stage-starting")).containsText("Pendataan");
		page.click("#stage-confirm");
		assertThat(page.locator("#stage-current")).hasText("Pendataan");
		assertThat(page.locator("#stage-SOSIALISASI")).containsText("Selesai");
		BrowserSession.screenshot(page, "edition-05-stages");
	}

}
