package id.paritrana.engine.measure;

import java.util.Optional;
import java.util.function.Consumer;

import id.paritrana.engine.data.Row;

/**
 * The sums of {@code employer-contributions.csv} per employer over year Y that the
 * employer measures of DESIGN §5.1 are computed from, apart from the rows: summed while
 * the rows stream past once (an import, say), kept as one {@link Employer} record per
 * employer with rows (in a database, say), and {@linkplain #restore restored} later, so
 * that
 * {@link EmployerMeasures#compute(ContributionSums, Optional, id.paritrana.engine.data.Problems)}
 * need not read millions of rows again. The sums are the ones the measures make when they
 * read the rows themselves (the same accumulator), so both give the same values.
 * <p>
 * The sums depend on the employers only through their NPP and the minimum wage that
 * applies to them (their region and the minimum wages of Y); the months with complete
 * programs are counted for every size class. Kept sums therefore still hold for a later
 * version of the employers, unless an NPP is gone or another minimum wage applies to an
 * employer: then {@link #restore} refuses them and the rows must be read again.
 */
public final class ContributionSums implements Consumer<Row> {

	/**
	 * One employer's sums. {@code months}: bit m set when month m + 1 of Y has a row;
	 * {@code monthsComplete}: per {@link SizeClass} (by ordinal) the months whose
	 * programs include every one the class requires; {@code minimumWage}: the one that
	 * applied, −1 when none did; {@code firstMonth} and {@code lastMonth}: 0 to 11, with
	 * the workers registered in them.
	 */
	public record Employer(String npp, int months, long workersTotal, long workersRegistered, long arrears,
			int[] monthsComplete, int monthsOnTime, int monthsWageCompliant, long minimumWage, int firstMonth,
			long firstRegistered, int lastMonth, long lastRegistered) {
	}

	private final Employers employers;

	private final Optional<MinimumWages> wages;

	private final long[] minimum;

	private final ContributionTotals totals;

	private ContributionSums(Employers employers, int year, Optional<MinimumWages> wages) {
		this.employers = employers;
		this.wages = wages;
		this.minimum = EmployerMeasures.minimumWages(employers, wages);
		this.totals = new ContributionTotals(employers, year, this.minimum, false);
	}

	/**
	 * No sums yet, for these employers, the assessment year Y and the minimum wages of Y
	 * (empty when there are none).
	 */
	public static ContributionSums of(Employers employers, int year, Optional<MinimumWages> wages) {
		return new ContributionSums(employers, year, wages);
	}

	/**
	 * Adds a row. The row must have passed the checks of §6 already (valid fields, an NPP
	 * of the employers, a month of Y, no earlier row of the same employer and month); a
	 * failed check is reported on the row and the row is not summed.
	 */
	@Override
	public void accept(Row row) {
		this.totals.accept(row);
	}

	/** Gives the sums of every employer with at least one row, in employer order. */
	public void forEach(Consumer<Employer> out) {
		for (int e = 0; e < this.employers.size(); e++) {
			Employer kept = this.totals.kept(e);
			if (kept != null) {
				out.accept(kept);
			}
		}
	}

	/**
	 * Restores one employer's kept sums. False, and nothing restored, when they do not
	 * hold for these employers and minimum wages: the NPP is not an employer's, another
	 * minimum wage applies to the employer now, or the employer's sums were restored
	 * already.
	 */
	public boolean restore(Employer kept) {
		int e = this.employers.find(kept.npp());
		if (e < 0 || this.minimum[e] != kept.minimumWage()) {
			return false;
		}
		return this.totals.restore(e, kept);
	}

	Employers employers() {
		return this.employers;
	}

	Optional<MinimumWages> wages() {
		return this.wages;
	}

	long[] minimumWages() {
		return this.minimum;
	}

	ContributionTotals totals() {
		return this.totals;
	}

}
