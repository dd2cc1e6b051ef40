package id.paritrana.app.jury;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.DemoUsers;
import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.UserManagement;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * DI Yogyakarta's committee in a real browser: makes the shortlist of its
 * regencies/cities, assigns its Tim Penilai automatically and moves one juror by hand;
 * the juror affiliated with Kota Yogyakarta is never offered for Kota Yogyakarta. A juror
 * then declares a conflict on their own page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PanelsBrowserTests {

	static final int YEAR = 2084;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	Stages stages;

	@Autowired
	DatasetImport imports;

	@Autowired
	Shortlists shortlists;

	@Autowired
	Panels panels;

	@Autowired
	UserManagement users;

	BrowserSession browser;

	@BeforeAll
	void levelAndBrowser() {
		PanelFixture.build(this.jdbc, this.editions, this.imports, this.stages, this.shortlists, this.panels,
				this.users, YEAR);
		// the committee makes the shortlist itself
		this.jdbc.sql("DELETE FROM nominee WHERE edition_year = :y").param("y", YEAR).update();
		this.browser = new BrowserSession(this.port);
	}

	@AfterAll
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void theCommitteeMakesItsShortlistAndAssignsItsJurors() {
		Page page = this.browser.newPage(1280, 900);
		List<String> errors = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.type().equals("error")) {
				errors.add(message.text());
			}
		});
		BrowserSession.signIn(page, DemoUsers.PANITIA_34, DemoUsers.PASSWORD);
		page.navigate("/edisi/" + YEAR + "/seleksi/34?kategori=PEMKAB_PEMKOT");
		assertThat(page.locator("#shortlist-nominees tbody tr")).hasCount(1);
		assertThat(page.locator("#shortlist-settings")).containsText("10");
		BrowserSession.screenshot(page, "panels-01-shortlist-empty");
		page.click("#shortlist-make");
		assertThat(page.locator("#shortlist-made")).isVisible();
		assertThat(page.locator("#shortlist-nominees tbody tr")).hasCount(PanelFixture.GOVERNMENTS.size());
		assertThat(page.locator("[id='board-34.71'] .badge")).isVisible();
		BrowserSession.screenshot(page, "panels-02-shortlist-made");

		page.click("#tab-assignments");
		assertThat(page.locator("#kategori")).hasValue("PEMKAB_PEMKOT");
		page.click("#assign-auto");
		assertThat(page.locator("#assignment-done")).isVisible();
		for (String code : PanelFixture.GOVERNMENTS) {
			assertThat(page.locator("[id='assign-" + code + "'] .juror")).hasCount(3);
		}
		assertThat(page.locator("#assignment-conflicts")).containsText("t.juri1");
		BrowserSession.screenshot(page, "panels-03-assigned");

		// the juror affiliated with Kota Yogyakarta is neither assigned to it nor offered
		// for it
		Locator row = page.locator("[id='assign-34.71']");
		assertThat(row.locator(".juror")).not().containsText(new String[] { "t.juri1" });
		List<String> offered = row.locator("select option").allTextContents();
		assertThat(offered).isNotEmpty().noneMatch(o -> o.contains("t.juri1"));

		// one juror off by hand, another on
		String off = row.locator(".juror").first().textContent().strip();
		page.click("[id='unassign-34.71-" + off + "']");
		assertThat(page.locator("[id='assign-34.71'] .juror")).hasCount(2);
		Locator picker = page.locator("[id='picker-34.71']");
		List<String> choices = picker.locator("option").allTextContents();
		assertThat(choices).noneMatch(o -> o.contains("t.juri1"));
		String chosen = choices.stream()
			.filter(c -> !c.contains("(" + off + ")"))
			.map(c -> c.substring(c.lastIndexOf('(') + 1, c.length() - 1))
			.findFirst()
			.orElseThrow();
		picker.selectOption(chosen);
		page.click("[id='assign-add-34.71']");
		assertThat(page.locator("[id='assign-34.71'] .juror")).hasCount(3);
		assertThat(page.locator("[id='assign-34.71']")).containsText(chosen);
		BrowserSession.screenshot(page, "panels-04-reassigned");

		page.click("#tab-schedule");
		page.fill("#slot-date", YEAR + "-08-05");
		page.fill("#slot-start", "09:00");
		page.fill("#slot-end", "10:00");
		page.fill("#slot-place", "Ruang Rapat Sekda");
		page.click("#slot-save");
		assertThat(page.locator(".schedule-table tbody tr")).hasCount(1);
		BrowserSession.screenshot(page, "panels-05-schedule");
		assertThat(errors).as("console errors (e.g. the Content-Security-Policy)").isEmpty();
	}

	@Test
	void aJurorDeclaresAConflictOnTheirOwnPage() {
		if (this.shortlists.nominees(YEAR, Level.PROVINSI, Category.BU_BESAR, "34").isEmpty()) {
			this.shortlists.makeAs("test", YEAR, Category.BU_BESAR, "34");
		}
		Page page = this.browser.newPage(1280, 900);
		BrowserSession.signIn(page, "t.juri4", PanelFixture.PASSWORD);
		page.navigate("/edisi/" + YEAR + "/penilaian-saya");
		Locator nominee = page.locator("#juror-nominees tbody tr").first();
		String id = nominee.getAttribute("id").substring("juror-nominee-".length());
		page.fill("[id='conflict-reason-" + id + "']", "Pernah menjadi konsultan kandidat ini");
		page.click("[id='conflict-declare-" + id + "']");
		assertThat(page.locator("[id='juror-nominee-" + id + "'] .badge")).isVisible();
		BrowserSession.screenshot(page, "panels-06-juror-conflict");
	}

}
