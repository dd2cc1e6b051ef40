package id.paritrana.app.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.paritrana.app.IntegrationTest;
import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.dataset.ImportOutcome;
import id.paritrana.app.dataset.ImportProgress;
import id.paritrana.app.dataset.ImportRequest;
import id.paritrana.app.dataset.generator.DatasetGenerator;
import id.paritrana.app.dataset.generator.Scale;
import id.paritrana.app.dataset.generator.Settings;
import id.paritrana.app.demo.DemoSeeding;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.rubric.Level;

/**
 * A determined level's snapshot is the record: after a later import of other employers
 * into the edition (with the national secretariat's override), the winners' and nominees'
 * pages still answer, with the same figures as before.
 */
@IntegrationTest
class SnapshotAfterReimportIntegrationTests {

	private static final int YEAR = 2094;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Results results;

	@Autowired
	Shortlists shortlists;

	@Autowired
	DatasetImport imports;

	@Test
	void determinedAndInterviewingPagesSurviveAReimportOfEmployers(@TempDir Path dir) throws Exception {
		DemoSeeding.seed(this.context, YEAR);
		List<String> pages = new ArrayList<>();
		pages.add("/edisi/" + YEAR + "/hasil/75");
		for (Winner w : this.results.winners(YEAR)) {
			pages.add("/edisi/" + YEAR + "/skor-meja/PROVINSI/" + w.category() + "/" + w.candidateCode());
			pages.add("/publik/" + YEAR + "/kartu/" + w.snapshotId() + "/" + w.category() + "/" + w.candidateCode());
		}
		List<Shortlists.Nominee> nominees = this.shortlists.nomineesOf(YEAR, "34");
		assertThat(nominees).isNotEmpty();
		for (Shortlists.Nominee n : nominees) {
			pages.add("/edisi/" + YEAR + "/skor-meja/" + Level.PROVINSI + "/" + n.category() + "/" + n.code());
		}
		Map<String, String> before = new LinkedHashMap<>();
		for (String page : pages) {
			before.put(page, body(page));
		}

		new DatasetGenerator().generate(new Settings(Scale.SMALL, 7, YEAR - 1, null), dir, f -> {
		});
		Path employers = dir.resolve("employers.csv");
		ImportOutcome outcome = this.imports.run(new ImportRequest(YEAR, DataSet.EMPLOYERS, "employers.csv", employers,
				"admin", "Koreksi data pemberi kerja dari BPJS Ketenagakerjaan"), ImportProgress.NONE);
		assertThat(outcome.imported()).as(outcome.problems().toString()).isTrue();

		Map<String, String> after = new LinkedHashMap<>();
		for (String page : pages) {
			after.put(page, body(page));
		}
		List<String> changed = new ArrayList<>();
		for (String page : pages) {
			String[] was = before.get(page).split("\n");
			String[] is = after.get(page).split("\n");
			for (int i = 0; i < Math.max(was.length, is.length); i++) {
				String a = (i < was.length) ? was[i].strip() : "";
				String b = (i < is.length) ? is[i].strip() : "";
				if (!a.equals(b)) {
					changed.add(page + " line " + (i + 1) + ": " + a + " -> " + b);
					break;
				}
			}
		}
		assertThat(changed).isEmpty();
	}

	private String body(String page) throws Exception {
		MvcResult result = this.mvc.perform(get(page).with(user(this.userDetails.loadUserByUsername("admin"))))
			.andReturn();
		if (result.getResponse().getStatus() != 200) {
			return "HTTP " + result.getResponse().getStatus();
		}
		return result.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

}
