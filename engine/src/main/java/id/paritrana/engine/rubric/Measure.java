package id.paritrana.engine.rubric;

import java.util.List;
import java.util.Optional;

/**
 * The measures of DESIGN §5.1 — the one list of measure ids a rubric may read. Each
 * measure is either numeric or an ordinal level (only {@code regulation_level}, whose
 * levels are listed from highest to lowest).
 */
public enum Measure {

	PU_COVERAGE_PCT("pu_coverage_pct"), BPU_COVERAGE_PCT("bpu_coverage_pct"), COVERAGE_GROWTH_PP("coverage_growth_pp"),
	VILLAGE_ECOSYSTEM_PCT("village_ecosystem_pct"),
	REGULATION_LEVEL("regulation_level", "PERDA", "PERKADA", "INSTRUKSI", "SURAT_EDARAN", "MOU", "NONE"),
	NONASN_COVERAGE_PCT("nonasn_coverage_pct"), VULNERABLE_PER_1000("vulnerable_per_1000"),
	MONTHS_REPORTED("months_reported"), REGISTRATION_PCT("registration_pct"),
	PROGRAM_COMPLETE_PCT("program_complete_pct"), ONTIME_PCT("ontime_pct"), WAGE_COMPLIANCE_PCT("wage_compliance_pct"),
	ARREARS("arrears"), VULNERABLE_PER_100_WORKERS("vulnerable_per_100_workers"), SUPPLY_CHAIN_PCT("supply_chain_pct"),
	WORKER_GROWTH_PCT("worker_growth_pct");

	private static final Measure[] VALUES = values();

	private final String id;

	private final List<String> levels;

	Measure(String id, String... levels) {
		this.id = id;
		this.levels = List.of(levels);
	}

	/** The id used in rubrics, data and flags, e.g. {@code pu_coverage_pct}. */
	public String id() {
		return this.id;
	}

	/** Whether the measure is an ordinal level (a string) rather than a number. */
	public boolean isOrdinal() {
		return !this.levels.isEmpty();
	}

	/** The levels of an ordinal measure, highest first; empty for numeric measures. */
	public List<String> levels() {
		return this.levels;
	}

	/** The measure with the given id, if it is one of §5.1. */
	public static Optional<Measure> byId(String id) {
		for (Measure measure : VALUES) {
			if (measure.id.equals(id)) {
				return Optional.of(measure);
			}
		}
		return Optional.empty();
	}

	/**
	 * The measure with the given id.
	 * @throws IllegalArgumentException if the id is not a measure of §5.1
	 */
	public static Measure of(String id) {
		return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown measure '" + id + "'"));
	}

	@Override
	public String toString() {
		return this.id;
	}

}
