package id.paritrana.engine.rubric;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a level of an edition is run (DESIGN §3): the national level, whose code is
 * {@value Level#NATIONAL_SCOPE}, or one province's level, whose code is the province's
 * Kemendagri code ({@code NN}). The one place that knows how a scope's text reads.
 *
 * @param code {@code ID} or a province code
 */
public record LevelScope(String code) {

	/** The national level. */
	public static final LevelScope NATIONAL = new LevelScope(Level.NATIONAL_SCOPE);

	private static final Pattern PROVINCE = Pattern.compile("[0-9]{2}");

	public LevelScope {
		if (code == null || !(code.equals(Level.NATIONAL_SCOPE) || PROVINCE.matcher(code).matches())) {
			throw new IllegalArgumentException("not a level scope (ID or a province code NN): " + code);
		}
	}

	/**
	 * The scope of that code.
	 * @throws IllegalArgumentException for text that is neither {@code ID} nor a province
	 * code
	 */
	public static LevelScope of(String code) {
		return Level.NATIONAL_SCOPE.equals(code) ? NATIONAL : new LevelScope(code);
	}

	/**
	 * The scope of that code; empty for text that is neither {@code ID} nor a province
	 * code.
	 */
	public static Optional<LevelScope> parse(String code) {
		return (code != null && (code.equals(Level.NATIONAL_SCOPE) || PROVINCE.matcher(code).matches()))
				? Optional.of(of(code)) : Optional.empty();
	}

	/**
	 * Where a candidate of a province is assessed at that level: its province, or the
	 * nation.
	 */
	public static LevelScope of(Level level, String provinceCode) {
		return (level == Level.NASIONAL) ? NATIONAL : new LevelScope(provinceCode);
	}

	/** Whether this is the national level. */
	public boolean national() {
		return this == NATIONAL || this.code.equals(Level.NATIONAL_SCOPE);
	}

	/** The level assessed in this scope. */
	public Level level() {
		return national() ? Level.NASIONAL : Level.PROVINSI;
	}

	/** The province of a provincial scope; empty for the national level. */
	public Optional<String> province() {
		return national() ? Optional.empty() : Optional.of(this.code);
	}

	@Override
	public String toString() {
		return this.code;
	}

}
