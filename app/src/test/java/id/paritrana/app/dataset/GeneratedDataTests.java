package id.paritrana.app.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files of {@code generate --scale small}: formats of DESIGN §6, consistency and
 * realism.
 */
class GeneratedDataTests {

	private static final int YEAR = 2023;

	private static final Set<String> REQUIRED_BESAR = Set.of("JKK", "JKM", "JHT", "JP");

	private static final Map<String, Set<String>> REQUIRED = Map.of("BESAR", REQUIRED_BESAR, "MENENGAH", REQUIRED_BESAR,
			"KECIL", Set.of("JKK", "JKM", "JHT"), "MIKRO", Set.of("JKK", "JKM"));

	@TempDir
	static Path directory;

	static GeneratedData data;

	@BeforeAll
	static void generate() {
		data = GeneratedData.generate(directory, "--scale", "small", "--seed", "2024", "--year", String.valueOf(YEAR));
	}

	@Test
	void everyFileHasExactlyTheHeaderOfDesign6() {
		assertThat(data.header("region-coverage.csv"))
			.isEqualTo("region_code,year,wage_workers,nonwage_workers,pu_participants,bpu_participants");
		assertThat(data.header("nonasn.csv")).isEqualTo("government_code,group,workers,covered");
		assertThat(data.header("vulnerable-protection.csv")).isEqualTo("government_code,funding,workers_protected");
		assertThat(data.header("village-protection.csv")).isEqualTo("village_code,vulnerable_protected");
		assertThat(data.header("regulations.csv")).isEqualTo("government_code,type,number,year,title,verified");
		assertThat(data.header("employers.csv")).isEqualTo("npp,name,region_code,sector,size_class");
		assertThat(data.header("employer-contributions.csv")).isEqualTo(
				"npp,month,workers_total,workers_registered,programs,wage_reported_total,contribution_due,contribution_paid,paid_date");
		assertThat(data.header("employer-vulnerable.csv"))
			.isEqualTo("npp,vulnerable_workers_protected,vendors,vendors_covered");
		assertThat(data.header("minimum-wages.csv")).isEqualTo("region_code,year,monthly_minimum_wage");
		assertThat(data.header("jury-scores.csv")).isEqualTo("level,category,candidate_code,juror_id,criterion,score");
	}

	@Test
	void coversTwoOrThreeWholeProvincesAndAFewHundredEmployers() {
		Set<String> provinces = provincesInScope();
		assertThat(provinces).hasSizeBetween(2, 3);
		Set<String> regencies = GeneratedData.wilayah("regencies.csv")
			.stream()
			.filter(row -> provinces.contains(row.get("province_code")))
			.map(row -> row.get("code"))
			.collect(Collectors.toSet());
		assertThat(data.column("region-coverage.csv", "region_code")).isEqualTo(regencies);
		Set<String> villages = GeneratedData.wilayahCodes("villages.csv")
			.stream()
			.filter(code -> regencies.contains(code.substring(0, 5)))
			.collect(Collectors.toSet());
		assertThat(data.column("village-protection.csv", "village_code")).isEqualTo(villages);
		assertThat(data.rows("employers.csv")).hasSizeBetween(200, 999);
	}

	@Test
	void everyCodeExistsInTheAreaData() {
		Set<String> provinces = GeneratedData.wilayahCodes("provinces.csv");
		Set<String> regencies = GeneratedData.wilayahCodes("regencies.csv");
		Set<String> governments = new HashSet<>(provinces);
		governments.addAll(regencies);
		assertThat(regencies).containsAll(data.column("region-coverage.csv", "region_code"));
		assertThat(regencies).containsAll(data.column("employers.csv", "region_code"));
		assertThat(GeneratedData.wilayahCodes("villages.csv"))
			.containsAll(data.column("village-protection.csv", "village_code"));
		for (String file : List.of("nonasn.csv", "vulnerable-protection.csv", "regulations.csv")) {
			Set<String> codes = data.column(file, "government_code");
			assertThat(governments).as(file).containsAll(codes);
			assertThat(codes).as(file + " has provinces and regencies/cities")
				.anyMatch(provinces::contains)
				.anyMatch(regencies::contains);
		}
		assertThat(governments).containsAll(data.column("minimum-wages.csv", "region_code"));
	}

	@Test
	void noFileRepeatsAKey() {
		assertUniqueKeys("region-coverage.csv", "region_code", "year");
		assertUniqueKeys("nonasn.csv", "government_code", "group");
		assertUniqueKeys("vulnerable-protection.csv", "government_code", "funding");
		assertUniqueKeys("village-protection.csv", "village_code");
		assertUniqueKeys("regulations.csv", "government_code", "type", "number", "year");
		assertUniqueKeys("employers.csv", "npp");
		assertUniqueKeys("employer-contributions.csv", "npp", "month");
		assertUniqueKeys("employer-vulnerable.csv", "npp");
		assertUniqueKeys("minimum-wages.csv", "region_code", "year");
		assertUniqueKeys("jury-scores.csv", "level", "category", "candidate_code", "juror_id", "criterion");
	}

	@Test
	void regionsHaveBothYearsAndPlausibleCoverage() {
		List<Map<String, String>> rows = data.rows("region-coverage.csv");
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.get("year")).isIn(String.valueOf(YEAR - 1), String.valueOf(YEAR));
			assertThat(number(row, "pu_participants")).isBetween(0L, number(row, "wage_workers"));
			assertThat(number(row, "bpu_participants")).isBetween(0L, number(row, "nonwage_workers"));
		});
		Map<String, Map<String, Map<String, String>>> byRegion = rows.stream()
			.collect(Collectors.groupingBy(row -> row.get("region_code"),
					Collectors.toMap(row -> row.get("year"), Function.identity())));
		assertThat(byRegion.values()).allSatisfy(years -> assertThat(years).hasSize(2));
		long growing = byRegion.values()
			.stream()
			.filter(years -> coverage(years.get(String.valueOf(YEAR))) > coverage(years.get(String.valueOf(YEAR - 1))))
			.count();
		assertThat(growing).as("regions whose coverage grew").isGreaterThan(byRegion.size() / 2);
	}

	@Test
	void contributionsFallInTheYearAndBelongToKnownEmployers() {
		Set<String> npps = data.column("employers.csv", "npp");
		assertThat(npps).allMatch(npp -> npp.matches("\\d{8}"));
		Set<String> programs = Set.of("JKK", "JKM", "JHT", "JP", "JKP");
		assertThat(data.rows("employer-contributions.csv")).allSatisfy(row -> {
			assertThat(npps).contains(row.get("npp"));
			YearMonth month = YearMonth.parse(row.get("month"));
			assertThat(month.getYear()).isEqualTo(YEAR);
			assertThat(number(row, "workers_registered")).isBetween(1L, number(row, "workers_total"));
			assertThat(programs).containsAll(List.of(row.get("programs").split(";")));
			assertThat(number(row, "contribution_due")).isPositive();
			assertThat(number(row, "contribution_paid")).isBetween(0L, number(row, "contribution_due"));
			if (row.get("paid_date").isEmpty()) {
				assertThat(number(row, "contribution_paid")).isZero();
			}
			else {
				assertThat(LocalDate.parse(row.get("paid_date"))).isAfter(month.atEndOfMonth());
			}
		});
	}

	@Test
	void mostEmployersComplyAndAMinorityFailsInEveryMeasuredWay() {
		Map<String, Map<String, String>> employers = data.rows("employers.csv")
			.stream()
			.collect(Collectors.toMap(row -> row.get("npp"), Function.identity()));
		Map<String, Long> minimumWages = data.rows("minimum-wages.csv")
			.stream()
			.collect(Collectors.toMap(row -> row.get("region_code"), row -> number(row, "monthly_minimum_wage")));
		Map<String, List<Map<String, String>>> months = data.rows("employer-contributions.csv")
			.stream()
			.collect(Collectors.groupingBy(row -> row.get("npp")));
		Map<String, Set<String>> failures = new HashMap<>();
		employers.forEach((npp, employer) -> {
			Set<String> failed = new HashSet<>();
			List<Map<String, String>> rows = months.getOrDefault(npp, List.of());
			String region = employer.get("region_code");
			long minimumWage = minimumWages.getOrDefault(region, minimumWages.get(region.substring(0, 2)));
			if (rows.size() < 12) {
				failed.add("missing month");
			}
			for (Map<String, String> row : rows) {
				if (row.get("paid_date").isEmpty()) {
					failed.add("unpaid");
				}
				else if (LocalDate.parse(row.get("paid_date"))
					.isAfter(YearMonth.parse(row.get("month")).plusMonths(1).atDay(15))) {
					failed.add("late");
				}
				if (number(row, "contribution_paid") < number(row, "contribution_due")
						&& !row.get("paid_date").isEmpty()) {
					failed.add("partial");
				}
				if (!Set.of(row.get("programs").split(";")).containsAll(REQUIRED.get(employer.get("size_class")))) {
					failed.add("missing program");
				}
				BigDecimal perWorker = new BigDecimal(row.get("wage_reported_total"))
					.divide(new BigDecimal(row.get("workers_registered")), 10, RoundingMode.DOWN);
				if (perWorker.compareTo(BigDecimal.valueOf(minimumWage)) < 0) {
					failed.add("under minimum wage");
				}
				if (number(row, "workers_registered") < number(row, "workers_total")) {
					failed.add("under-registered");
				}
			}
			failures.put(npp, failed);
		});
		assertThat(failures.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("missing month", "unpaid", "late", "partial", "missing program",
					"under minimum wage", "under-registered");
		long compliant = failures.values().stream().filter(Set::isEmpty).count();
		assertThat(compliant).as("compliant employers").isGreaterThan(employers.size() / 2);
	}

	/**
	 * From JKK alone at the lowest risk (0.24 %) to every program at the highest risk
	 * (11.2 %).
	 */
	@Test
	void contributionsAreAPlausibleShareOfWages() {
		assertThat(data.rows("employer-contributions.csv")).allSatisfy(row -> {
			double rate = (double) number(row, "contribution_due") / number(row, "wage_reported_total");
			assertThat(rate).isBetween(0.0023, 0.113);
		});
	}

	@Test
	void everyProvinceHasAMinimumWageAndNoRegencyIsBelowIt() {
		Map<String, Long> wages = data.rows("minimum-wages.csv")
			.stream()
			.peek(row -> assertThat(row.get("year")).isEqualTo(String.valueOf(YEAR)))
			.collect(Collectors.toMap(row -> row.get("region_code"), row -> number(row, "monthly_minimum_wage")));
		assertThat(wages.keySet()).containsAll(provincesInScope());
		wages.forEach((code, wage) -> {
			if (code.length() == 5) {
				assertThat(wage).as(code).isGreaterThanOrEqualTo(wages.get(code.substring(0, 2)));
			}
		});
	}

	@Test
	void governmentRowsUseTheListedValues() {
		assertThat(data.rows("nonasn.csv")).allSatisfy(row -> {
			assertThat(row.get("group")).isIn("HONORER_PEMDA", "GURU_HONORER", "PENYELENGGARA_PEMILU", "APARAT_DESA",
					"RT_RW");
			assertThat(number(row, "covered")).isBetween(0L, number(row, "workers"));
		});
		assertThat(data.column("vulnerable-protection.csv", "funding")).isSubsetOf("APBD", "APBDES", "CSR", "OTHER")
			.contains("APBD");
		List<Map<String, String>> regulations = data.rows("regulations.csv");
		assertThat(regulations).allSatisfy(row -> {
			assertThat(row.get("type")).isIn("PERDA", "PERKADA", "INSTRUKSI", "SURAT_EDARAN", "MOU");
			assertThat(Integer.parseInt(row.get("year"))).isBetween(YEAR - 10, YEAR);
		});
		assertThat(data.column("regulations.csv", "verified")).containsExactlyInAnyOrder("true", "false");
		Set<String> governments = new HashSet<>(provincesInScope());
		governments.addAll(data.column("region-coverage.csv", "region_code"));
		assertThat(data.column("regulations.csv", "government_code")).as("some governments have no regulation")
			.hasSizeLessThan(governments.size());
	}

	@Test
	void villagesClusterAroundTheThresholdOfOneHundred() {
		List<Long> protectedWorkers = data.rows("village-protection.csv")
			.stream()
			.map(row -> number(row, "vulnerable_protected"))
			.toList();
		long below = protectedWorkers.stream().filter(count -> count < 100).count();
		assertThat(below).isGreaterThan(protectedWorkers.size() / 2).isLessThan(protectedWorkers.size());
		assertThat(protectedWorkers).contains(100L).anyMatch(count -> count > 100);
	}

	@Test
	void employerVulnerableRowsAreConsistent() {
		Set<String> npps = data.column("employers.csv", "npp");
		List<Map<String, String>> rows = data.rows("employer-vulnerable.csv");
		assertThat(rows).isNotEmpty().hasSizeLessThan(npps.size()).allSatisfy(row -> {
			assertThat(npps).contains(row.get("npp"));
			assertThat(number(row, "vendors_covered")).isBetween(0L, number(row, "vendors"));
		});
	}

	@Test
	void juryScoresAreCompleteForEveryJurorAndCandidate() {
		List<Map<String, String>> rows = data.rows("jury-scores.csv");
		Set<String> candidates = new HashSet<>(data.column("employers.csv", "npp"));
		candidates.addAll(GeneratedData.wilayahCodes("provinces.csv"));
		candidates.addAll(GeneratedData.wilayahCodes("regencies.csv"));
		Set<String> governmentCriteria = Set.of("komitmen", "kebijakan", "inovasi", "keberlanjutan", "penyajian");
		Set<String> businessCriteria = Set.of("komitmen", "kepatuhan", "pekerja_rentan", "rantai_pasok", "penyajian");
		assertThat(rows).allSatisfy(row -> {
			assertThat(candidates).contains(row.get("candidate_code"));
			assertThat(row.get("juror_id")).matches("J-(\\d{2}|ID)-\\d{2}");
			assertThat(number(row, "score")).isBetween(0L, 100L);
		});
		Map<String, Set<String>> criteriaByJurorAndCandidate = rows.stream()
			.collect(Collectors.groupingBy(
					row -> row.get("level") + "|" + row.get("category") + "|" + row.get("candidate_code") + "|"
							+ row.get("juror_id"),
					Collectors.mapping(row -> row.get("criterion"), Collectors.toSet())));
		criteriaByJurorAndCandidate.forEach((key, criteria) -> assertThat(criteria).as(key)
			.isEqualTo(key.contains("BU_") ? businessCriteria : governmentCriteria));
		assertThat(data.column("jury-scores.csv", "category")).containsExactlyInAnyOrder("PEMPROV", "PEMKAB_PEMKOT",
				"BU_BESAR", "BU_MENENGAH");
		assertThat(rows).filteredOn(row -> row.get("category").equals("PEMPROV"))
			.allMatch(row -> row.get("level").equals("NASIONAL"));
		Map<String, Set<String>> jurorsByCandidate = rows.stream()
			.collect(Collectors.groupingBy(row -> row.get("level") + "|" + row.get("candidate_code"),
					Collectors.mapping(row -> row.get("juror_id"), Collectors.toSet())));
		jurorsByCandidate.forEach((key, jurors) -> assertThat(jurors.size()).as(key)
			.isBetween(key.startsWith("NASIONAL") ? 5 : 3, key.startsWith("NASIONAL") ? 7 : 5));
		Map<String, Set<String>> provincialShortlists = rows.stream()
			.filter(row -> row.get("level").equals("PROVINSI") && row.get("category").equals("PEMKAB_PEMKOT"))
			.collect(Collectors.groupingBy(row -> row.get("candidate_code").substring(0, 2),
					Collectors.mapping(row -> row.get("candidate_code"), Collectors.toSet())));
		assertThat(provincialShortlists.keySet()).isEqualTo(provincesInScope());
		assertThat(provincialShortlists.values()).allSatisfy(shortlist -> assertThat(shortlist).hasSizeBetween(3, 5));
	}

	private static Set<String> provincesInScope() {
		return data.column("region-coverage.csv", "region_code")
			.stream()
			.map(code -> code.substring(0, 2))
			.collect(Collectors.toSet());
	}

	private static void assertUniqueKeys(String file, String... columns) {
		List<String> keys = data.rows(file)
			.stream()
			.map(row -> Arrays.stream(columns).map(row::get).collect(Collectors.joining("|")))
			.toList();
		assertThat(new HashSet<>(keys)).as(file).hasSameSizeAs(keys);
	}

	private static double coverage(Map<String, String> row) {
		return (double) (number(row, "pu_participants") + number(row, "bpu_participants"))
				/ (number(row, "wage_workers") + number(row, "nonwage_workers"));
	}

	private static long number(Map<String, String> row, String column) {
		return Long.parseLong(row.get(column));
	}

}
