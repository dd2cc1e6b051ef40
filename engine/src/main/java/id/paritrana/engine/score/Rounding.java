package id.paritrana.engine.score;

/** Publishing rounds to 2 decimals, half up (DESIGN §5.3). */
final class Rounding {

	/** Marks "no published value" in cent arrays. */
	static final int NONE = -1;

	private Rounding() {
	}

	/**
	 * How close (in cents) to a half a value is taken as the half. Scores are exact
	 * rationals of the inputs, computed in binary floating point: an exact half-cent such
	 * as 75.125 may arrive as 75.12499999999999 and must still round up. Floating-point
	 * noise in a score stays far below this tolerance, and a true value this close to a
	 * half without being one does not arise from whole-number inputs in practice.
	 */
	static final double HALF_TOLERANCE = 1e-7;

	/** The value in cents, rounded half up, for x ≥ 0. */
	static int cents(double x) {
		double y = x * 100.0;
		// Truncation is the floor for x ≥ 0, and cheaper.
		long whole = (long) y;
		double fraction = y - whole;
		if (fraction >= 1 - HALF_TOLERANCE) {
			// A whole number of cents computed a hair below itself, e.g. 41.619999999999.
			return (int) (whole + 1);
		}
		return (int) (fraction >= 0.5 - HALF_TOLERANCE ? whole + 1 : whole);
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
