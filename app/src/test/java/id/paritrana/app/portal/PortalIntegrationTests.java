package id.paritrana.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.paritrana.app.ImportedData;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.PublishedSnapshots;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.Editions;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.rubric.Category;

/**
 * The public portal, anonymous: coverage aggregated per province, winners, scorecards,
 * caching.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalIntegrationTests {

	static final int YEAR = 2071;

	/** An edition with nothing determined. */
	static final int UNDER_WAY = 2037;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	EditionRubrics rubrics;

	@Autowired
	DatasetImport imports;

	long snapshot;

	/** Kota Yogyakarta's indicator scores; Kabupaten Bantul's were not recorded. */
	static final String INDICATORS = "{\"regulasi\":80.00,\"coverage_pu\":62.50,\"coverage_bpu\":90.00,"
			+ "\"pertumbuhan\":100.00,\"non_asn\":70.00,\"pekerja_rentan\":70.00,\"ekosistem_desa\":71.25}";

	@BeforeAll
	void edition() {
		PublishedSnapshots.forget(this.jdbc, YEAR);
		this.editions.create("test", YEAR, "Portal " + YEAR);
		// two regencies of DI Yogyakarta and one of Kalimantan Utara, in the assessment
		// year and the year before
		ImportedData.imported(this.imports, YEAR, DataSet.REGION_COVERAGE, "34.71," + (YEAR - 1) + ",1000,400,600,40",
				"34.02," + (YEAR - 1) + ",3000,600,1200,60", "65.01," + (YEAR - 1) + ",500,0,100,0",
				"34.71," + (YEAR - 2) + ",900,400,100,10");
		this.snapshot = PublishedSnapshots.snapshot(this.jdbc, YEAR, "PROVINSI", "34", 1, null);
		PublishedSnapshots.row(this.jdbc, this.snapshot, 1, "PEMKAB_PEMKOT", "34.71", "Kota Yogyakarta", "81.25", 1,
				"{\"coverage\":80.00,\"inovasi\":70.50}");
		PublishedSnapshots.row(this.jdbc, this.snapshot, 2, "PEMKAB_PEMKOT", "34.02", "Kabupaten Bantul", "75.00", 2,
				"{\"coverage\":70.00,\"inovasi\":60.00}");
		PublishedSnapshots.indicators(this.jdbc, this.snapshot, 1, INDICATORS);
		// the snapshot kept the rubric it was determined with: the scorecard names its
		// indicators
		PublishedSnapshots.rubric(this.jdbc, this.snapshot, "PEMKAB_PEMKOT", 3,
				this.rubrics.yaml(YEAR, Category.PEMKAB_PEMKOT)
					.replaceFirst("(name:\\s*['\"]?)Regulasi\\b", "$1Regulasi daerah"));
		PublishedSnapshots.row(this.jdbc, this.snapshot, 3, "PEMKAB_PEMKOT", "34.03", "Kabupaten Kulon Progo", "60.00",
				4, "{\"coverage\":60.00,\"inovasi\":50.00}");
	}

	@AfterAll
	void cleanUp() {
		PublishedSnapshots.forget(this.jdbc, YEAR);
	}

	@Test
	void coverageIsAggregatedPerProvinceOfTheAssessmentYear() throws Exception {
		this.mvc.perform(get("/api/v1/public/coverage").param("edition", Integer.toString(YEAR)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("public")))
			.andExpect(jsonPath("$.dataYear").value(YEAR - 1))
			// 34: PU (600 + 1200) / (1000 + 3000) = 45 %; BPU (40 + 60) / (400 + 600) =
			// 10 %
			.andExpect(jsonPath("$.provinces[?(@.code == '34')].puCoveragePct").value(45.0))
			.andExpect(jsonPath("$.provinces[?(@.code == '34')].bpuCoveragePct").value(10.0))
			// 65 has no non-wage workers: BPU coverage is missing, not 0
			.andExpect(jsonPath("$.provinces[?(@.code == '65')].puCoveragePct").value(20.0))
			.andExpect(jsonPath("$.provinces[?(@.code == '65')].bpuCoveragePct")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())))
			.andExpect(jsonPath("$.regencies.length()").value(3))
			.andExpect(jsonPath("$.regencies[?(@.code == '34.71')].puCoveragePct").value(60.0))
			// nation: 1900 / 4500
			.andExpect(jsonPath("$.national.puCoveragePct").value(42.22))
			.andExpect(jsonPath("$.tiles.length()").value(38))
			.andExpect(jsonPath("$.trend[?(@.editionYear == " + YEAR + ")].dataYear").value(YEAR - 1));
	}

	@Test
	void publicResponsesCarryAnEtagAndAnswer304WhenUnchanged() throws Exception {
		MvcResult first = this.mvc.perform(get("/publik/cakupan").param("edisi", Integer.toString(YEAR)))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andReturn();
		assertThat(first.getResponse().getContentAsString()).contains("id=\"coverage-map\"", "45,00",
				"Edisi " + YEAR + ", data tahun " + (YEAR - 1));
		assertThat(first.getResponse().getHeader("Set-Cookie")).as("no session for an anonymous reader").isNull();
		this.mvc
			.perform(get("/publik/cakupan").param("edisi", Integer.toString(YEAR))
				.header("If-None-Match", first.getResponse().getHeader("ETag")))
			.andExpect(status().isNotModified());
	}

	@Test
	void winnersAreListedWithTheirPublicScorecards() throws Exception {
		String page = this.mvc.perform(get("/publik/" + YEAR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Kota Yogyakarta", "Kabupaten Bantul", "Juara 1", "Juara 2")
			.doesNotContain("Kulon Progo");
		String card = this.mvc.perform(get("/publik/" + YEAR + "/kartu/" + this.snapshot + "/PEMKAB_PEMKOT/34.71"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(card).contains("Kota Yogyakarta", "81,25", "70,50", "Inovasi");
		// per aspect its indicators: name (of the snapshot's rubric), weight, score,
		// weight × score / 100
		assertThat(card)
			.contains("data-indicator=\"regulasi\"", "Regulasi daerah", "80,00", "8,00", "Coverage PU", "62,50", "7,50",
					"Ekosistem desa", "71,25", "7,13", "Kontribusi")
			.doesNotContain("data-indicator=\"wawancara\"");
		assertThat(this.mvc.perform(get("/publik/" + YEAR + "/kartu/" + this.snapshot + "/PEMKAB_PEMKOT/34.02"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Kabupaten Bantul", "Skor indikator tidak tercatat")
			.doesNotContain("data-indicator=");
		byte[] pdf = this.mvc.perform(get("/publik/" + YEAR + "/kartu/" + this.snapshot + "/PEMKAB_PEMKOT/34.71/pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Kota Yogyakarta",
					"Juara 1", "81,25", "70,50", PublishedSnapshots.digest(YEAR, 1), "Regulasi daerah", "8,00", "7,13",
					"Kontribusi");
		}
		// only winners have a public scorecard
		this.mvc.perform(get("/publik/" + YEAR + "/kartu/" + this.snapshot + "/PEMKAB_PEMKOT/34.03"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/public/editions/" + YEAR + "/winners"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.winners.length()").value(2))
			.andExpect(jsonPath("$.winners[0].candidateName").value("Kota Yogyakarta"));
		this.mvc.perform(get("/api/v1/public/editions")).andExpect(jsonPath("$", org.hamcrest.Matchers.hasItem(YEAR)));
	}

	@Test
	void anEditionUnderWaySaysItsResultsAreNotDeterminedYet() throws Exception {
		PublishedSnapshots.forget(this.jdbc, UNDER_WAY);
		this.editions.create("test", UNDER_WAY, "Paritrana Award " + UNDER_WAY);
		try {
			MvcResult page = this.mvc.perform(get("/publik/" + UNDER_WAY)).andExpect(status().isNotFound()).andReturn();
			assertThat(page.getResponse().getContentAsString())
				.contains("Hasil Paritrana Award " + UNDER_WAY + " belum ditetapkan");
			assertThat(page.getResponse().getHeader("Cache-Control")).doesNotContain("public");
			this.mvc.perform(get("/api/v1/public/editions/" + UNDER_WAY + "/winners")).andExpect(status().isNotFound());
		}
		finally {
			PublishedSnapshots.forget(this.jdbc, UNDER_WAY);
		}
	}

	@Test
	void anEditionWithoutDeterminedResultsIsNotFound() throws Exception {
		this.mvc.perform(get("/publik/2099")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/public/editions/2099/winners")).andExpect(status().isNotFound());
	}

}
