package id.paritrana.app.dataset.generator;

/**
 * What to generate: the scale, the seed every random stream derives from, and the
 * edition's assessment year. {@code province} overrides the province of
 * {@link Scale#PROVINCE}.
 */
public record Settings(Scale scale, long seed, int year, String province) {

	/** Years the reference data and the award (started 2017) make sense for. */
	public static final int FIRST_YEAR = 2015;

	public static final int LAST_YEAR = 2100;

	public Settings {
		if (scale == null) {
			throw new IllegalArgumentException("a scale is required");
		}
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException(
					"year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ", was " + year);
		}
		if (province != null && scale != Scale.PROVINCE) {
			throw new IllegalArgumentException("a province can only be chosen with scale province");
		}
	}

}
