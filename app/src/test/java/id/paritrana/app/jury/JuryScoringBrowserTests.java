package id.paritrana.app.jury;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.DemoUsers;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * A juror (the demo PENILAI) in a real browser: opens an assigned nominee from their
 * list, saves a draft, submits, never sees another juror's scores, is refused another
 * juror's sheet, and is told when a second window's form is stale. Screenshots under
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JuryScoringBrowserTests {

	static final int YEAR = 2963;

	static final String OTHER = "j2963.lain";

	static final String SECRET = "RAHASIA-JURI-LAIN";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JuryScoring scoring;

	BrowserSession browser;

	JuryFixture fixture;

	@BeforeAll
	void team() {
		this.fixture = new JuryFixture(YEAR, this.context);
		JuryFixture fixture = this.fixture;
		fixture.juror(OTHER);
		fixture.member(OTHER, "KETUA", null);
		fixture.member(DemoUsers.PENILAI, "ANGGOTA", null);
		// 34.71 and 34.02 are scored in the browser; 34.03, scored by both jurors, is on
		// the committee's panel
		for (String code : List.of("34.71", "34.02", "34.03")) {
			fixture.nominee("PEMKAB_PEMKOT", code);
			fixture.assign("PEMKAB_PEMKOT", code, OTHER);
			fixture.assign("PEMKAB_PEMKOT", code, DemoUsers.PENILAI);
		}
		fixture.interviewRuns();
		Map<String, JuryScoring.Input> other = new LinkedHashMap<>();
		for (String criterion : JuryScoringIntegrationTests.CRITERIA) {
			other.put(criterion, new JuryScoring.Input("93", SECRET));
		}
		this.scoring.save(fixture.juror(OTHER), YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, "34.71", 0, other, true);
		Map<String, JuryScoring.Input> agreed = new LinkedHashMap<>();
		for (String criterion : JuryScoringIntegrationTests.CRITERIA) {
			agreed.put(criterion, new JuryScoring.Input("93", "Sesuai"));
		}
		for (String juror : List.of(OTHER, DemoUsers.PENILAI)) {
			this.scoring.save(fixture.juror(juror), YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, "34.03", 0, agreed,
					true);
		}
		this.browser = new BrowserSession(this.port);
	}

	@AfterAll
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void aJurorScoresANomineeAndNeverSeesAnotherJurorsScores() {
		Page page = this.browser.newPage(1280, 900);
		List<String> errors = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.type().equals("error") && !message.text().contains("403")) {
				errors.add(message.text());
			}
		});
		BrowserSession.signIn(page, DemoUsers.PENILAI, DemoUsers.PASSWORD);
		page.click("#nav-jury");
		assertThat(page.locator("[id='nominee-" + YEAR + "-PROVINSI-34.71']")).containsText(Integer.toString(YEAR));
		BrowserSession.screenshot(page, "jury-01-my-nominees");

		page.locator("[id='nominee-" + YEAR + "-PROVINSI-34.71'] a.jury-open").click();
		assertThat(page.locator("#sheet-name")).hasText("34.71");
		assertThat(page.locator("#sheet-lines tbody tr")).hasCount(5);
		page.fill("#score-komitmen", "81");
		page.fill("#comment-komitmen", "Komitmen jelas dalam RPJMD");
		page.click("#sheet-draft");
		assertThat(page.locator("#sheet-saved")).isVisible();
		assertThat(page.locator("#score-komitmen")).hasValue("81");
		assertThat(page.locator("#sheet-status")).hasText("Draf");
		BrowserSession.screenshot(page, "jury-02-draft-saved");

		// the browser holds back a score outside 0–100; the server's own messages are
		// tested without one
		page.fill("#score-kebijakan", "120");
		page.click("#sheet-submit");
		assertThat(page.locator("#score-kebijakan:invalid")).hasCount(1);
		assertThat(page.locator("#sheet-status")).hasText("Draf");
		BrowserSession.screenshot(page, "jury-03-invalid");
		// without a browser check (an old browser, a script) the server refuses with a
		// message by the field
		page.evalOnSelector("#sheet-form", "form => form.noValidate = true");
		page.click("#sheet-submit");
		assertThat(page.locator("#sheet-problems")).containsText("di luar rentang");
		assertThat(page.locator("#score-kebijakan")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
		BrowserSession.screenshot(page, "jury-03b-invalid-server");

		int[] scores = { 81, 75, 70, 68, 90 };
		for (int c = 0; c < scores.length; c++) {
			page.fill("#score-" + JuryScoringIntegrationTests.CRITERIA.get(c), Integer.toString(scores[c]));
		}
		page.click("#sheet-submit");
		assertThat(page.locator("#sheet-status")).hasText("Terkirim");
		assertThat(page.locator("#score-penyajian")).isDisabled();
		assertThat(page.locator("#sheet-submit")).hasCount(0);
		String content = page.content();
		assertThat(content).doesNotContain(SECRET).doesNotContain(OTHER).doesNotContain("\"93\"");
		BrowserSession.screenshot(page, "jury-04-submitted");

		Response refused = page.navigate("/penilaian/" + YEAR + "/PROVINSI/PEMKAB_PEMKOT/34.71/juri/" + OTHER);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(page.content()).doesNotContain(SECRET);
		BrowserSession.screenshot(page, "jury-05-other-juror-refused");
		Response api = page.navigate("/api/v1/editions/" + YEAR + "/jury/PROVINSI/PEMKAB_PEMKOT/34.71/sheets/" + OTHER);
		assertThat(api.status()).isEqualTo(403);
		assertThat(errors).as("console errors (e.g. the Content-Security-Policy)").isEmpty();
	}

	@Test
	void aSecondWindowWithAStaleFormIsToldToReload() {
		Page first = this.browser.newPage(1280, 900);
		BrowserSession.signIn(first, DemoUsers.PENILAI, DemoUsers.PASSWORD);
		Page second = first.context().newPage();
		String sheet = "/penilaian/" + YEAR + "/PROVINSI/PEMKAB_PEMKOT/34.02";
		first.navigate(sheet);
		second.navigate(sheet);
		first.fill("#score-komitmen", "60");
		first.click("#sheet-draft");
		assertThat(first.locator("#sheet-saved")).isVisible();
		second.fill("#score-komitmen", "95");
		second.click("#sheet-draft");
		assertThat(second.locator("#sheet-problems")).containsText("diubah di jendela atau perangkat lain");
		assertThat(second.locator("#score-komitmen")).hasValue("95");
		BrowserSession.screenshot(second, "jury-06-stale-window");
		second.navigate(sheet);
		assertThat(second.locator("#score-komitmen")).hasValue("60");
	}

	@Test
	void theCommitteeSeesProgressThenTheScoresOnceTheInterviewsAreDone() {
		Page page = this.browser.newPage(1280, 900);
		List<String> errors = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.type().equals("error")) {
				errors.add(message.text());
			}
		});
		BrowserSession.signIn(page, DemoUsers.PANITIA_34, DemoUsers.PASSWORD);
		page.navigate("/edisi/" + YEAR + "/panel/34");
		assertThat(page.locator("#panel-secret")).isVisible();
		assertThat(page.locator("#panel-34\\.03")).containsText("2 / 2");
		assertThat(page.locator("#panel-chart")).hasCount(0);
		BrowserSession.screenshot(page, "jury-07-panel-progress");
		this.fixture.interviewEnds();
		try {
			page.reload();
			assertThat(page.locator("#panel-secret")).hasCount(0);
			assertThat(page.locator("#panel-34\\.03")).containsText("93,00");
			assertThat(page.locator("#panel-chart[data-rendered=true] svg")).isVisible();
			BrowserSession.screenshot(page, "jury-08-panel-scores");
		}
		finally {
			this.fixture.interviewAgain();
		}
		assertThat(errors).as("console errors (e.g. the Content-Security-Policy)").isEmpty();
	}

}
