package id.paritrana.engine.score;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Publishing rounds to 2 decimals, half up (DESIGN §5.3). */
final class Rounding {

	/** Marks "no published value" in cent arrays. */
	static final int NONE = -1;

	private Rounding() {
	}

	/**
	 * {@code BigDecimal.valueOf(x).setScale(2, HALF_UP)} in cents, for x ≥ 0. BigDecimal is slow
	 * for 750,000 candidates, so it is used only when {@code 100x} lies within 1e-6 of a half,
	 * where binary rounding could differ from the decimal text; elsewhere nearest rounding agrees.
	 */
	static int cents(double x) {
		double y = x * 100.0;
		// Truncation is the floor for x ≥ 0, and cheaper.
		long whole = (long) y;
		double fraction = y - whole;
		if (Math.abs(fraction - 0.5) > 1e-6) {
			return (int) (fraction > 0.5 ? whole + 1 : whole);
		}
		return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).unscaledValue().intValueExact();
	}

	/** Cents of {@code x}, or {@link #NONE} for {@code NaN}. */
	static int centsOrNone(double x) {
		return Double.isNaN(x) ? NONE : cents(x);
	}

	/** The published value of cents, {@code NaN} for {@link #NONE}. */
	static double value(int cents) {
		return (cents == NONE) ? Double.NaN : cents / 100.0;
	}

}
