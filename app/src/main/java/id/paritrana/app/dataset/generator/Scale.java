package id.paritrana.app.dataset.generator;

import java.util.List;

/** How much of Indonesia a generated data set covers. */
public enum Scale {

	/**
	 * Three small provinces, a few hundred employers: fast enough for tests and demos.
	 */
	SMALL(List.of("34", "65", "75"), 600),

	/** One whole province (DESIGN §1: a provincial committee's view). */
	PROVINCE(List.of("51"), 20_000),

	/** The real award's size: 38 provinces, 514 regencies/cities, ~750,000 employers. */
	NATIONAL(List.of(), 750_000);

	private final List<String> provinces;

	private final int employers;

	Scale(List<String> provinces, int employers) {
		this.provinces = provinces;
		this.employers = employers;
	}

	/** The fixed province codes of this scale; empty means every province. */
	List<String> provinces() {
		return this.provinces;
	}

	int employers() {
		return this.employers;
	}

	/**
	 * The name on the command line ({@code small}, {@code province}, {@code national}).
	 */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
