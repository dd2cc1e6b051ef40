package id.paritrana.app.evidence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.dataset.DatasetVersions;
import id.paritrana.app.demo.DemoPdf;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.UserManagement;
import id.paritrana.app.system.Outbox;

/**
 * Work done many at a time, in a real browser on a phone: the verifier of DI Yogyakarta
 * rejects two of three waiting documents with one reason from the queue; the national
 * administrator imports a file of accounts with a bad row (nothing is created, the row's
 * problem is shown by line and column), then the corrected file (the accounts exist and
 * are invited). No page scrolls sideways at 390 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkWorkBrowserTests {

	static final int EDITION = 2043;

	static final String OVERFLOW = "() => document.documentElement.scrollWidth > window.innerWidth";

	static final String HEADER = "username,display_name,role,province_code,government_code,employer_npp,email,"
			+ "language\n";

	/** Usernames of this run, so that a database that persists still differs. */
	static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	DatasetVersions versions;

	@Autowired
	DatasetImport imports;

	@Autowired
	Stages stages;

	@Autowired
	UserDetailsService users;

	@Autowired
	EvidenceRecords evidence;

	@Autowired
	UserManagement management;

	@Autowired
	Outbox outbox;

	BrowserSession browser;

	@BeforeAll
	void editionAndBrowser() {
		EvidenceTestData.generate(dir, EDITION, "43");
		EvidenceTestData.importInto(dir, EDITION, this.editions, this.versions, this.imports);
		EvidenceTestData.openLevels(EDITION, this.stages, this.users, "34", Stages.NATIONAL);
		EvidenceTestData.forgetEvidence(this.jdbc, EDITION);
		this.browser = new BrowserSession(this.port);
	}

	@AfterAll
	void closeBrowser() {
		this.browser.close();
	}

	EvidenceItem apbd(String title) {
		return this.evidence.uploadAs(DemoUsers.OPERATOR_PEMDA, EDITION, "34.71",
				new EvidenceForm("APBD", "", "", "", title, "", "2023", "250000000"), "apbd.pdf",
				DemoPdf.of(title, "x"));
	}

	Page phone(String username, List<String> errors) {
		Page page = this.browser.newPage(390, 844);
		page.onConsoleMessage(m -> {
			if (m.type().equals("error")) {
				errors.add(m.text());
			}
		});
		BrowserSession.signIn(page, username, DemoUsers.PASSWORD);
		return page;
	}

	@Test
	void aVerifierRejectsTwoOfThreeDocumentsWithOneReason() {
		EvidenceItem first = apbd("Anggaran perlindungan pekerja rentan 2023");
		EvidenceItem second = apbd("Anggaran perlindungan pekerja rentan 2023 (revisi)");
		EvidenceItem kept = apbd("Anggaran desa 100 pekerja rentan");
		String reason = "Lampiran rincian anggaran tidak disertakan";
		List<String> errors = new ArrayList<>();

		Page verifier = phone(DemoUsers.VERIFIKATOR_34, errors);
		verifier.navigate("/edisi/" + EDITION + "/verifikasi");
		assertThat(verifier.locator("#bulk-form")).isVisible();
		assertThat(verifier.locator("#edition-empty")).not().isAttached();
		assertThat(verifier.locator(".queue-select")).hasCount(3);
		// choose all, then leave one out
		verifier.check("#bulk-all");
		assertThat(verifier.locator("#select-" + kept.id())).isChecked();
		verifier.uncheck("#select-" + kept.id());
		assertThat(verifier.locator("#bulk-all")).not().isChecked();
		verifier.fill("#bulk-reason", reason);
		assertThat((Boolean) verifier.evaluate(OVERFLOW)).as("the queue fits a phone").isFalse();
		BrowserSession.screenshot(verifier, "bulk-01-queue-chosen");
		verifier.click("#bulk-reject");

		assertThat(verifier.locator("#bulk-verified")).hasText("2 bukti ditolak.");
		assertThat(verifier.locator("#queue-" + first.id())).not().isAttached();
		assertThat(verifier.locator("#queue-" + second.id())).not().isAttached();
		assertThat(verifier.locator("#queue-" + kept.id())).isVisible();
		BrowserSession.screenshot(verifier, "bulk-02-rejected");
		for (EvidenceItem item : List.of(first, second)) {
			EvidenceItem after = this.evidence.require(EDITION, item.id());
			assertThat(after.status()).isEqualTo(EvidenceStatus.DITOLAK);
			assertThat(after.reason()).isEqualTo(reason);
		}
		assertThat(this.evidence.require(EDITION, kept.id()).status()).isEqualTo(EvidenceStatus.MENUNGGU);
		assertThat(errors).as("console errors (e.g. the Content-Security-Policy)").isEmpty();
	}

	@Test
	void anAdministratorImportsAFileWithABadRowThenTheCorrectedFile() throws IOException {
		String verifier = "verif.bantul." + RUN;
		String operator = "op.bantul." + RUN;
		String good = row(verifier, "Verifikator Bantul", "VERIFIKATOR", "34", "", verifier + "@example.go.id");
		Path bad = dir.resolve("pengguna-salah.csv");
		Files.writeString(bad,
				HEADER + good + row(operator, "Operator Bantul", "OPERATOR", "", "34.02", operator + "@example.go.id"),
				StandardCharsets.UTF_8);
		Path corrected = dir.resolve("pengguna.csv");
		Files.writeString(corrected,
				HEADER + good
						+ row(operator, "Operator Bantul", "OPERATOR_PEMDA", "", "34.02", operator + "@example.go.id"),
				StandardCharsets.UTF_8);
		List<String> errors = new ArrayList<>();

		Page admin = phone(DemoUsers.ADMIN, errors);
		admin.navigate("/admin/pengguna");
		admin.click("#import summary");
		assertThat(admin.locator("#import-columns")).containsText("government_code");
		assertThat(admin.locator("#import-template-xlsx")).isVisible();
		admin.setInputFiles("#import-file", bad);
		admin.click("#import-submit");

		assertThat(admin.locator("#import-problems"))
			.containsText("Tidak ada pengguna yang dibuat dari pengguna-salah.csv");
		assertThat(admin.locator(".import-problem")).hasCount(1);
		assertThat(admin.locator(".import-problem td").nth(0)).hasText("3");
		assertThat(admin.locator(".import-problem td").nth(1)).hasText("role");
		assertThat(admin.locator(".import-problem td").nth(2)).hasText("OPERATOR");
		assertThat(admin.locator(".import-problem td").nth(3)).containsText("peran tidak dikenal");
		assertThat((Boolean) admin.evaluate(OVERFLOW)).as("the problems fit a phone").isFalse();
		BrowserSession.screenshot(admin, "bulk-03-import-refused");
		assertThat(this.management.findUsername(verifier)).as("the good row waits for the whole file").isEmpty();

		admin.setInputFiles("#import-file", corrected);
		admin.click("#import-submit");
		assertThat(admin.locator("#import-done")).containsText("2 pengguna dibuat dari pengguna.csv");
		admin.fill("input[name=q]", "bantul." + RUN);
		admin.press("input[name=q]", "Enter");
		assertThat(admin.locator("#users tbody tr")).hasCount(2);
		assertThat(admin.locator("#users")).containsText(operator);
		BrowserSession.screenshot(admin, "bulk-04-imported");
		assertThat(this.management.findUsername(operator).orElseThrow().governmentCode()).isEqualTo("34.02");
		for (String username : List.of(verifier, operator)) {
			assertThat(this.outbox.of(username, 5)).extracting(Outbox.Message::kind).containsExactly("invitation");
		}
		assertThat(errors).as("console errors (e.g. the Content-Security-Policy)").isEmpty();
	}

	static String row(String username, String name, String role, String province, String government, String email) {
		return String.join(",", username, name, role, province, government, "", email, "id") + "\n";
	}

}
