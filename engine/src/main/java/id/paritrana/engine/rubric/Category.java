package id.paritrana.engine.rubric;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The award categories of DESIGN §4, declared in the order of the §4 table (which is also
 * the order of rows in {@code results.csv}, §7.1).
 */
public enum Category {

	/**
	 * Pemerintah Provinsi: the provincial governments, assessed at the national level
	 * only.
	 */
	PEMPROV("Pemerintah Provinsi", EnumSet.of(Level.NASIONAL)),

	/** Pemerintah Kabupaten/Kota: the regency/city governments. */
	PEMKAB_PEMKOT("Pemerintah Kabupaten/Kota", EnumSet.of(Level.PROVINSI, Level.NASIONAL)),

	/** Badan Usaha Skala Besar: employers of size class BESAR. */
	BU_BESAR("Badan Usaha Skala Besar", EnumSet.of(Level.PROVINSI, Level.NASIONAL)),

	/** Badan Usaha Skala Menengah: employers of size class MENENGAH. */
	BU_MENENGAH("Badan Usaha Skala Menengah", EnumSet.of(Level.PROVINSI, Level.NASIONAL)),

	/** Usaha Kecil dan Mikro: employers of size class KECIL or MIKRO. */
	UKM("Usaha Kecil dan Mikro", EnumSet.of(Level.PROVINSI, Level.NASIONAL));

	/** A province's code: {@code 34}. */
	private static final Pattern PROVINCE = Pattern.compile("[0-9]{2}");

	/** A regency's or city's code: {@code 34.71}. */
	private static final Pattern REGENCY = Pattern.compile("[0-9]{2}\\.[0-9]{2}");

	private final String title;

	private final Set<Level> levels;

	Category(String title, Set<Level> levels) {
		this.title = title;
		this.levels = levels;
	}

	/** The category's name in Bahasa Indonesia, as in the §4 table. */
	public String title() {
		return this.title;
	}

	/**
	 * Whether candidates of this category are assessed at the given level (§4 "levels").
	 */
	public boolean assessedAt(Level level) {
		return this.levels.contains(level);
	}

	/**
	 * The category of a government candidate by its area's code (§4): a province's
	 * government ({@code NN}) is PEMPROV, a regency's or city's ({@code NN.NN})
	 * PEMKAB_PEMKOT; empty for any other code (an employer's NPP, a district).
	 */
	public static Optional<Category> ofGovernment(String code) {
		if (code == null) {
			return Optional.empty();
		}
		if (PROVINCE.matcher(code).matches()) {
			return Optional.of(PEMPROV);
		}
		return REGENCY.matcher(code).matches() ? Optional.of(PEMKAB_PEMKOT) : Optional.empty();
	}

	/**
	 * The scope at which a candidate of this category and province enters the award: its
	 * province, or {@value Level#NATIONAL_SCOPE} for a category assessed only nationally.
	 */
	public String entryScope(String provinceCode) {
		return entryLevel().scope(provinceCode);
	}

	/**
	 * The level at which the category's candidates enter the award (§3): the provincial
	 * level, or the national level for a category assessed only there. A category
	 * entering at the provincial level reaches the national level by promotion (§5.6).
	 */
	public Level entryLevel() {
		return assessedAt(Level.PROVINSI) ? Level.PROVINSI : Level.NASIONAL;
	}

}
