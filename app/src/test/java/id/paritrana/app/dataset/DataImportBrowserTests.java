package id.paritrana.app.dataset;

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
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.DemoUsers;
import id.paritrana.app.edition.Editions;

/**
 * The national secretariat in a real browser: creates an edition, imports a file and sees
 * the new version, then imports an invalid file and reads, pages through and downloads
 * its problems.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataImportBrowserTests {

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
	void createsAnEditionImportsAFileAndReadsTheProblemsOfAnInvalidOne() throws IOException {
		Page page = this.browser.newPage(1280, 900);
		BrowserSession.signIn(page, DemoUsers.ADMIN, DemoUsers.PASSWORD);
		int year = 2040;
		while (this.editions.find(year).isPresent()) {
			year++;
		}
		GeneratedData.generate(dir, "--scale", "small", "--seed", "2", "--year", Integer.toString(year - 1));
		page.click("#nav-admin");
		page.click("#nav-data");
		page.navigate("/admin/edisi");
		page.fill("#awardYear", Integer.toString(year));
		page.click("#edition-create");
		assertThat(page.locator("#edition-created")).containsText(Integer.toString(year));
		assertThat(page.locator("#editions")).containsText("Paritrana Award " + year);
		BrowserSession.screenshot(page, "data-01-editions");

		page.navigate("/data?edition=" + year);
		page.selectOption("#edition", Integer.toString(year));
		page.selectOption("#dataset", "employers");
		page.setInputFiles("#file", dir.resolve("employers.csv"));
		assertThat(page.locator("#file-name")).hasText("employers.csv");
		BrowserSession.screenshot(page, "data-02-upload");
		page.click("#upload");
		assertThat(page.locator("#job-imported")).containsText("versi 1: 600 baris");
		BrowserSession.screenshot(page, "data-03-imported");
		page.click("#back");
		assertThat(page.locator("#versions")).containsText("employers.csv");

		List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("employer-contributions.csv")));
		for (int i = 1; i <= 150; i++) {
			lines.set(i, lines.get(i).replaceFirst("," + (year - 1) + "-", ",2021-"));
		}
		Path bad = dir.resolve("bad").resolve("employer-contributions.csv");
		Files.createDirectories(bad.getParent());
		Files.writeString(bad, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		page.selectOption("#edition", Integer.toString(year));
		page.selectOption("#dataset", "employer-contributions");
		page.setInputFiles("#file", bad);
		page.click("#upload");
		assertThat(page.locator("#job-invalid")).containsText("150 masalah");
		assertThat(page.locator("#problems tbody tr")).hasCount(100);
		assertThat(page.locator("#problems tbody tr").first()).containsText("month");
		assertThat(page.locator("#problems tbody tr").first()).containsText("2021-01");
		BrowserSession.screenshot(page, "data-04-problems");
		page.click("#next-page");
		assertThat(page.locator("#problems tbody tr")).hasCount(50);
		Download download = page.waitForDownload(() -> page.click("#problems-csv"));
		List<String> csv = Files.readAllLines(download.path());
		assertThat(csv).hasSize(151);
		assertThat(csv.get(0)).isEqualTo("line,column,value,reason");
		assertThat(csv.get(1)).isEqualTo("2,month,2021-01,\"is outside the year assessed, " + (year - 1) + "\"");

		// a file dropped on the drop zone is the file uploaded
		page.navigate("/data?edition=" + year);
		page.selectOption("#dataset", "nonasn");
		String nonasn = Files.readString(dir.resolve("nonasn.csv"));
		page.evaluate("""
				content => {
				  const transfer = new DataTransfer();
				  transfer.items.add(new File([content], 'nonasn.csv', { type: 'text/csv' }));
				  document.getElementById('drop-zone')
				    .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
				}""", nonasn);
		assertThat(page.locator("#file-name")).hasText("nonasn.csv");
		page.click("#upload");
		assertThat(page.locator("#job-imported")).containsText("nonasn.csv");
		assertThat(page.locator("#job-imported")).containsText("versi 1: " + (nonasn.lines().count() - 1) + " baris");

		page.navigate("/data?edition=" + year + "&lang=en");
		assertThat(page.locator("h1")).hasText("Data import");
		assertThat(page.locator("#versions")).not().containsText("employer-contributions");
		BrowserSession.screenshot(page, "data-05-en");
	}

}
