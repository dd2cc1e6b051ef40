package id.paritrana.app.security;

import java.util.Optional;

/**
 * What a user may act on, besides their role: a province, a local government or an
 * employer. Empty parts are not bound.
 */
public record Scope(Optional<String> provinceCode, Optional<String> governmentCode, Optional<String> employerNpp) {

	public static final Scope NATIONAL = new Scope(Optional.empty(), Optional.empty(), Optional.empty());

	public static Scope of(String provinceCode, String governmentCode, String employerNpp) {
		return new Scope(Optional.ofNullable(blankToNull(provinceCode)),
				Optional.ofNullable(blankToNull(governmentCode)), Optional.ofNullable(blankToNull(employerNpp)));
	}

	/** Whether this scope reaches the given province (a national scope reaches all). */
	public boolean coversProvince(String code) {
		return this.provinceCode.map(own -> own.equals(code)).orElse(true);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
