package id.paritrana.app.region;

/** The four levels of Kemendagri codes, told apart by the code's shape. */
public enum AreaLevel {

	PROVINSI("\\d{2}"), KABUPATEN_KOTA("\\d{2}\\.\\d{2}"), KECAMATAN("\\d{2}\\.\\d{2}\\.\\d{2}"),
	DESA_KELURAHAN("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

	private final String pattern;

	AreaLevel(String pattern) {
		this.pattern = pattern;
	}

	/** The level whose code shape matches, if any. */
	public static java.util.Optional<AreaLevel> ofCode(String code) {
		for (AreaLevel level : values()) {
			if (code != null && code.matches(level.pattern)) {
				return java.util.Optional.of(level);
			}
		}
		return java.util.Optional.empty();
	}

	/** The level below this one, if any. */
	public java.util.Optional<AreaLevel> child() {
		return ordinal() + 1 < values().length ? java.util.Optional.of(values()[ordinal() + 1])
				: java.util.Optional.empty();
	}

}
