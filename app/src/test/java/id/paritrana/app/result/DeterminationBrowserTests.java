package id.paritrana.app.result;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.DemoUsers;
import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.jury.Assignments;
import id.paritrana.app.jury.Panels;
import id.paritrana.app.security.UserManagement;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The provincial committee of DI Yogyakarta in a real browser: from the stages page of
 * its level (data imported, shortlists made and jury sheets submitted beforehand) it
 * opens the results preview, confirms and determines its level, and sees the snapshot's
 * digest, verified, and the juara 1 of each category.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeterminationBrowserTests {

	static final int YEAR = 2088;

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Stages stages;

	@Autowired
	EditionRubrics rubrics;

	@Autowired
	Editions editions;

	@Autowired
	DatasetImport imports;

	@Autowired
	CandidateMeasures measures;

	@Autowired
	DeskScores deskScores;

	@Autowired
	Shortlists shortlists;

	@Autowired
	UserManagement userManagement;

	@Autowired
	Panels panels;

	@Autowired
	Assignments assignments;

	ResultFixture.Interviews interviews() {
		return new ResultFixture.Interviews(this.userManagement, this.panels, this.assignments, this.shortlists);
	}

	@Autowired
	Results results;

	BrowserSession browser;

	@BeforeAll
	void interviewedAndStartBrowser() {
		ResultFixture.forget(this.jdbc, YEAR);
		ResultFixture fixture = new ResultFixture(YEAR, dir, this.jdbc, this.users, this.stages, this.rubrics);
		fixture.importAndScore("2088", this.editions, this.imports, this.measures, this.deskScores);
		fixture.advanceTo("34", Stage.SELEKSI);
		fixture.shortlistAssignAndScore(this.interviews(), Level.PROVINSI, "34");
		fixture.advanceTo("34", Stage.PENETAPAN);
		this.browser = new BrowserSession(this.port);
	}

	@AfterAll
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void theProvincialCommitteeDeterminesItsLevel() {
		Page page = this.browser.newPage(1280, 1000);
		List<String> errors = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.type().equals("error")) {
				errors.add(message.text());
			}
		});
		BrowserSession.signIn(page, DemoUsers.PANITIA_34, DemoUsers.PASSWORD);
		page.navigate("/edisi/" + YEAR + "/tahap/34");
		assertThat(page.locator("#stage-close-form")).hasCount(0);
		page.click("#stage-results");
		assertThat(page.locator("#result-preview")).isVisible();
		assertThat(page.locator("#result-PEMKAB_PEMKOT .juara-1")).not().hasCount(0);
		assertThat(page.locator("#result-PEMKAB_PEMKOT tbody tr").first()).containsText("34.");
		BrowserSession.screenshot(page, "determination-01-preview");

		// the browser refuses the determination until the confirmation is ticked
		page.click("#result-determine");
		assertThat(page.locator("#result-preview")).isVisible();
		page.check("#result-confirm");
		page.click("#result-determine");
		assertThat(page.locator("#result-sha256")).hasText(Pattern.compile("^[0-9a-f]{64}$"));

		Snapshot snapshot = this.results.current(YEAR, "34").orElseThrow();
		assertThat(snapshot.determinedBy()).isEqualTo(DemoUsers.PANITIA_34);
		assertThat(page.locator("#result-sha256")).hasText(snapshot.sha256());
		assertThat(page.locator("#result-sha256")).hasText(Pattern.compile("^[0-9a-f]{64}$"));
		assertThat(page.locator("#result-verified")).hasClass(Pattern.compile("text-bg-success"));
		assertThat(page.locator("#result-revise-form")).hasCount(0);
		List<Winner> juara1 = this.results.winners(YEAR)
			.stream()
			.filter(w -> w.scope().equals("34") && w.place() == 1)
			.toList();
		assertThat(juara1).extracting(Winner::category).contains(Category.PEMKAB_PEMKOT, Category.UKM);
		for (Winner winner : juara1) {
			assertThat(page.locator("#result-" + winner.category() + " tr.table-warning")
				.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(winner.candidateCode())))
				.hasCount(1);
		}
		assertThat(page.locator("#result-revision-1")).isVisible();
		BrowserSession.screenshot(page, "determination-02-snapshot");

		page.navigate("/edisi/" + YEAR + "/tahap/34");
		assertThat(page.locator("#stage-determined")).isVisible();
		assertThat(page.locator("#stage-current")).containsText("Penganugerahan");
		BrowserSession.screenshot(page, "determination-03-stages");
		assertThat(errors).as("console errors (e.g. the Content-Security-Policy)").isEmpty();
	}

}
