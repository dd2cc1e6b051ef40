package id.paritrana.engine.measure;

import java.util.Arrays;
import java.util.function.Consumer;

import id.paritrana.engine.data.Column;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.FieldType;
import id.paritrana.engine.data.Row;

/**
 * Sums of {@code employer-contributions.csv} per employer over the months of year Y, as
 * the rows pass (DESIGN §5.1): no object per row, one slot per employer in each array.
 * One instance per parallel part; parts are merged afterwards.
 */
final class ContributionTotals implements Consumer<Row> {

	static final Column NPP = DataSet.CONTRIBUTIONS.column("npp");

	static final Column MONTH = DataSet.CONTRIBUTIONS.column("month");

	static final Column TOTAL = DataSet.CONTRIBUTIONS.column("workers_total");

	static final Column REGISTERED = DataSet.CONTRIBUTIONS.column("workers_registered");

	static final Column PROGRAMS = DataSet.CONTRIBUTIONS.column("programs");

	static final Column WAGE = DataSet.CONTRIBUTIONS.column("wage_reported_total");

	static final Column DUE = DataSet.CONTRIBUTIONS.column("contribution_due");

	static final Column PAID = DataSet.CONTRIBUTIONS.column("contribution_paid");

	static final Column PAID_DATE = DataSet.CONTRIBUTIONS.column("paid_date");

	private static final SizeClass[] SIZES = SizeClass.values();

	private final Employers employers;

	private final int year;

	/** The minimum wage that applies to each employer, −1 when none does. */
	private final long[] minimumWage;

	/**
	 * Per month of Y: the epoch day of the 15th of the following month, the last on-time
	 * day.
	 */
	private final long[] deadline = new long[12];

	/** Months of Y with a row, one bit per month. */
	final int[] months;

	final long[] total;

	final long[] registered;

	final long[] arrears;

	/**
	 * Per size class (by ordinal), the months whose programs include every one it
	 * requires: the measure takes the employer's class, and these sums need not know it.
	 */
	final byte[][] complete;

	final byte[] onTime;

	final byte[] wageCompliant;

	final byte[] firstMonth;

	final byte[] lastMonth;

	final long[] firstRegistered;

	final long[] lastRegistered;

	/** The line of each (employer, month), kept only when reading for exact problems. */
	private final int[] lines;

	ContributionTotals(Employers employers, int year, long[] minimumWage, boolean keepLines) {
		this.employers = employers;
		this.year = year;
		this.minimumWage = minimumWage;
		for (int m = 0; m < 12; m++) {
			this.deadline[m] = java.time.LocalDate.of(year, m + 1, 15).plusMonths(1).toEpochDay();
		}
		int n = employers.size();
		this.months = new int[n];
		this.total = new long[n];
		this.registered = new long[n];
		this.arrears = new long[n];
		this.complete = new byte[SIZES.length][n];
		this.onTime = new byte[n];
		this.wageCompliant = new byte[n];
		this.firstMonth = new byte[n];
		this.lastMonth = new byte[n];
		Arrays.fill(this.firstMonth, (byte) 12);
		Arrays.fill(this.lastMonth, (byte) -1);
		this.firstRegistered = new long[n];
		this.lastRegistered = new long[n];
		this.lines = keepLines ? new int[n * 12] : null;
	}

	@Override
	public void accept(Row row) {
		if (!row.isValid(NPP)) {
			return;
		}
		int e = this.employers.find(row, NPP);
		if (e < 0) {
			return;
		}
		if (!row.isValid(MONTH)) {
			return;
		}
		long month = row.value(MONTH);
		if (month / 12 != this.year) {
			row.problem(MONTH, "'" + row.text(MONTH) + "' is outside the year assessed, " + this.year);
			return;
		}
		int m = (int) (month % 12);
		int bit = 1 << m;
		if ((this.months[e] & bit) != 0) {
			row.problem(NPP, DuplicateKeys.describe(DataSet.CONTRIBUTIONS.key(), row)
					+ (this.lines != null ? " repeats line " + this.lines[e * 12 + m] : " repeats an earlier row"));
			return;
		}
		this.months[e] |= bit;
		if (this.lines != null) {
			this.lines[e * 12 + m] = (int) row.line();
		}
		if (!row.isValid()) {
			return;
		}
		long reg = row.value(REGISTERED);
		this.total[e] += row.value(TOTAL);
		this.registered[e] += reg;
		long due = row.value(DUE);
		long paid = row.value(PAID);
		this.arrears[e] += Math.max(0, due - paid);
		long programs = row.value(PROGRAMS);
		for (SizeClass size : SIZES) {
			if (size.isComplete(programs)) {
				this.complete[size.ordinal()][e]++;
			}
		}
		long paidDate = row.value(PAID_DATE);
		if (paid >= due && paidDate != FieldType.EMPTY && paidDate <= this.deadline[m]) {
			this.onTime[e]++;
		}
		if (meetsMinimumWage(row.value(WAGE), reg, this.minimumWage[e])) {
			this.wageCompliant[e]++;
		}
		if (m < this.firstMonth[e]) {
			this.firstMonth[e] = (byte) m;
			this.firstRegistered[e] = reg;
		}
		if (m > this.lastMonth[e]) {
			this.lastMonth[e] = (byte) m;
			this.lastRegistered[e] = reg;
		}
	}

	/**
	 * {@code wageTotal / registered ≥ minimum} in exact integer arithmetic: for whole
	 * numbers with {@code minimum > 0} it holds exactly when
	 * {@code registered ≤ floor(wageTotal /
	 * minimum)}, which cannot overflow. A month without registered workers has no average
	 * wage and so does not comply; nor does any month when no minimum wage applies.
	 */
	static boolean meetsMinimumWage(long wageTotal, long registered, long minimum) {
		if (minimum < 0 || registered == 0) {
			return false;
		}
		return minimum == 0 || registered <= wageTotal / minimum;
	}

	/** The minimum wage that applies to employer {@code e}, −1 when none does. */
	long minimumWage(int e) {
		return this.minimumWage[e];
	}

	/**
	 * Sets employer {@code e}'s sums as kept from an earlier reading; false when it has
	 * sums already, or the kept ones have no month.
	 */
	boolean restore(int e, ContributionSums.Employer kept) {
		if (this.months[e] != 0 || kept.months() == 0 || kept.monthsComplete().length != SIZES.length) {
			return false;
		}
		this.months[e] = kept.months();
		this.total[e] = kept.workersTotal();
		this.registered[e] = kept.workersRegistered();
		this.arrears[e] = kept.arrears();
		for (int s = 0; s < SIZES.length; s++) {
			this.complete[s][e] = (byte) kept.monthsComplete()[s];
		}
		this.onTime[e] = (byte) kept.monthsOnTime();
		this.wageCompliant[e] = (byte) kept.monthsWageCompliant();
		this.firstMonth[e] = (byte) kept.firstMonth();
		this.firstRegistered[e] = kept.firstRegistered();
		this.lastMonth[e] = (byte) kept.lastMonth();
		this.lastRegistered[e] = kept.lastRegistered();
		return true;
	}

	/** Employer {@code e}'s sums, to keep; null when it has no month. */
	ContributionSums.Employer kept(int e) {
		if (this.months[e] == 0) {
			return null;
		}
		int[] complete = new int[SIZES.length];
		for (int s = 0; s < SIZES.length; s++) {
			complete[s] = this.complete[s][e];
		}
		return new ContributionSums.Employer(this.employers.npp(e), this.months[e], this.total[e], this.registered[e],
				this.arrears[e], complete, this.onTime[e], this.wageCompliant[e], this.minimumWage[e],
				this.firstMonth[e], this.firstRegistered[e], this.lastMonth[e], this.lastRegistered[e]);
	}

	/** Adds another part's totals; false when both saw the same employer and month. */
	boolean merge(ContributionTotals other) {
		boolean disjoint = true;
		for (int e = 0; e < this.months.length; e++) {
			if (other.months[e] == 0) {
				continue;
			}
			disjoint &= (this.months[e] & other.months[e]) == 0;
			this.months[e] |= other.months[e];
			this.total[e] += other.total[e];
			this.registered[e] += other.registered[e];
			this.arrears[e] += other.arrears[e];
			for (int s = 0; s < this.complete.length; s++) {
				this.complete[s][e] += other.complete[s][e];
			}
			this.onTime[e] += other.onTime[e];
			this.wageCompliant[e] += other.wageCompliant[e];
			if (other.firstMonth[e] < this.firstMonth[e]) {
				this.firstMonth[e] = other.firstMonth[e];
				this.firstRegistered[e] = other.firstRegistered[e];
			}
			if (other.lastMonth[e] > this.lastMonth[e]) {
				this.lastMonth[e] = other.lastMonth[e];
				this.lastRegistered[e] = other.lastRegistered[e];
			}
		}
		return disjoint;
	}

}
