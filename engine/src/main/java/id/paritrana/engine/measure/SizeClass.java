package id.paritrana.engine.measure;

import java.util.List;

import id.paritrana.engine.data.FieldType;
import id.paritrana.engine.rubric.Category;

/**
 * The size class of an employer (DESIGN §6 {@code size_class}) and the programs it must
 * register its workers in (Perpres 109/2013, §5.1).
 */
public enum SizeClass {

	BESAR("JKK", "JKM", "JHT", "JP"), MENENGAH("JKK", "JKM", "JHT", "JP"), KECIL("JKK", "JKM", "JHT"),
	MIKRO("JKK", "JKM");

	private final List<String> required;

	private final int mask;

	SizeClass(String... required) {
		this.required = List.of(required);
		int m = 0;
		for (String program : required) {
			m |= 1 << FieldType.PROGRAMS.indexOf(program);
		}
		this.mask = m;
	}

	/** The programs required, e.g. {@code [JKK, JKM, JHT, JP]}. */
	public List<String> requiredPrograms() {
		return this.required;
	}

	/**
	 * The award category of an employer of this size class (§4): KECIL and MIKRO are both
	 * UKM.
	 */
	public Category category() {
		return switch (this) {
			case BESAR -> Category.BU_BESAR;
			case MENENGAH -> Category.BU_MENENGAH;
			case KECIL, MIKRO -> Category.UKM;
		};
	}

	/**
	 * Whether a month's programs (a bit mask over {@link FieldType#PROGRAMS}) include
	 * every required one.
	 */
	public boolean isComplete(long programs) {
		return (programs & this.mask) == this.mask;
	}

}
