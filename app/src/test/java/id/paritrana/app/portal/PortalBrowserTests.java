package id.paritrana.app.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.ImportedData;
import id.paritrana.app.PublishedSnapshots;
import id.paritrana.app.certificate.Certificate;
import id.paritrana.app.certificate.Certificates;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.edition.Editions;
import id.paritrana.engine.data.DataSet;

/**
 * A member of the public, without signing in, on a phone and on a desktop: finds the
 * winners of a determined edition, opens a scorecard, reads the coverage dashboard with
 * its charts drawn, and verifies a certificate's code (and is told plainly when a code is
 * not valid).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserTests {

	static final int YEAR = 2073;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	Certificates certificates;

	@Autowired
	DatasetImport imports;

	BrowserSession browser;

	String code;

	@BeforeAll
	void publishedEdition() {
		PublishedSnapshots.forget(this.jdbc, YEAR);
		this.editions.create("test", YEAR, "Paritrana Award " + YEAR);
		String[][] regions = { { "11.01", "5000", "900", "2100", "80" }, { "31.71", "90000", "12000", "61000", "3100" },
				{ "34.71", "20000", "6000", "11000", "900" }, { "34.02", "30000", "9000", "9000", "600" },
				{ "53.01", "8000", "7000", "1200", "300" }, { "65.01", "4000", "900", "2600", "250" },
				{ "75.01", "7000", "2000", "3000", "150" }, { "94.01", "3000", "2500", "400", "90" } };
		List<String> rows = new ArrayList<>();
		for (String[] r : regions) {
			for (int back = 1; back <= 2; back++) {
				rows.add(String.join(",", r[0], Integer.toString(YEAR - back), r[1], r[2],
						Long.toString(Long.parseLong(r[3]) / back), Long.toString(Long.parseLong(r[4]) / back)));
			}
		}
		ImportedData.imported(this.imports, YEAR, DataSet.REGION_COVERAGE, rows.toArray(String[]::new));
		long snapshot = PublishedSnapshots.snapshot(this.jdbc, YEAR, "PROVINSI", "34", 1, null);
		PublishedSnapshots.row(this.jdbc, snapshot, 1, "PEMKAB_PEMKOT", "34.71", "Kota Yogyakarta", "81.25", 1,
				"{\"coverage\":80.00,\"inovasi\":70.50}");
		PublishedSnapshots.indicators(this.jdbc, snapshot, 1, PortalIntegrationTests.INDICATORS);
		PublishedSnapshots.row(this.jdbc, snapshot, 2, "PEMKAB_PEMKOT", "34.02", "Kabupaten Bantul", "75.00", 2,
				"{\"coverage\":70.00,\"inovasi\":60.00}");
		PublishedSnapshots.row(this.jdbc, snapshot, 3, "BU_BESAR", "67807051", "PT Karya Agung", "88.10", 1,
				"{\"kepatuhan\":90.00,\"kontribusi\":84.00}");
		List<Certificate> issued = this.certificates.issue("test", YEAR, "34");
		this.code = issued.stream().filter(c -> c.candidateCode().equals("34.71")).findFirst().orElseThrow().code();
		this.browser = new BrowserSession(this.port);
	}

	@AfterAll
	void cleanUp() {
		this.browser.close();
		PublishedSnapshots.forget(this.jdbc, YEAR);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "phone, 390, 844", "desktop, 1280, 900" })
	void findsWinnersReadsCoverageAndVerifiesACertificate(String device, int width, int height) {
		Page page = this.browser.newPage(width, height);
		page.navigate("/login");
		page.click("#login-public");
		assertThat(page.locator("#portal-editions")).containsText("Paritrana Award " + YEAR);
		page.click("#portal-editions >> text=Paritrana Award " + YEAR);
		assertThat(page.locator("#scope-34")).containsText("Kota Yogyakarta");
		assertThat(page.locator("#scope-34")).containsText("PT Karya Agung");
		BrowserSession.screenshot(page, "portal-winners-" + device);

		page.click("#scope-34 >> text=Kota Yogyakarta");
		assertThat(page.locator("#public-card-name")).hasText("Kota Yogyakarta");
		assertThat(page.locator("#public-card-aspects")).containsText("70,50");
		assertThat(page.locator("#public-card-aspects tr[data-indicator=regulasi]")).containsText("80,00");
		assertThat(page.locator("#public-card-aspects tr[data-indicator=ekosistem_desa]")).containsText("7,13");
		BrowserSession.screenshot(page, "portal-scorecard-" + device);

		page.navigate("/publik/cakupan?edisi=" + YEAR);
		assertThat(page.locator("#coverage")).hasAttribute("data-rendered", "true");
		// the tile map has a square per province, the ranking a bar per province with
		// data
		assertThat(page.locator("#coverage-map svg")).hasCount(1);
		assertThat(page.locator("#coverage-ranking svg")).containsText("Papua Tengah");
		assertThat(page.locator("#coverage-ranking svg")).containsText("Aceh");
		assertThat(page.locator("#coverage-trend svg")).hasCount(1);
		assertThat(page.locator("#national-pu")).containsText("%");
		int mapWidth = (int) page.locator("#coverage-map").boundingBox().width;
		assertThat(mapWidth).as("the map fits the screen").isLessThanOrEqualTo(width);
		page.click("[data-measure=bpu]");
		assertThat(page.locator("[data-measure=bpu]")).hasClass(java.util.regex.Pattern.compile(".*active.*"));
		BrowserSession.screenshot(page, "portal-coverage-" + device);

		page.navigate("/verifikasi/" + this.code);
		assertThat(page.locator("#verify-valid")).isVisible();
		assertThat(page.locator("#verify-recipient")).hasText("Kota Yogyakarta");
		BrowserSession.screenshot(page, "verify-valid-" + device);

		String altered = this.code.substring(0, 31) + (this.code.endsWith("a") ? "b" : "a");
		page.navigate("/verifikasi/" + altered);
		assertThat(page.locator("#verify-invalid")).containsText("Kode tidak valid");
		assertThat(page.locator("body")).not().containsText("Kota Yogyakarta");
		BrowserSession.screenshot(page, "verify-invalid-" + device);
	}

}
