package id.paritrana.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.edition.Editions;
import id.paritrana.engine.area.Areas;
import id.paritrana.engine.data.DataFile;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.Problems;
import id.paritrana.engine.measure.EmployerMeasures;
import id.paritrana.engine.measure.Employers;
import id.paritrana.engine.measure.MinimumWages;
import id.paritrana.engine.measure.RegionMeasures;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Measure;

/**
 * The measures stored in the database after importing generated files equal the engine's
 * measures of the same files (as {@code evaluate} computes them), candidate by candidate, at
 * small and province scale.
 */
@IntegrationTest
class CandidateMeasuresIntegrationTests {

	@TempDir
	Path dir;

	@Autowired
	DatasetImport imports;

	@Autowired
	CandidateMeasures measures;

	@Autowired
	Editions editions;

	@Autowired
	AreaCodes areaCodes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest(name = "{0} scale")
	@CsvSource({ "small, 2028", "province, 2029" })
	void storedMeasuresEqualTheEnginesOnTheSameFiles(String scale, int edition) {
		int year = edition - 1;
		GeneratedData.generate(this.dir, "--scale", scale, "--seed", "7", "--year", Integer.toString(year));
		if (this.editions.find(edition).isEmpty()) {
			this.editions.create("test", edition, null);
		}
		for (DataSet set : DataSet.values()) {
			Path file = this.dir.resolve(set.baseName() + ".csv");
			ImportOutcome outcome = this.imports.run(new ImportRequest(edition, set, file.getFileName().toString(),
					file, "test"), ImportProgress.NONE);
			assertThat(outcome.problems()).as(set.baseName()).isEmpty();
		}
		CandidateMeasures.Computed computed = this.measures.compute(edition, "test");

		Map<String, Object> expected = engineMeasures(year);
		Map<String, Object> stored = new HashMap<>();
		this.jdbc.sql("SELECT * FROM candidate_measure WHERE edition_year = :y")
			.param("y", edition)
			.query(rs -> {
				Category category = Category.valueOf(rs.getString("category"));
				boolean employer = category == Category.BU_BESAR || category == Category.BU_MENENGAH
						|| category == Category.UKM;
				for (Measure m : employer ? EmployerMeasures.MEASURES : RegionMeasures.MEASURES) {
					Object value = rs.getObject(m.id());
					stored.put(category + "/" + rs.getString("candidate_code") + "/" + m.id(),
							value == null ? "missing" : value);
				}
			});
		assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
		assertThat(computed.values()).isEqualTo(expected.size());
		assertThat(expected.values()).contains("missing");
		String someNpp = expected.keySet().stream().filter(k -> k.startsWith("UKM/")).findFirst().orElseThrow()
			.split("/")[1];
		assertThat(this.measures.of(edition, someNpp)).containsKey("months_reported")
			.doesNotContainKey("pu_coverage_pct");
		for (var entry : expected.entrySet()) {
			Object want = entry.getValue();
			Object got = stored.get(entry.getKey());
			if (want instanceof Double number) {
				assertThat(((Number) got).doubleValue()).as(entry.getKey()).isCloseTo(number, within(1e-9));
			}
			else {
				assertThat(got).as(entry.getKey()).isEqualTo(want);
			}
		}
	}

	@Test
	void dataSetsThatDisagreeAreAConflictAndKeepTheEarlierMeasures() throws Exception {
		int edition = 2030;
		GeneratedData.generate(this.dir, "--scale", "small", "--seed", "8", "--year", Integer.toString(edition - 1));
		if (this.editions.find(edition).isEmpty()) {
			this.editions.create("test", edition, null);
		}
		importFile(edition, DataSet.EMPLOYERS, this.dir.resolve("employers.csv"));
		importFile(edition, DataSet.CONTRIBUTIONS, this.dir.resolve("employer-contributions.csv"));
		long candidates = this.measures.compute(edition, "test").candidates();
		// employers again, without the first employer, whose contributions stay imported
		List<String> employers = Files.readAllLines(this.dir.resolve("employers.csv"));
		String firstNpp = employers.get(1).split(",")[0];
		Path fewer = Files.createDirectories(this.dir.resolve("fewer")).resolve("employers.csv");
		Files.write(fewer, employers.stream().filter(line -> !line.startsWith(firstNpp + ",")).toList());
		importFile(edition, DataSet.EMPLOYERS, fewer);
		this.mvc
			.perform(post("/api/v1/editions/{y}/measures", edition).with(csrf())
				.with(user(this.users.loadUserByUsername(DemoUsers.ADMIN))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.containsString("'" + firstNpp + "' is not an NPP")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM candidate_measure WHERE edition_year = :y")
			.param("y", edition)
			.query(Long.class)
			.single()).isEqualTo(candidates);
	}

	private void importFile(int edition, DataSet set, Path file) {
		assertThat(this.imports.run(new ImportRequest(edition, set, file.getFileName().toString(), file, "test"),
				ImportProgress.NONE).imported()).isTrue();
	}

	/** The engine's measures of the generated files: category/code/measure → number, level or "missing". */
	private Map<String, Object> engineMeasures(int year) {
		Areas areas = this.areaCodes.areas();
		Problems problems = new Problems();
		Map<DataSet, Optional<DataFile>> files = new EnumMap<>(DataSet.class);
		for (DataSet set : DataSet.values()) {
			files.put(set, DataFile.find(this.dir, set, problems));
		}
		Employers employers = Employers.read(files.get(DataSet.EMPLOYERS).orElseThrow(), areas, problems);
		Optional<MinimumWages> wages = files.get(DataSet.MINIMUM_WAGES)
			.map(f -> MinimumWages.read(f, year, areas, problems));
		EmployerMeasures employer = EmployerMeasures.compute(employers, year, files.get(DataSet.CONTRIBUTIONS),
				files.get(DataSet.EMPLOYER_VULNERABLE), wages, 1, problems);
		RegionMeasures region = RegionMeasures.compute(areas, year, files.get(DataSet.REGION_COVERAGE),
				files.get(DataSet.NONASN), files.get(DataSet.VULNERABLE_PROTECTION),
				files.get(DataSet.VILLAGE_PROTECTION), files.get(DataSet.REGULATIONS), problems);
		assertThat(problems.lines()).isEmpty();
		Map<String, Object> expected = new HashMap<>();
		for (Category category : List.of(Category.PEMKAB_PEMKOT, Category.PEMPROV)) {
			for (int g : region.candidates(category)) {
				government(expected, region, category, g, areas.governmentCode(g));
			}
		}
		for (int e = 0; e < employers.size(); e++) {
			for (Measure m : EmployerMeasures.MEASURES) {
				double v = employer.value(m, e);
				expected.put(employers.sizeClass(e).category() + "/" + employers.npp(e) + "/" + m.id(),
						Double.isNaN(v) ? "missing" : v);
			}
		}
		return expected;
	}

	private static void government(Map<String, Object> expected, RegionMeasures region, Category category, int g,
			String code) {
		for (Measure m : RegionMeasures.MEASURES) {
			String key = category + "/" + code + "/" + m.id();
			if (m == Measure.REGULATION_LEVEL) {
				expected.put(key, region.regulationLevel(g).map(Object.class::cast).orElse("missing"));
			}
			else {
				double v = region.value(m, g);
				expected.put(key, Double.isNaN(v) ? "missing" : v);
			}
		}
	}

}
