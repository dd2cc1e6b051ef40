package id.paritrana.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.paritrana.engine.data.DataFile;
import id.paritrana.engine.data.Problems;
import id.paritrana.engine.rubric.Measure;

/**
 * The employer measures of DESIGN §5.1, each against hand-computed values at its
 * boundaries.
 */
class EmployerMeasuresTests {

	static final String EMPLOYERS = "npp,name,region_code,sector,size_class";

	static final String CONTRIBUTIONS = "npp,month,workers_total,workers_registered,programs,wage_reported_total,"
			+ "contribution_due,contribution_paid,paid_date";

	/** 11.01 has its own minimum wage; 11.02 falls back to province 11's. */
	static final String[] WAGES = { "region_code,year,monthly_minimum_wage", "11,2023,3000000", "11.01,2023,3500000",
			"11.01,2022,1" };

	@TempDir
	Path dir;

	private Employers employers;

	private EmployerMeasures measures(List<String> employerRows, List<String> contributionRows, String... vulnerable) {
		return measures(employerRows, contributionRows, 1, vulnerable);
	}

	private EmployerMeasures measures(List<String> employerRows, List<String> contributionRows, int parallelism,
			String... vulnerable) {
		Problems problems = new Problems();
		List<String> e = new ArrayList<>(List.of(EMPLOYERS));
		e.addAll(employerRows);
		this.employers = Employers.read(TestFiles.write(this.dir, "employers.csv", e.toArray(String[]::new)).get(),
				TestFiles.areas(), Math.max(1, parallelism), problems);
		List<String> c = new ArrayList<>(List.of(CONTRIBUTIONS));
		c.addAll(contributionRows);
		Optional<DataFile> contributions = TestFiles.write(this.dir, "employer-contributions.csv",
				c.toArray(String[]::new));
		Optional<DataFile> vulnerableFile = (vulnerable.length == 0) ? Optional.empty()
				: TestFiles.write(this.dir, "employer-vulnerable.csv", vulnerable);
		MinimumWages wages = MinimumWages.read(TestFiles.write(this.dir, "minimum-wages.csv", WAGES).get(), 2023,
				TestFiles.areas(), problems);
		// parallelism 0: the contributions as one stream, as they come out of a database
		EmployerMeasures m = (parallelism == 0)
				? EmployerMeasures.compute(this.employers, 2023, "employer-contributions.csv",
						new ByteArrayInputStream((String.join("\n", c) + "\n").getBytes(StandardCharsets.UTF_8)),
						vulnerableFile, Optional.of(wages), problems)
				: EmployerMeasures.compute(this.employers, 2023, contributions, vulnerableFile, Optional.of(wages),
						parallelism, problems);
		assertThat(problems.lines()).isEmpty();
		return m;
	}

	private double value(EmployerMeasures m, Measure measure, String npp) {
		return m.value(measure, this.employers.find(npp));
	}

	/**
	 * A month paid in full on the 15th of the following month, with complete BESAR
	 * programs.
	 */
	private static String month(String npp, int m, int total, int registered, String programs, long wage,
			String paidDate, long due, long paid) {
		return String.join(",", npp, "2023-%02d".formatted(m), "" + total, "" + registered, programs, "" + wage,
				"" + due, "" + paid, paidDate);
	}

	private static String onTime(int m) {
		return (m == 12) ? "2024-01-15" : "2023-%02d-15".formatted(m + 1);
	}

	private static List<String> year(String npp, int total, int registered, String programs, long wage) {
		List<String> rows = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			rows.add(month(npp, m, total, registered, programs, wage, onTime(m), 100, 100));
		}
		return rows;
	}

	@Test
	void onTimeMeansPaidInFullByThe15thOfTheNextMonth() {
		List<String> rows = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			String paidDate = switch (m) {
				case 2 -> "2023-03-16"; // the 16th: late
				case 3 -> ""; // never paid
				case 5 -> "2023-05-02"; // early
				default -> onTime(m); // on the 15th; December on 15 January of the next
										// year
			};
			long paid = (m == 4) ? 99 : (m == 3) ? 0 : 100; // April: one rupiah short, on
															// time
			rows.add(month("A", m, 10, 10, "JKK;JKM;JHT;JP", 35_000_000, paidDate, 100, paid));
		}
		rows.addAll(year("B", 10, 10, "JKK;JKM;JHT;JP", 35_000_000));
		rows.set(rows.size() - 1, month("B", 12, 10, 10, "JKK;JKM;JHT;JP", 35_000_000, "2024-01-16", 100, 100));
		EmployerMeasures m = measures(List.of("A,PT A,11.01,C,BESAR", "B,PT B,11.01,C,BESAR"), rows);
		// A: late in February, March (no paid_date) and April (short): 9 of 12
		assertThat(value(m, Measure.ONTIME_PCT, "A")).isCloseTo(75.0, within(1e-9));
		assertThat(value(m, Measure.ARREARS, "A")).isEqualTo(101.0);
		// B: December paid on 16 January
		assertThat(value(m, Measure.ONTIME_PCT, "B")).isCloseTo(100.0 * 11 / 12, within(1e-9));
	}

	@Test
	void aMonthWithoutARowCountsAsFailed() {
		List<String> rows = year("A", 10, 10, "JKK;JKM;JHT;JP", 35_000_000);
		rows.remove(6);
		EmployerMeasures m = measures(List.of("A,PT A,11.01,C,BESAR"), rows);
		assertThat(value(m, Measure.MONTHS_REPORTED, "A")).isEqualTo(11.0);
		assertThat(value(m, Measure.ONTIME_PCT, "A")).isCloseTo(100.0 * 11 / 12, within(1e-9));
		assertThat(value(m, Measure.PROGRAM_COMPLETE_PCT, "A")).isCloseTo(100.0 * 11 / 12, within(1e-9));
		assertThat(value(m, Measure.WAGE_COMPLIANCE_PCT, "A")).isCloseTo(100.0 * 11 / 12, within(1e-9));
		assertThat(value(m, Measure.REGISTRATION_PCT, "A")).isEqualTo(100.0);
	}

	@Test
	void wagesCompareExactlyWithTheRegencyMinimumElseTheProvinces() {
		List<String> rows = new ArrayList<>();
		// 11.01: 3,500,000 per registered worker; 10 registered
		rows.addAll(year("AT", 12, 10, "JKK;JKM;JHT;JP", 35_000_000));
		rows.addAll(year("UNDER", 12, 10, "JKK;JKM;JHT;JP", 34_999_999));
		// 11.02 has no minimum wage of its own: province 11's 3,000,000
		rows.addAll(year("FALLBACK", 12, 10, "JKK;JKM;JHT;JP", 30_000_000));
		rows.addAll(year("FALLBACK_UNDER", 12, 10, "JKK;JKM;JHT;JP", 29_999_999));
		// no registered workers: no average wage, never compliant
		rows.addAll(year("NOBODY", 12, 0, "JKK;JKM;JHT;JP", 35_000_000));
		EmployerMeasures m = measures(List.of("AT,a,11.01,C,BESAR", "UNDER,b,11.01,C,BESAR", "FALLBACK,c,11.02,C,BESAR",
				"FALLBACK_UNDER,d,11.02,C,BESAR", "NOBODY,e,11.01,C,BESAR"), rows);
		assertThat(value(m, Measure.WAGE_COMPLIANCE_PCT, "AT")).isEqualTo(100.0);
		assertThat(value(m, Measure.WAGE_COMPLIANCE_PCT, "UNDER")).isEqualTo(0.0);
		assertThat(value(m, Measure.WAGE_COMPLIANCE_PCT, "FALLBACK")).isEqualTo(100.0);
		assertThat(value(m, Measure.WAGE_COMPLIANCE_PCT, "FALLBACK_UNDER")).isEqualTo(0.0);
		assertThat(value(m, Measure.WAGE_COMPLIANCE_PCT, "NOBODY")).isEqualTo(0.0);
		assertThat(m.inputs(Measure.WAGE_COMPLIANCE_PCT, this.employers.find("FALLBACK")))
			.containsEntry("minimum_wage", 3_000_000L)
			.containsEntry("minimum_wage_of", "province");
	}

	@Test
	void exactWageComparisonDoesNotOverflow() {
		assertThat(ContributionTotals.meetsMinimumWage(999_999_999_999_999L, 999_999_999_999_999L, 1)).isTrue();
		assertThat(ContributionTotals.meetsMinimumWage(999_999_999_999_998L, 999_999_999_999_999L, 1)).isFalse();
		assertThat(ContributionTotals.meetsMinimumWage(999_999_999_999_999L, 2, 499_999_999_999_999L)).isTrue();
		assertThat(ContributionTotals.meetsMinimumWage(999_999_999_999_999L, 2, 500_000_000_000_000L)).isFalse();
		assertThat(ContributionTotals.meetsMinimumWage(5, 3, -1)).isFalse();
	}

	@Test
	void programsAreASetCheckedAgainstTheSizeClass() {
		List<String> rows = new ArrayList<>();
		rows.addAll(year("BESAR_ANY_ORDER", 10, 10, "JP;JKP;JHT;JKM;JKK", 35_000_000));
		rows.addAll(year("MENENGAH_NO_JP", 10, 10, "JKK;JKM;JHT;JKP", 35_000_000));
		rows.addAll(year("KECIL_FULL", 10, 10, "JHT;JKK;JKM", 35_000_000));
		rows.addAll(year("KECIL_NO_JHT", 10, 10, "JKK;JKM", 35_000_000));
		rows.addAll(year("MIKRO_EXTRA", 10, 10, "JKM;JKK;JP", 35_000_000));
		rows.addAll(year("MIKRO_REPEATED", 10, 10, "JKK;JKK;JKM", 35_000_000));
		EmployerMeasures m = measures(List.of("BESAR_ANY_ORDER,a,11.01,C,BESAR", "MENENGAH_NO_JP,b,11.01,C,MENENGAH",
				"KECIL_FULL,c,11.01,C,KECIL", "KECIL_NO_JHT,d,11.01,C,KECIL", "MIKRO_EXTRA,e,11.01,C,MIKRO",
				"MIKRO_REPEATED,f,11.01,C,MIKRO"), rows);
		assertThat(value(m, Measure.PROGRAM_COMPLETE_PCT, "BESAR_ANY_ORDER")).isEqualTo(100.0);
		assertThat(value(m, Measure.PROGRAM_COMPLETE_PCT, "MENENGAH_NO_JP")).isEqualTo(0.0);
		assertThat(value(m, Measure.PROGRAM_COMPLETE_PCT, "KECIL_FULL")).isEqualTo(100.0);
		assertThat(value(m, Measure.PROGRAM_COMPLETE_PCT, "KECIL_NO_JHT")).isEqualTo(0.0);
		assertThat(value(m, Measure.PROGRAM_COMPLETE_PCT, "MIKRO_EXTRA")).isEqualTo(100.0);
		assertThat(value(m, Measure.PROGRAM_COMPLETE_PCT, "MIKRO_REPEATED")).isEqualTo(100.0);
	}

	@Test
	void registrationIsCappedAndWorkerGrowthRunsFromTheFirstToTheLastReportedMonth() {
		List<String> rows = new ArrayList<>();
		// registered 8 of 10 in March–June, 10 of 10 in July–October: first reported
		// March, last October
		for (int month = 3; month <= 10; month++) {
			rows.add(month("GROW", month, 10, month <= 6 ? 8 : 10, "JKK;JKM", 1, onTime(month), 1, 1));
		}
		// more registered than workers: capped at 100
		rows.addAll(year("OVER", 10, 12, "JKK;JKM", 1));
		// nobody registered in the first month: growth has no base
		rows.add(month("ZERO", 1, 0, 0, "JKK;JKM", 1, onTime(1), 1, 1));
		rows.add(month("ZERO", 2, 5, 5, "JKK;JKM", 1, onTime(2), 1, 1));
		EmployerMeasures m = measures(List.of("GROW,a,11.01,C,MIKRO", "OVER,b,11.01,C,MIKRO", "ZERO,c,11.01,C,MIKRO"),
				rows);
		assertThat(value(m, Measure.REGISTRATION_PCT, "GROW")).isCloseTo(100.0 * 72 / 80, within(1e-9));
		assertThat(value(m, Measure.WORKER_GROWTH_PCT, "GROW")).isCloseTo(25.0, within(1e-9));
		assertThat(value(m, Measure.REGISTRATION_PCT, "OVER")).isEqualTo(100.0);
		assertThat(value(m, Measure.WORKER_GROWTH_PCT, "OVER")).isEqualTo(0.0);
		assertThat(value(m, Measure.WORKER_GROWTH_PCT, "ZERO")).isNaN();
		assertThat(value(m, Measure.REGISTRATION_PCT, "ZERO")).isEqualTo(100.0);
	}

	@Test
	void zeroDenominatorsAndEmployersWithoutRowsAreMissing() {
		List<String> rows = new ArrayList<>(year("ALL_ZERO", 0, 0, "JKK;JKM", 0));
		EmployerMeasures m = measures(List.of("ALL_ZERO,a,11.01,C,MIKRO", "NO_ROWS,b,11.01,C,MIKRO"), rows,
				"npp,vulnerable_workers_protected,vendors,vendors_covered", "ALL_ZERO,4,0,0");
		assertThat(value(m, Measure.REGISTRATION_PCT, "ALL_ZERO")).isNaN();
		assertThat(value(m, Measure.VULNERABLE_PER_100_WORKERS, "ALL_ZERO")).isNaN();
		assertThat(value(m, Measure.SUPPLY_CHAIN_PCT, "ALL_ZERO")).isNaN();
		assertThat(value(m, Measure.MONTHS_REPORTED, "NO_ROWS")).isEqualTo(0.0);
		assertThat(value(m, Measure.REGISTRATION_PCT, "NO_ROWS")).isNaN();
		assertThat(value(m, Measure.ONTIME_PCT, "NO_ROWS")).isEqualTo(0.0);
		assertThat(value(m, Measure.PROGRAM_COMPLETE_PCT, "NO_ROWS")).isEqualTo(0.0);
		assertThat(value(m, Measure.ARREARS, "NO_ROWS")).isEqualTo(0.0);
		assertThat(value(m, Measure.WORKER_GROWTH_PCT, "NO_ROWS")).isNaN();
		assertThat(value(m, Measure.VULNERABLE_PER_100_WORKERS, "NO_ROWS")).isNaN();
	}

	@Test
	void vulnerableWorkersPer100AverageWorkersAndSupplyChain() {
		List<String> rows = new ArrayList<>();
		rows.addAll(year("V", 10, 10, "JKK;JKM", 1));
		rows.addAll(year("NO_ROW", 10, 10, "JKK;JKM", 1));
		EmployerMeasures m = measures(List.of("V,a,11.01,C,MIKRO", "NO_ROW,b,11.01,C,MIKRO"), rows,
				"npp,vulnerable_workers_protected,vendors,vendors_covered", "V,3,8,4");
		// average workers 120 / 12 = 10: 100 × 3 / 10
		assertThat(value(m, Measure.VULNERABLE_PER_100_WORKERS, "V")).isCloseTo(30.0, within(1e-9));
		assertThat(value(m, Measure.SUPPLY_CHAIN_PCT, "V")).isEqualTo(50.0);
		// no row: nobody protected, no vendors
		assertThat(value(m, Measure.VULNERABLE_PER_100_WORKERS, "NO_ROW")).isEqualTo(0.0);
		assertThat(value(m, Measure.SUPPLY_CHAIN_PCT, "NO_ROW")).isNaN();
	}

	@Test
	void absentFilesLeaveTheirMeasuresMissing() {
		Problems problems = new Problems();
		this.employers = Employers.read(
				TestFiles.write(this.dir, "employers.csv", EMPLOYERS, "A,PT A,11.01,C,BESAR").get(), TestFiles.areas(),
				1, problems);
		EmployerMeasures m = EmployerMeasures.compute(this.employers, 2023, Optional.empty(), Optional.empty(),
				Optional.empty(), 1, problems);
		for (Measure measure : EmployerMeasures.MEASURES) {
			assertThat(m.value(measure, 0)).as(measure.id()).isNaN();
			assertThat(m.inputs(measure, 0)).as(measure.id()).isEmpty();
		}
		assertThat(problems.isEmpty()).isTrue();
	}

	@Test
	void readingInParallelPartsOrAsAStreamGivesTheSameMeasuresAsOnePass() {
		SplittableRandom random = new SplittableRandom(7);
		List<String> employerRows = new ArrayList<>();
		List<String> rows = new ArrayList<>();
		String[] sizes = { "BESAR", "MENENGAH", "KECIL", "MIKRO" };
		String[] programs = { "JKK;JKM;JHT;JP", "JKK;JKM", "JKK;JKM;JHT", "\"JKK;JKM;JHT;JP;JKP\"", "" };
		for (int e = 0; e < 2000; e++) {
			employerRows.add("E" + e + ",PT " + e + "," + (random.nextBoolean() ? "11.01" : "11.02") + ",C,"
					+ sizes[random.nextInt(4)]);
			for (int month = 1; month <= 12; month++) {
				if (random.nextInt(10) == 0) {
					continue;
				}
				int total = random.nextInt(50);
				rows.add(month("E" + e, month, total, random.nextInt(total + 1), programs[random.nextInt(5)],
						random.nextLong(200_000_000), random.nextInt(5) == 0 ? "" : onTime(month), random.nextInt(100),
						random.nextInt(100)));
			}
		}
		EmployerMeasures once = measures(employerRows, rows, 1);
		EmployerMeasures parts = measures(employerRows, rows, 2);
		EmployerMeasures stream = measures(employerRows, rows, 0);
		for (int e = 0; e < 2000; e++) {
			for (Measure measure : EmployerMeasures.MEASURES) {
				assertThat(Double.valueOf(parts.value(measure, e))).as(measure.id() + " of E" + e)
					.isEqualTo(Double.valueOf(once.value(measure, e)));
				assertThat(Double.valueOf(stream.value(measure, e))).as(measure.id() + " of E" + e + ", streamed")
					.isEqualTo(Double.valueOf(once.value(measure, e)));
			}
		}
	}

	/**
	 * Sums made while the rows stream past, kept and restored for employers read again
	 * (names changed, size classes changed, the employers in another order), give the
	 * same measures as reading the rows; kept sums an employer's NPP or minimum wage no
	 * longer fits are refused.
	 */
	@Test
	void sumsKeptFromOneReadingGiveTheMeasuresOfReadingTheRows() {
		SplittableRandom random = new SplittableRandom(11);
		List<String> before = new ArrayList<>();
		List<String> after = new ArrayList<>();
		List<String> rows = new ArrayList<>();
		String[] sizes = { "BESAR", "MENENGAH", "KECIL", "MIKRO" };
		String[] programs = { "JKK;JKM;JHT;JP", "JKK;JKM", "JKK;JKM;JHT", "\"JKK;JKM;JHT;JP;JKP\"", "", "JKK" };
		for (int e = 0; e < 1500; e++) {
			String region = random.nextBoolean() ? "11.01" : (random.nextBoolean() ? "11.02" : "11");
			before.add("E" + e + ",PT " + e + "," + region + ",C," + sizes[random.nextInt(4)]);
			after.add(0, "E" + e + ",CV " + e + "," + region + ",C," + sizes[random.nextInt(4)]);
			for (int month = 1; month <= 12; month++) {
				if (random.nextInt(8) == 0) {
					continue;
				}
				int total = random.nextInt(50);
				rows.add(month("E" + e, month, total, random.nextInt(total + 1), programs[random.nextInt(6)],
						random.nextLong(200_000_000), random.nextInt(5) == 0 ? "" : onTime(month), random.nextInt(100),
						random.nextInt(100)));
			}
		}
		after.add("NEW,PT Baru,11.01,C,KECIL");
		// the sums of the rows as an import reads them: employers given one by one
		Problems problems = new Problems();
		MinimumWages wages = MinimumWages.read("minimum-wages.csv",
				new ByteArrayInputStream((String.join("\n", WAGES) + "\n").getBytes(StandardCharsets.UTF_8)), 2023,
				TestFiles.areas(), problems);
		Employers.Builder given = Employers.builder("employers.csv", TestFiles.areas());
		for (String employer : before) {
			String[] f = employer.split(",");
			given.add(f[0], null, f[2], SizeClass.valueOf(f[4]));
		}
		ContributionSums summed = ContributionSums.of(given.build(), 2023, Optional.of(wages));
		List<String> c = new ArrayList<>(List.of(CONTRIBUTIONS));
		c.addAll(rows);
		id.paritrana.engine.data.DataReader.read(id.paritrana.engine.data.DataSet.CONTRIBUTIONS,
				"employer-contributions.csv", DataFile.Format.CSV,
				new ByteArrayInputStream((String.join("\n", c) + "\n").getBytes(StandardCharsets.UTF_8)), summed,
				problems);
		List<ContributionSums.Employer> kept = new ArrayList<>();
		summed.forEach(kept::add);
		assertThat(problems.lines()).isEmpty();

		// the measures of the rows, for the employers as they are now
		EmployerMeasures read = measures(after, rows);
		ContributionSums restored = ContributionSums.of(this.employers, 2023, Optional.of(wages));
		for (ContributionSums.Employer k : kept) {
			assertThat(restored.restore(k)).as(k.npp()).isTrue();
		}
		EmployerMeasures fromSums = EmployerMeasures.compute(restored, Optional.empty(), problems);
		assertThat(this.employers.size()).isEqualTo(1501);
		for (int e = 0; e < this.employers.size(); e++) {
			for (Measure measure : EmployerMeasures.MEASURES) {
				assertThat(Double.valueOf(fromSums.value(measure, e))).as(measure.id() + " of " + this.employers.npp(e))
					.isEqualTo(Double.valueOf(read.value(measure, e)));
				assertThat(fromSums.inputs(measure, e)).isEqualTo(read.inputs(measure, e));
			}
		}

		// restored twice, an NPP that is gone, another minimum wage: refused
		assertThat(restored.restore(kept.get(0))).isFalse();
		ContributionSums.Employer e1 = kept.get(1);
		assertThat(ContributionSums.of(this.employers, 2023, Optional.of(wages))
			.restore(new ContributionSums.Employer("GONE", e1.months(), e1.workersTotal(), e1.workersRegistered(),
					e1.arrears(), e1.monthsComplete(), e1.monthsOnTime(), e1.monthsWageCompliant(), e1.minimumWage(),
					e1.firstMonth(), e1.firstRegistered(), e1.lastMonth(), e1.lastRegistered())))
			.isFalse();
		assertThat(ContributionSums.of(this.employers, 2023, Optional.empty()).restore(e1)).isFalse();
	}

	@Test
	void aStreamOfContributionsReportsProblemsWithTheirLines() {
		Problems problems = new Problems();
		this.employers = Employers.read(
				TestFiles.write(this.dir, "employers.csv", EMPLOYERS, "A,PT A,11.01,C,BESAR").get(), TestFiles.areas(),
				1, problems);
		String csv = String.join("\n", CONTRIBUTIONS, month("A", 1, 1, 1, "JKK;JKM", 1, onTime(1), 1, 1),
				month("A", 1, 1, 1, "JKK;JKM", 1, onTime(1), 1, 1)) + "\n";
		EmployerMeasures.compute(this.employers, 2023, "employer-contributions.csv",
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Optional.empty(), Optional.empty(),
				problems);
		assertThat(problems.lines()).singleElement().asString().startsWith("employer-contributions.csv:3:");
	}

}
