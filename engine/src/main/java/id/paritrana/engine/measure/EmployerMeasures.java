package id.paritrana.engine.measure;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.paritrana.engine.data.Column;
import id.paritrana.engine.data.DataFile;
import id.paritrana.engine.data.DataReader;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.Problems;
import id.paritrana.engine.data.Row;
import id.paritrana.engine.rubric.Measure;

/**
 * The employer measures of DESIGN §5.1 for every employer, from
 * {@code employer-contributions}, {@code employer-vulnerable} and {@code minimum-wages}.
 * A missing file leaves the measures that need it missing ({@code NaN}).
 */
public final class EmployerMeasures {

	/** The measures this class computes. */
	public static final List<Measure> MEASURES = List.of(Measure.MONTHS_REPORTED, Measure.REGISTRATION_PCT,
			Measure.PROGRAM_COMPLETE_PCT, Measure.ONTIME_PCT, Measure.WAGE_COMPLIANCE_PCT, Measure.ARREARS,
			Measure.VULNERABLE_PER_100_WORKERS, Measure.SUPPLY_CHAIN_PCT, Measure.WORKER_GROWTH_PCT);

	private static final Column V_NPP = DataSet.EMPLOYER_VULNERABLE.column("npp");

	private static final Column V_PROTECTED = DataSet.EMPLOYER_VULNERABLE.column("vulnerable_workers_protected");

	private static final Column V_VENDORS = DataSet.EMPLOYER_VULNERABLE.column("vendors");

	private static final Column V_COVERED = DataSet.EMPLOYER_VULNERABLE.column("vendors_covered");

	private final Employers employers;

	/** Null when there is no contributions file. */
	private final ContributionTotals totals;

	/**
	 * Null when there is no minimum wages file; else per employer, −1 when none applies.
	 */
	private final long[] minimumWage;

	/** Null when there is no minimum wages file. */
	private final MinimumWages wages;

	/** Null when there is no employer-vulnerable file. */
	private final long[][] vulnerable;

	private EmployerMeasures(Employers employers, ContributionTotals totals, MinimumWages wages, long[] minimumWage,
			long[][] vulnerable) {
		this.employers = employers;
		this.wages = wages;
		this.totals = totals;
		this.minimumWage = minimumWage;
		this.vulnerable = vulnerable;
	}

	/**
	 * Reads the employer data sets that are present and computes the measures.
	 * @param parallelism how many parts the contributions file is read in at once
	 */
	public static EmployerMeasures compute(Employers employers, int year, Optional<DataFile> contributions,
			Optional<DataFile> vulnerable, Optional<MinimumWages> wages, int parallelism, Problems problems) {
		long[] minimum = minimumWages(employers, wages);
		ContributionTotals totals = contributions
			.map(file -> contributions(employers, year, minimum, file, parallelism, problems))
			.orElse(null);
		long[][] vulnerableRows = vulnerable.map(file -> vulnerable(employers, file, problems)).orElse(null);
		return new EmployerMeasures(employers, totals, wages.orElse(null), wages.isPresent() ? minimum : null,
				vulnerableRows);
	}

	/**
	 * As {@link #compute(Employers, int, Optional, Optional, Optional, int, Problems)},
	 * with the contributions read once, in one pass, from a CSV stream (straight out of a
	 * database, say, so that producing and summing the rows overlap instead of going
	 * through a file); {@code contributionsName} is how problems name it.
	 */
	public static EmployerMeasures compute(Employers employers, int year, String contributionsName,
			InputStream contributions, Optional<DataFile> vulnerable, Optional<MinimumWages> wages, Problems problems) {
		long[] minimum = minimumWages(employers, wages);
		ContributionTotals totals = new ContributionTotals(employers, year, minimum, true);
		DataReader.read(DataSet.CONTRIBUTIONS, contributionsName, DataFile.Format.CSV, contributions, totals, problems);
		long[][] vulnerableRows = vulnerable.map(file -> vulnerable(employers, file, problems)).orElse(null);
		return new EmployerMeasures(employers, totals, wages.orElse(null), wages.isPresent() ? minimum : null,
				vulnerableRows);
	}

	/**
	 * As {@link #compute(Employers, int, Optional, Optional, Optional, int, Problems)},
	 * from the contributions' sums kept from when their rows were read once (see
	 * {@link ContributionSums}) instead of the rows: the employers, year and minimum
	 * wages are the ones the sums were made for.
	 */
	public static EmployerMeasures compute(ContributionSums sums, Optional<DataFile> vulnerable, Problems problems) {
		Employers employers = sums.employers();
		long[][] vulnerableRows = vulnerable.map(file -> vulnerable(employers, file, problems)).orElse(null);
		return new EmployerMeasures(employers, sums.totals(), sums.wages().orElse(null),
				sums.wages().isPresent() ? sums.minimumWages() : null, vulnerableRows);
	}

	/**
	 * The minimum wage that applies to each employer, −1 when none does (or there is no
	 * wages file).
	 */
	static long[] minimumWages(Employers employers, Optional<MinimumWages> wages) {
		long[] minimum = new long[employers.size()];
		for (int e = 0; e < minimum.length; e++) {
			minimum[e] = wages.isPresent() ? wages.get().applying(employers.regency(e), employers.province(e)) : -1;
		}
		return minimum;
	}

	/**
	 * Sums the contributions in parallel parts; when any part meets a problem (or two
	 * parts hold the same employer and month), reads once more in one pass to report
	 * every problem with its exact line.
	 */
	private static ContributionTotals contributions(Employers employers, int year, long[] minimum, DataFile file,
			int parallelism, Problems problems) {
		if (parallelism > 1) {
			ContributionTotals[] parts = new ContributionTotals[parallelism];
			boolean valid = DataReader.readInParts(DataSet.CONTRIBUTIONS, file, parallelism,
					i -> parts[i] = new ContributionTotals(employers, year, minimum, false));
			ContributionTotals merged = parts[0];
			for (int i = 1; i < parts.length && valid; i++) {
				valid = parts[i] == null || merged.merge(parts[i]);
				parts[i] = null;
			}
			if (valid && merged != null) {
				return merged;
			}
		}
		ContributionTotals exact = new ContributionTotals(employers, year, minimum, true);
		DataReader.read(DataSet.CONTRIBUTIONS, file, exact, problems);
		return exact;
	}

	/**
	 * Per employer: [protected, vendors, vendors covered, line of its row (0 when none)].
	 */
	private static long[][] vulnerable(Employers employers, DataFile file, Problems problems) {
		long[][] v = new long[4][employers.size()];
		DataReader.read(DataSet.EMPLOYER_VULNERABLE, file, row -> {
			if (!row.isValid(V_NPP)) {
				return;
			}
			int e = employers.find(row, V_NPP);
			if (e < 0) {
				return;
			}
			if (v[3][e] != 0) {
				row.problem(V_NPP,
						DuplicateKeys.describe(DataSet.EMPLOYER_VULNERABLE.key(), row) + " repeats line " + v[3][e]);
			}
			else {
				v[3][e] = row.line();
				if (row.isValid()) {
					v[0][e] = row.value(V_PROTECTED);
					v[1][e] = row.value(V_VENDORS);
					v[2][e] = row.value(V_COVERED);
				}
			}
		}, problems);
		return v;
	}

	public Employers employers() {
		return this.employers;
	}

	/**
	 * The value of an employer measure for employer {@code e}; {@code NaN} when missing
	 * (its data set is absent, or a denominator is 0).
	 * @throws IllegalArgumentException for a measure that is not an employer measure
	 */
	public double value(Measure measure, int e) {
		ContributionTotals t = this.totals;
		switch (measure) {
			case SUPPLY_CHAIN_PCT:
				return (this.vulnerable == null || this.vulnerable[1][e] == 0) ? Double.NaN
						: 100.0 * this.vulnerable[2][e] / this.vulnerable[1][e];
			case WAGE_COMPLIANCE_PCT:
				return (t == null || this.minimumWage == null || this.minimumWage[e] < 0) ? Double.NaN
						: 100.0 * t.wageCompliant[e] / 12;
			default:
				break;
		}
		if (t == null) {
			return Double.NaN;
		}
		int months = Integer.bitCount(t.months[e]);
		return switch (measure) {
			case MONTHS_REPORTED -> months;
			case REGISTRATION_PCT ->
				(t.total[e] == 0) ? Double.NaN : Math.min(100.0, 100.0 * t.registered[e] / t.total[e]);
			case PROGRAM_COMPLETE_PCT -> 100.0 * t.complete[this.employers.sizeClass(e).ordinal()][e] / 12;
			case ONTIME_PCT -> 100.0 * t.onTime[e] / 12;
			case ARREARS -> t.arrears[e];
			case VULNERABLE_PER_100_WORKERS -> (this.vulnerable == null || months == 0 || t.total[e] == 0) ? Double.NaN
					: 100.0 * this.vulnerable[0][e] / ((double) t.total[e] / months);
			case WORKER_GROWTH_PCT -> (months == 0 || t.firstRegistered[e] == 0) ? Double.NaN
					: 100.0 * (t.lastRegistered[e] - t.firstRegistered[e]) / t.firstRegistered[e];
			default -> throw new IllegalArgumentException(measure + " is not an employer measure");
		};
	}

	/**
	 * The raw inputs of a measure for employer {@code e}, named as in §5.1, for the
	 * explanation (§5.7); empty when the data set they come from is absent.
	 */
	public Map<String, Object> inputs(Measure measure, int e) {
		Map<String, Object> in = new LinkedHashMap<>();
		ContributionTotals t = this.totals;
		if (measure == Measure.SUPPLY_CHAIN_PCT) {
			if (this.vulnerable != null) {
				in.put("vendors_covered", this.vulnerable[2][e]);
				in.put("vendors", this.vulnerable[1][e]);
			}
			return in;
		}
		if (t == null) {
			return in;
		}
		int months = Integer.bitCount(t.months[e]);
		switch (measure) {
			case MONTHS_REPORTED -> in.put("months_with_row", months);
			case REGISTRATION_PCT -> {
				in.put("sum_workers_registered", t.registered[e]);
				in.put("sum_workers_total", t.total[e]);
			}
			case PROGRAM_COMPLETE_PCT -> {
				in.put("months_complete", t.complete[this.employers.sizeClass(e).ordinal()][e]);
				in.put("required_programs", this.employers.sizeClass(e).requiredPrograms());
				in.put("size_class", this.employers.sizeClass(e).name());
			}
			case ONTIME_PCT -> in.put("months_on_time", t.onTime[e]);
			case WAGE_COMPLIANCE_PCT -> {
				in.put("months_compliant", t.wageCompliant[e]);
				if (this.minimumWage != null && this.minimumWage[e] >= 0) {
					in.put("minimum_wage", this.minimumWage[e]);
					in.put("minimum_wage_of", regencyWage(e) ? "regency/city" : "province");
				}
			}
			case ARREARS -> in.put("sum_unpaid", t.arrears[e]);
			case VULNERABLE_PER_100_WORKERS -> {
				if (this.vulnerable != null) {
					in.put("vulnerable_workers_protected", this.vulnerable[0][e]);
				}
				in.put("sum_workers_total", t.total[e]);
				in.put("months_reported", months);
			}
			case WORKER_GROWTH_PCT -> {
				if (months > 0) {
					in.put("first_month", t.firstMonth[e] + 1);
					in.put("first_workers_registered", t.firstRegistered[e]);
					in.put("last_month", t.lastMonth[e] + 1);
					in.put("last_workers_registered", t.lastRegistered[e]);
				}
			}
			default -> {
				// not an employer measure: no inputs
			}
		}
		return in;
	}

	private boolean regencyWage(int e) {
		return this.wages != null && this.wages.isRegencyWage(this.employers.regency(e));
	}

}
