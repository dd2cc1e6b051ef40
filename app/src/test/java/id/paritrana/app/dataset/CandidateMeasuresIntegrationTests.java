package id.paritrana.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.edition.Editions;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.measure.EmployerMeasures;
import id.paritrana.engine.measure.RegionMeasures;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Measure;

/**
 * The measures stored after importing a small hand-made set of files are DESIGN §5.1's
 * definitions worked by hand, candidate by candidate; at province scale every candidate
 * of the generated files has its measures.
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
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	/**
	 * Province 34 (DIY) in year 2300: Kota Yogyakarta (34.71, 45 villages in the master
	 * data) and Sleman (34.04, 86 villages) report coverage, the province has 438
	 * villages; three employers: a BESAR one with three months of 2300 (registered share,
	 * programs, payments and wages varying), a MIKRO one with one month in a regency
	 * without a minimum wage of its own, a MENENGAH one without any.
	 */
	@Test
	void storedMeasuresAreTheDefinitionsWorkedByHand() throws IOException {
		int edition = 2301;
		write("region-coverage.csv", "region_code,year,wage_workers,nonwage_workers,pu_participants,bpu_participants",
				"34.71,2300,1000,400,600,100", "34.71,2299,900,400,500,80", "34.04,2300,2000,1000,1000,300",
				"34.04,2299,2000,1000,900,200");
		write("nonasn.csv", "government_code,group,workers,covered", "34.71,HONORER_PEMDA,200,150",
				"34.71,GURU_HONORER,100,50", "34,HONORER_PEMDA,400,100");
		write("vulnerable-protection.csv", "government_code,funding,workers_protected", "34.71,APBD,80",
				"34.71,CSR,1000", "34,APBD,700");
		write("village-protection.csv", "village_code,vulnerable_protected", "34.71.01.1001,150", "34.71.01.1002,100",
				"34.71.01.1003,99", "34.04.01.2001,200");
		write("regulations.csv", "government_code,type,number,year,title,verified",
				"34.71,PERKADA,12,2299,Perwal Jaminan Sosial,true", "34.71,PERDA,3,2300,Perda belum diverifikasi,false",
				"34,MOU,1,2298,MoU BPJS Ketenagakerjaan,true");
		write("employers.csv", "npp,name,region_code,sector,size_class", "NPP0001,PT Besar,34.71,C,BESAR",
				"NPP0002,Usaha Mikro,34.04,G,MIKRO", "NPP0003,PT Menengah,34.71,F,MENENGAH");
		write("employer-contributions.csv",
				"npp,month,workers_total,workers_registered,programs,wage_reported_total,contribution_due,"
						+ "contribution_paid,paid_date",
				"NPP0001,2300-01,100,90,JKK;JKM;JHT;JP,270000000,1000,1000,2300-02-15",
				"NPP0001,2300-02,100,95,JKK;JKM;JHT,190000000,1000,800,2300-03-10",
				"NPP0001,2300-03,110,99,JKP;JP;JHT;JKM;JKK,247500000,1200,1200,2300-04-16",
				"NPP0002,2300-06,4,5,JKK;JKM,9500000,50,60,2300-07-15");
		write("employer-vulnerable.csv", "npp,vulnerable_workers_protected,vendors,vendors_covered", "NPP0001,31,4,3",
				"NPP0003,0,0,0");
		write("minimum-wages.csv", "region_code,year,monthly_minimum_wage", "34.71,2300,2500000", "34,2300,2000000");
		if (this.editions.find(edition).isEmpty()) {
			this.editions.create("test", edition, null);
		}
		for (DataSet set : DataSet.values()) {
			if (set != DataSet.JURY_SCORES) {
				importFile(edition, set, this.dir.resolve(set.baseName() + ".csv"));
			}
		}
		CandidateMeasures.Computed computed = this.measures.compute(edition, "test");

		Map<String, Object> expected = new TreeMap<>();
		// governments: regulation level, PU and BPU coverage, coverage growth, non-ASN,
		// vulnerable, villages
		government(expected, "PEMKAB_PEMKOT/34.71", "PERKADA", 100.0 * 600 / 1000, 100.0 * 100 / 400,
				100.0 * 700 / 1400 - 100.0 * 580 / 1300, 100.0 * 200 / 300, 1000.0 * 80 / 400, 100.0 * 2 / 45);
		government(expected, "PEMKAB_PEMKOT/34.04", "NONE", 100.0 * 1000 / 2000, 100.0 * 300 / 1000,
				100.0 * 1300 / 3000 - 100.0 * 1100 / 3000, "missing", 0.0, 100.0 * 1 / 86);
		government(expected, "PEMPROV/34", "MOU", 100.0 * 1600 / 3000, 100.0 * 400 / 1400,
				100.0 * 2000 / 4400 - 100.0 * 1680 / 4300, 100.0 * 100 / 400, 1000.0 * 700 / 1400, 100.0 * 3 / 438);
		// employers: months, registration, programs, on time, wages, arrears, vulnerable,
		// supply chain, growth
		employer(expected, "BU_BESAR/NPP0001", 3.0, 100.0 * 284 / 310, 100.0 * 2 / 12, 100.0 * 1 / 12, 100.0 * 2 / 12,
				200.0, 100.0 * 31 / (310 / 3.0), 100.0 * 3 / 4, 100.0 * (99 - 90) / 90);
		employer(expected, "UKM/NPP0002", 1.0, 100.0, 100.0 * 1 / 12, 100.0 * 1 / 12, 0.0, 0.0, 0.0, "missing", 0.0);
		employer(expected, "BU_MENENGAH/NPP0003", 0.0, "missing", 0.0, 0.0, 0.0, 0.0, "missing", "missing", "missing");

		Map<String, Object> stored = stored(edition);
		assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
		assertThat(computed.candidates()).isEqualTo(6);
		assertThat(computed.values()).isEqualTo(expected.size());
		for (var entry : expected.entrySet()) {
			Object want = entry.getValue();
			Object got = stored.get(entry.getKey());
			if (want instanceof Double number) {
				assertThat(got).as(entry.getKey()).isInstanceOf(Number.class);
				assertThat(((Number) got).doubleValue()).as(entry.getKey()).isCloseTo(number, within(1e-9));
			}
			else {
				assertThat(got).as(entry.getKey()).isEqualTo(want);
			}
		}
		assertThat(this.measures.of(edition, "NPP0002")).containsKey("months_reported")
			.doesNotContainKey("pu_coverage_pct");
	}

	@Test
	void everyCandidateOfTheGeneratedFilesHasItsMeasuresAtProvinceScale() throws IOException {
		int edition = 2029;
		GeneratedData.generate(this.dir, "--scale", "province", "--seed", "7", "--year", Integer.toString(edition - 1));
		if (this.editions.find(edition).isEmpty()) {
			this.editions.create("test", edition, null);
		}
		for (DataSet set : DataSet.values()) {
			importFile(edition, set, this.dir.resolve(set.baseName() + ".csv"));
		}
		CandidateMeasures.Computed computed = this.measures.compute(edition, "test");

		// the employers of employers.csv, the regencies reporting coverage and their
		// provinces
		Set<String> candidates = new TreeSet<>();
		List<String> employers = Files.readAllLines(this.dir.resolve("employers.csv"));
		employers.subList(1, employers.size()).forEach(line -> candidates.add(line.split(",")[0]));
		int employerCount = candidates.size();
		List<String> coverage = Files.readAllLines(this.dir.resolve("region-coverage.csv"));
		for (String line : coverage.subList(1, coverage.size())) {
			String regency = line.split(",")[0];
			candidates.add(regency);
			candidates.add(regency.substring(0, 2));
		}
		Set<String> stored = new TreeSet<>(
				this.jdbc.sql("SELECT candidate_code FROM candidate_measure WHERE edition_year = :y")
					.param("y", edition)
					.query(String.class)
					.list());
		assertThat(stored).isEqualTo(candidates);
		assertThat(computed.candidates()).isEqualTo(candidates.size());
		assertThat(computed.values()).isEqualTo((long) employerCount * EmployerMeasures.MEASURES.size()
				+ (long) (candidates.size() - employerCount) * RegionMeasures.MEASURES.size());
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
			.andExpect(jsonPath("$.problems[0]")
				.value(org.hamcrest.Matchers.containsString("'" + firstNpp + "' is not an NPP")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM candidate_measure WHERE edition_year = :y")
			.param("y", edition)
			.query(Long.class)
			.single()).isEqualTo(candidates);
	}

	private void importFile(int edition, DataSet set, Path file) {
		ImportOutcome outcome = this.imports
			.run(new ImportRequest(edition, set, file.getFileName().toString(), file, "test"), ImportProgress.NONE);
		assertThat(outcome.problems()).as(file.getFileName().toString()).isEmpty();
		assertThat(outcome.imported()).isTrue();
	}

	private void write(String name, String... lines) throws IOException {
		Files.write(this.dir.resolve(name), List.of(lines));
	}

	/** The stored measures: category/code/measure → number, level or "missing". */
	private Map<String, Object> stored(int edition) {
		Map<String, Object> stored = new TreeMap<>();
		this.jdbc.sql("SELECT * FROM candidate_measure WHERE edition_year = :y").param("y", edition).query(rs -> {
			Category category = Category.valueOf(rs.getString("category"));
			boolean employer = category == Category.BU_BESAR || category == Category.BU_MENENGAH
					|| category == Category.UKM;
			for (Measure m : employer ? EmployerMeasures.MEASURES : RegionMeasures.MEASURES) {
				Object value = rs.getObject(m.id());
				stored.put(category + "/" + rs.getString("candidate_code") + "/" + m.id(),
						(value == null) ? "missing" : value);
			}
		});
		return stored;
	}

	private static void government(Map<String, Object> expected, String candidate, Object... values) {
		List<Measure> order = List.of(Measure.REGULATION_LEVEL, Measure.PU_COVERAGE_PCT, Measure.BPU_COVERAGE_PCT,
				Measure.COVERAGE_GROWTH_PP, Measure.NONASN_COVERAGE_PCT, Measure.VULNERABLE_PER_1000,
				Measure.VILLAGE_ECOSYSTEM_PCT);
		put(expected, candidate, order, values);
	}

	private static void employer(Map<String, Object> expected, String candidate, Object... values) {
		List<Measure> order = List.of(Measure.MONTHS_REPORTED, Measure.REGISTRATION_PCT, Measure.PROGRAM_COMPLETE_PCT,
				Measure.ONTIME_PCT, Measure.WAGE_COMPLIANCE_PCT, Measure.ARREARS, Measure.VULNERABLE_PER_100_WORKERS,
				Measure.SUPPLY_CHAIN_PCT, Measure.WORKER_GROWTH_PCT);
		put(expected, candidate, order, values);
	}

	private static void put(Map<String, Object> expected, String candidate, List<Measure> order, Object[] values) {
		assertThat(values).hasSameSizeAs(order);
		for (int k = 0; k < values.length; k++) {
			expected.put(candidate + "/" + order.get(k).id(), values[k]);
		}
	}

}
