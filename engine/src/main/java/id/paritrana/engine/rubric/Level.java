package id.paritrana.engine.rubric;

/**
 * The two levels of an edition (DESIGN §1, §3): each province's committee assesses at the
 * provincial level, the national secretariat at the national level. Declared in the order
 * of {@code results.csv} rows (§7.1: PROVINSI first).
 */
public enum Level {

	/** Provincial level: the scope of a candidate is its province code ({@code NN}). */
	PROVINSI,

	/** National level: the scope of every candidate is {@code ID}. */
	NASIONAL;

	/** The scope of every candidate at the national level (§7.1). */
	public static final String NATIONAL_SCOPE = "ID";

	/**
	 * The scope at this level of a candidate of a province, as text: the province code,
	 * or {@value #NATIONAL_SCOPE} (see {@link LevelScope#of(Level, String)}).
	 */
	public String scope(String provinceCode) {
		return (this == NASIONAL) ? NATIONAL_SCOPE : provinceCode;
	}

	/**
	 * The level of a scope's text: national for {@value #NATIONAL_SCOPE}, provincial
	 * otherwise (text that is no scope at all is refused where the scope is looked up,
	 * with a 404).
	 */
	public static Level ofScope(String scope) {
		return LevelScope.parse(scope).map(LevelScope::level).orElse(PROVINSI);
	}

}
