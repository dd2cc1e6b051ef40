package id.paritrana.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.paritrana.app.IntegrationTest;
import id.paritrana.app.dataset.generator.DatasetGenerator;
import id.paritrana.app.dataset.generator.Scale;
import id.paritrana.app.dataset.generator.Settings;
import id.paritrana.app.demo.DemoSeeding;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.UserManagement;
import id.paritrana.engine.data.DataSet;

/**
 * The pipeline from the pages: every data set imported into a fresh edition, the measures
 * computed after each import, desk scores computed; what is stale said on both pages; and
 * the guard that refuses changes to an edition whose levels are past VERIFIKASI.
 */
@IntegrationTest
class PipelineIntegrationTests {

	private static final int FRESH = 2092;

	private static final int SETTLED = 2091;

	private static final String REASON = "Koreksi data pemberi kerja dari BPJS Ketenagakerjaan";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Editions editions;

	@Autowired
	DatasetImport imports;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserManagement users;

	@Test
	void importsThenMeasuresThenDeskScoresFromThePagesAndSaysWhatIsStale(@TempDir Path dir) throws Exception {
		if (this.editions.find(FRESH).isEmpty()) {
			this.editions.create("admin", FRESH, "Alur " + FRESH);
		}
		new DatasetGenerator().generate(new Settings(Scale.SMALL, 11, FRESH - 1, null), dir, f -> {
		});
		this.mvc.perform(get("/data").param("edition", Integer.toString(FRESH)).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-order\"")))
			.andExpect(content().string(containsString("perlu employers diimpor terlebih dahulu")));
		this.mvc.perform(post("/edisi/{y}/skor-meja", FRESH).with(as("admin")).with(csrf()))
			.andExpect(flash().attributeExists("problems"));

		for (DataSet set : DataSet.values()) {
			ImportJob job = upload(FRESH, set, dir.resolve(set.baseName() + ".csv"), null);
			assertThat(job.state()).as(set.baseName()).isEqualTo(ImportJob.State.IMPORTED);
			if (set != DataSet.JURY_SCORES) {
				assertThat(job.measures().orElseThrow().computed()).as(set.baseName() + " measured").isTrue();
			}
			this.mvc.perform(get("/data/impor/{id}", job.id()).with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"job-measures\"")));
		}
		this.mvc.perform(get("/data").param("edition", Integer.toString(FRESH)).with(as("admin")))
			.andExpect(content().string(containsString("id=\"measures-current\"")));
		this.mvc.perform(post("/edisi/{y}/skor-meja", FRESH).with(as("admin")).with(csrf()))
			.andExpect(flash().attributeExists("computed"));
		this.mvc.perform(get("/edisi/{y}/skor-meja", FRESH).with(as("admin")))
			.andExpect(content().string(not(containsString("id=\"desk-stale\""))));

		// a version imported without its measures (as the command line does) is named as
		// stale
		ImportOutcome again = this.imports.run(
				new ImportRequest(FRESH, DataSet.EMPLOYERS, "employers.csv", dir.resolve("employers.csv"), "admin"),
				ImportProgress.NONE);
		int version = again.version().orElseThrow().version();
		String stale = "Ukuran dihitung dari employers v" + (version - 1) + "; employers v" + version
				+ " diimpor kemudian";
		this.mvc.perform(get("/data").param("edition", Integer.toString(FRESH)).with(as("admin")))
			.andExpect(content().string(containsString(stale)));
		this.mvc.perform(get("/edisi/{y}/skor-meja", FRESH).with(as("admin")))
			.andExpect(content().string(containsString(stale)));

		String location = this.mvc
			.perform(post("/data/ukuran").param("edition", Integer.toString(FRESH)).with(as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		ImportJob measures = finished(location.substring(location.lastIndexOf('/') + 1));
		assertThat(measures.state()).isEqualTo(ImportJob.State.MEASURED);
		this.mvc.perform(get("/edisi/{y}/skor-meja", FRESH).with(as("admin")))
			.andExpect(content().string(containsString("Skor meja dihitung sebelum ukuran terbaru")))
			.andExpect(content().string(not(containsString(stale))));
		this.mvc.perform(post("/edisi/{y}/skor-meja", FRESH).with(as("admin")).with(csrf()))
			.andExpect(flash().attributeExists("computed"));
		this.mvc.perform(get("/edisi/{y}/skor-meja", FRESH).with(as("admin")))
			.andExpect(content().string(not(containsString("id=\"desk-stale\""))));
	}

	@Test
	void anEditionPastVerifikasiRefusesImportsAndRecomputationsUnlessTheAdminGivesAReason(@TempDir Path dir)
			throws Exception {
		if (this.editions.find(SETTLED).isEmpty()) {
			DemoSeeding.seed(this.context, SETTLED);
		}
		new DatasetGenerator().generate(new Settings(Scale.SMALL, 2024, SETTLED - 1, null), dir, f -> {
		});
		byte[] employers = Files.readAllBytes(dir.resolve("employers.csv"));
		int before = currentVersion(SETTLED);

		// the committee is not allowed to import at all; the admin is told which levels
		// it would change
		this.mvc.perform(importRequest(SETTLED, employers, null).with(as("panitia.diy")))
			.andExpect(status().isForbidden());
		this.mvc.perform(importRequest(SETTLED, employers, null).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"guard-refusal\"")))
			.andExpect(content().string(containsString("Daerah Istimewa Yogyakarta (34): tahap Wawancara")))
			.andExpect(content().string(containsString("Gorontalo (75): tahap Penganugerahan")))
			.andExpect(content().string(containsString("Hanya Admin Nasional")));
		this.mvc.perform(importRequest(SETTLED, employers, "terlalu pendek").with(as("admin")))
			.andExpect(content().string(containsString("Alasan terlalu pendek")));
		assertThat(currentVersion(SETTLED)).isEqualTo(before);

		// the same refusal on the API and for recomputing measures and desk scores
		this.mvc
			.perform(multipart("/api/v1/editions/{y}/datasets/employers", SETTLED)
				.file(new MockMultipartFile("file", "employers.csv", "text/csv", employers))
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[1].message").value(containsString("Yogyakarta (34)")));
		this.mvc.perform(post("/api/v1/editions/{y}/measures", SETTLED).with(as("admin")).with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/data/ukuran").param("edition", Integer.toString(SETTLED)).with(as("admin")).with(csrf()))
			.andExpect(content().string(containsString("id=\"guard-refusal\"")));

		// the national admin goes ahead with a reason: imported, audited, the measures
		// left for an explicit step
		long audited = overrides(SETTLED);
		String location = this.mvc.perform(importRequest(SETTLED, employers, REASON).with(as("admin")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		ImportJob job = finished(location.substring(location.lastIndexOf('/') + 1));
		assertThat(job.state()).isEqualTo(ImportJob.State.IMPORTED);
		assertThat(job.measures().orElseThrow().computed()).isFalse();
		assertThat(currentVersion(SETTLED)).isEqualTo(before + 1);
		assertThat(overrides(SETTLED)).isEqualTo(audited + 1);
		assertThat(this.jdbc
			.sql("SELECT after_json FROM audit_log WHERE action = 'RESULTS_GUARD_OVERRIDDEN'"
					+ " AND entity_id = :y ORDER BY id DESC")
			.param("y", Integer.toString(SETTLED))
			.query(String.class)
			.list()
			.get(0)).contains(REASON).contains("IMPORT employers");
		this.mvc.perform(get("/data").param("edition", Integer.toString(SETTLED)).with(as("admin")))
			.andExpect(content().string(containsString("id=\"settled-levels\"")))
			.andExpect(content().string(containsString("employers v" + (before + 1) + " diimpor kemudian")));
	}

	@Test
	void theDataPageOpensTheEditionTheUserChoseAndARefusedUploadKeepsItsDataSet() throws Exception {
		// an older edition than this class's FRESH, so that "the newest" would be another
		// one
		int older = 2085;
		if (this.editions.find(older).isEmpty()) {
			this.editions.create("admin", older, "Alur " + older);
		}
		if (this.editions.find(FRESH).isEmpty()) {
			this.editions.create("admin", FRESH, "Alur " + FRESH);
		}
		String admin = "admin.data";
		if (this.users.findUsername(admin).isEmpty()) {
			this.users.createAccount("admin", admin, "Data-Pilihan-2085",
					new UserManagement.Details("Admin Data", Role.ADMIN_NASIONAL, null, null, null, true));
		}
		this.mvc
			.perform(post("/edisi/pilih").param("tahun", Integer.toString(older))
				.param("dari", "/edisi/" + FRESH + "/tahap")
				.with(as(admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/data").with(as(admin)))
			.andExpect(content().string(containsString("<option value=\"" + older + "\" selected=\"selected\">")));

		// an upload without a file comes back with the data set still chosen
		this.mvc
			.perform(multipart("/data/impor").param("edition", Integer.toString(older))
				.param("dataset", "regulations")
				.with(as(admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"upload-error\"")))
			.andExpect(content().string(containsString("<option value=\"regulations\" selected=\"selected\">")));
	}

	private int currentVersion(int year) {
		return this.jdbc
			.sql("SELECT version FROM dataset_version WHERE edition_year = :y AND dataset = 'employers'"
					+ " AND is_current")
			.param("y", year)
			.query(Integer.class)
			.single();
	}

	private long overrides(int year) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'RESULTS_GUARD_OVERRIDDEN' AND entity_id = :y")
			.param("y", Integer.toString(year))
			.query(Long.class)
			.single();
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder importRequest(int year,
			byte[] file, String reason) {
		var request = multipart("/data/impor").file(new MockMultipartFile("file", "employers.csv", "text/csv", file));
		request.param("edition", Integer.toString(year)).param("dataset", "employers");
		if (reason != null) {
			request.param("overrideReason", reason);
		}
		request.with(csrf());
		return request;
	}

	private ImportJob upload(int year, DataSet set, Path file, String reason) throws Exception {
		var request = multipart("/data/impor")
			.file(new MockMultipartFile("file", file.getFileName().toString(), "text/csv", Files.readAllBytes(file)));
		request.param("edition", Integer.toString(year)).param("dataset", set.baseName());
		if (reason != null) {
			request.param("overrideReason", reason);
		}
		String location = this.mvc.perform(request.with(as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return finished(location.substring(location.lastIndexOf('/') + 1));
	}

	/** The job once it is done, as the status fragment the page polls reports it. */
	private ImportJob finished(String id) throws Exception {
		for (int i = 0; i < 600; i++) {
			ImportJob job = this.jobs.find(id).orElseThrow().now();
			if (job.state().finished()) {
				return job;
			}
			this.mvc.perform(get("/data/impor/{id}/status", id).with(as("admin"))).andExpect(status().isOk());
			Thread.sleep(200);
		}
		throw new AssertionError("job " + id + " did not finish");
	}

	private RequestPostProcessor as(String username) {
		return user(this.userDetails.loadUserByUsername(username));
	}

}
