package id.paritrana.app.dataset;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.DemoUsers;
import id.paritrana.app.demo.DemoPdf;
import id.paritrana.app.demo.DemoSeeding;
import id.paritrana.app.edition.Editions;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * A whole second edition run beside a determined and published one, entirely in the
 * browser: the national secretariat creates it, imports the nine data sets (each import
 * recomputes the measures) and scores it; DI Yogyakarta's committee, found through the
 * edition picker, opens verification, where an operator's regulation is accepted; it
 * makes the shortlists, forms its team, assigns the jurors, who score every sheet; it
 * determines the level, which publishes the winners, and issues the certificates. The
 * first edition's published winners stay exactly as they were throughout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondEditionBrowserTests {

	/**
	 * The nine data sets of an edition (the jury scores come from the panels), in import
	 * order.
	 */
	static final List<String> DATA_SETS = List.of("region-coverage", "minimum-wages", "nonasn", "vulnerable-protection",
			"village-protection", "regulations", "employers", "employer-contributions", "employer-vulnerable");

	static final String PROVINCE = "34";

	/**
	 * DI Yogyakarta's team: username, role, affiliated regency (the third works for Kota
	 * Yogyakarta).
	 */
	static final List<List<String>> TEAM = List.of(List.of("penilai.diy1", "KETUA", ""),
			List.of("penilai.diy2", "SEKRETARIS", ""), List.of("penilai.diy3", "ANGGOTA", "34.71"),
			List.of("penilai.diy4", "ANGGOTA", ""), List.of("penilai.diy5", "ANGGOTA", ""));

	static final String REGULATION = "Perda Kota Yogyakarta tentang Perlindungan Pekerja Rentan";

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Editions editions;

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
		// the demo edition: DI Yogyakarta at its interviews, Gorontalo determined and
		// published
		DemoSeeding.seed(this.context, this.first);
		this.browser = new BrowserSession(this.port);
	}

	@AfterAll
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void aSecondEditionRunsFromCreationToCertificatesBesideTheFirstWhoseWinnersStayPublished() throws IOException {
		String winnersBefore = publicWinners(this.first);
		assertThat(winnersBefore).contains("Gorontalo");

		Page admin = this.browser.newPage(1280, 900);
		BrowserSession.signIn(admin, DemoUsers.ADMIN, DemoUsers.PASSWORD);
		createEdition(admin, this.second);
		GeneratedData.generate(dir, "--scale", "small", "--seed", "7", "--year", Integer.toString(this.second - 1));
		for (String dataSet : DATA_SETS) {
			importDataSet(admin, this.second, dataSet);
		}
		computeDeskScores(admin, this.second);

		Page committee = this.browser.newPage(1280, 900);
		BrowserSession.signIn(committee, DemoUsers.PANITIA_34, DemoUsers.PASSWORD);
		chooseEdition(committee, this.second);
		advanceTo(committee, this.second, "Verifikasi");
		uploadAndAcceptRegulation(this.second, "34.71");
		advanceTo(committee, this.second, "Seleksi");
		List<Category> interviewed = makeShortlists(committee, this.second);
		formTeam(committee, this.second);
		for (Category category : interviewed) {
			assignJurors(committee, this.second, category);
		}
		advanceTo(committee, this.second, "Wawancara");
		int sheets = 0;
		for (List<String> juror : TEAM) {
			sheets += scoreEverySheet(juror.get(0), this.second);
		}
		assertThat(sheets).as("sheets submitted").isGreaterThanOrEqualTo(3 * interviewed.size());
		advanceTo(committee, this.second, "Penetapan");
		determine(committee, this.second);
		issueCertificates(committee, this.second);

		String published = publicWinners(this.second);
		assertThat(published).contains("Daerah Istimewa Yogyakarta", "Juara 1");
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

	/**
	 * /data: one generated file uploaded and imported; the measures are computed after
	 * it.
	 */
	void importDataSet(Page admin, int year, String dataSet) {
		admin.navigate("/data?edition=" + year);
		admin.selectOption("#edition", Integer.toString(year));
		admin.selectOption("#dataset", dataSet);
		admin.setInputFiles("#file", dir.resolve(dataSet + ".csv"));
		admin.click("#upload");
		assertThat(admin.locator("#job-imported")).containsText(dataSet + ".csv");
		assertThat(admin.locator("#job-imported")).containsText("versi 1");
		assertThat(admin.locator("#job-measured")).containsText("Ukuran dihitung ulang");
	}

	/** /edisi/{year}/skor-meja: the desk scores computed, the leaderboard filled. */
	void computeDeskScores(Page admin, int year) {
		admin.navigate("/edisi/" + year + "/skor-meja");
		admin.click("#desk-compute");
		assertThat(admin.locator("#desk-computed")).isVisible();
		assertThat(admin.locator("#desk-stale")).hasCount(0);
		BrowserSession.screenshot(admin, "second-edition-01-desk-scores");
	}

	/**
	 * The picker on the committee's stage page of the first edition reopens the same page
	 * in the second, which the short path remembers from then on.
	 */
	void chooseEdition(Page committee, int year) {
		committee.navigate("/edisi/" + this.first + "/tahap/" + PROVINCE);
		assertThat(committee.locator("#edition-picker-year")).hasValue(Integer.toString(this.first));
		committee.selectOption("#edition-picker-year", Integer.toString(year));
		assertThat(committee).hasURL(Pattern.compile("/edisi/" + year + "/tahap/" + PROVINCE + "$"));
		committee.navigate("/tahap");
		assertThat(committee).hasURL(Pattern.compile("/edisi/" + year + "/tahap/" + PROVINCE + "$"));
		assertThat(committee.locator("#edition-picker-year")).hasValue(Integer.toString(year));
	}

	/**
	 * /edisi/{year}/tahap/34: the committee moves its level on until the stage named is
	 * running; every move is confirmed on a page listing what is incomplete, and nothing
	 * blocks here.
	 */
	void advanceTo(Page committee, int year, String stage) {
		committee.navigate("/edisi/" + year + "/tahap/" + PROVINCE);
		for (int i = 0; i < 6 && !committee.locator("#stage-current").innerText().equals(stage); i++) {
			committee.click("#stage-advance");
			assertThat(committee.locator("#stage-confirm-form")).isVisible();
			assertThat(committee.locator("#stage-blocked")).hasCount(0);
			committee.click("#stage-confirm");
			assertThat(committee.locator("#stage-current")).isVisible();
			assertThat(committee.locator("#stage-problems")).hasCount(0);
		}
		assertThat(committee.locator("#stage-current")).hasText(stage);
	}

	/**
	 * An operator uploads a regulation for their regency; DI Yogyakarta's verifier
	 * accepts it.
	 */
	void uploadAndAcceptRegulation(int year, String code) throws IOException {
		Path pdf = dir.resolve("perda.pdf");
		Files.write(pdf, DemoPdf.of(REGULATION, "Nomor 3 Tahun " + (year - 2)));
		Page operator = this.browser.newPage(1280, 900);
		BrowserSession.signIn(operator, DemoUsers.OPERATOR_PEMDA, DemoUsers.PASSWORD);
		operator.navigate("/edisi/" + year + "/kandidat/" + code);
		assertThat(operator.locator("#candidate-stage")).hasText("Verifikasi");
		operator.selectOption("#kind", "REGULASI");
		operator.fill("#title", REGULATION);
		operator.selectOption("#regulationType", "PERDA");
		operator.fill("#number", "3");
		operator.fill("#year", Integer.toString(year - 2));
		operator.setInputFiles("#file", pdf);
		operator.click("#evidence-submit");
		assertThat(operator.locator("#evidence-uploaded")).isVisible();

		Page verifier = this.browser.newPage(1280, 900);
		BrowserSession.signIn(verifier, DemoUsers.VERIFIKATOR_34, DemoUsers.PASSWORD);
		verifier.navigate("/edisi/" + year + "/verifikasi");
		verifier.locator("#queue a.queue-item", new Page.LocatorOptions().setHasText(REGULATION)).click();
		verifier.click("#verify-accept");
		assertThat(verifier.locator("#item-status")).hasText("Diterima");
		// the shortlists that follow read the scores the acceptance recomputes
		assertThat(verifier.locator("#recompute-finished"))
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
		BrowserSession.screenshot(verifier, "second-edition-02-evidence-accepted");

		operator.reload();
		assertThat(operator.locator("#evidence tbody tr", new Page.LocatorOptions().setHasText(REGULATION))
			.locator(".evidence-status")).hasText("Diterima");
		operator.context().close();
		verifier.context().close();
	}

	/**
	 * /edisi/{year}/seleksi/34: a shortlist for every category assessed at the province;
	 * the categories with an interview are returned.
	 */
	List<Category> makeShortlists(Page committee, int year) {
		List<Category> interviewed = new java.util.ArrayList<>();
		for (Category category : Category.values()) {
			if (!category.assessedAt(Level.PROVINSI)) {
				continue;
			}
			committee.navigate("/edisi/" + year + "/seleksi/" + PROVINCE + "?kategori=" + category);
			committee.click("#shortlist-make");
			assertThat(committee.locator("#shortlist-made")).isVisible();
			assertThat(committee.locator("#shortlist-nominees tbody tr").first()).isVisible();
			if (committee.locator("#shortlist-desk-only").count() == 0) {
				interviewed.add(category);
			}
		}
		BrowserSession.screenshot(committee, "second-edition-03-shortlist");
		assertThat(interviewed).contains(Category.PEMKAB_PEMKOT);
		return interviewed;
	}

	/**
	 * /edisi/{year}/tim/34: the provincial team of five, one of them affiliated with Kota
	 * Yogyakarta.
	 */
	void formTeam(Page committee, int year) {
		committee.navigate("/edisi/" + year + "/tim/" + PROVINCE);
		for (List<String> juror : TEAM) {
			committee.selectOption("#member-username", juror.get(0));
			committee.selectOption("#member-role", juror.get(1));
			committee.fill("#member-agency", "Tim Penilai DIY");
			committee.fill("#member-region", juror.get(2));
			committee.click("#member-save");
			assertThat(committee.locator("[id='member-" + juror.get(0) + "']")).isVisible();
		}
		assertThat(committee.locator("#panel-no-chair")).hasCount(0);
		BrowserSession.screenshot(committee, "second-edition-04-team");
	}

	/**
	 * /edisi/{year}/penugasan/34: jurors assigned automatically, never the conflicted one
	 * to Kota Yogyakarta.
	 */
	void assignJurors(Page committee, int year, Category category) {
		committee.navigate("/edisi/" + year + "/penugasan/" + PROVINCE + "?kategori=" + category);
		committee.click("#assign-auto");
		assertThat(committee.locator("#assignment-done")).isVisible();
		Locator rows = committee.locator("#assignments tbody tr");
		assertThat(rows.first()).isVisible();
		for (int r = 0; r < rows.count(); r++) {
			assertThat(rows.nth(r).locator(".juror").count()).as(category + " row " + r).isGreaterThanOrEqualTo(3);
		}
		if (category == Category.PEMKAB_PEMKOT) {
			assertThat(committee.locator("[id='assign-34.71'] .juror")).not()
				.containsText(new String[] { "penilai.diy3" });
		}
	}

	/**
	 * /penilaian: a juror opens each of their nominees of the edition and submits a
	 * sheet; the scores differ by juror and nominee. Returns the number of sheets
	 * submitted.
	 */
	int scoreEverySheet(String juror, int year) {
		Page page = this.browser.newPage(1280, 900);
		BrowserSession.signIn(page, juror, DemoUsers.PASSWORD);
		page.navigate("/penilaian");
		List<String> sheets = page.locator("#jury-nominees tbody tr[id^='nominee-" + year + "-'] a.jury-open")
			.all()
			.stream()
			.map(a -> a.getAttribute("href"))
			.toList();
		for (int s = 0; s < sheets.size(); s++) {
			page.navigate(sheets.get(s));
			Locator scores = page.locator("#sheet-lines input[id^='score-']");
			for (int c = 0; c < scores.count(); c++) {
				scores.nth(c).fill(Integer.toString(50 + (juror.hashCode() & 7) * 3 + (s * 4) % 19 + c * 2));
			}
			page.click("#sheet-submit");
			assertThat(page.locator("#sheet-status")).hasText("Terkirim");
		}
		if (juror.equals("penilai.diy3")) {
			assertThat(sheets).noneMatch(href -> href.endsWith("/34.71"));
		}
		page.context().close();
		return sheets.size();
	}

	/**
	 * /edisi/{year}/hasil/34: the preview confirmed and determined; the level moves on to
	 * the ceremony.
	 */
	void determine(Page committee, int year) {
		committee.navigate("/edisi/" + year + "/tahap/" + PROVINCE);
		committee.click("#stage-results");
		assertThat(committee.locator("#result-preview")).isVisible();
		assertThat(committee.locator("#result-PEMKAB_PEMKOT .juara-1")).not().hasCount(0);
		committee.check("#result-confirm");
		committee.click("#result-determine");
		assertThat(committee.locator("#result-sha256")).hasText(Pattern.compile("^[0-9a-f]{64}$"));
		assertThat(committee.locator("#result-verified")).hasClass(Pattern.compile("text-bg-success"));
		BrowserSession.screenshot(committee, "second-edition-05-determined");
		committee.navigate("/edisi/" + year + "/tahap/" + PROVINCE);
		assertThat(committee.locator("#stage-current")).hasText("Penganugerahan");
	}

	/**
	 * /edisi/{year}/piagam/34: a certificate for every winner, each verifiable by its
	 * code.
	 */
	void issueCertificates(Page committee, int year) {
		committee.navigate("/edisi/" + year + "/piagam/" + PROVINCE);
		committee.click("#certificates-issue");
		Locator rows = committee.locator("#certificates tbody tr");
		assertThat(rows.first()).isVisible();
		BrowserSession.screenshot(committee, "second-edition-06-certificates");
		String verify = committee.locator("#certificates a[href*='/verifikasi/']").first().getAttribute("href");
		Page visitor = this.browser.newPage(1280, 900);
		visitor.navigate(verify);
		assertThat(visitor.locator("main")).containsText(String.valueOf(year));
		visitor.context().close();
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
