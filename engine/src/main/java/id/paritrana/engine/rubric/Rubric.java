package id.paritrana.engine.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rubric of one category (DESIGN §4): weighted aspects of weighted indicators adding
 * up to 100, the interview sub-criteria and method when there is a jury indicator,
 * eligibility conditions, the tie-break order of aspects (§5.4) and shortlist settings
 * (§3).
 *
 * <p>
 * Immutable; the constructor rejects an inconsistent rubric with an
 * {@link IllegalArgumentException}. Rubric files are read and validated, with every
 * problem named by file and path, by {@link Rubrics}.
 */
public final class Rubric {

	/** Weights are decimals in files; sums are compared with this tolerance. */
	static final double WEIGHT_TOLERANCE = 1e-9;

	/** Shortlist used when a rubric file does not set one. */
	public static final Shortlist DEFAULT_SHORTLIST = new Shortlist(10, 0);

	private final Category category;

	private final List<Aspect> aspects;

	private final Optional<Jury> jury;

	private final List<Condition> eligibility;

	private final List<String> tieBreak;

	private final Shortlist shortlist;

	/**
	 * @param tieBreak aspect ids in tie-break order; empty for the default of §5.4 (by
	 * weight, heaviest first, declaration order among equals)
	 */
	public Rubric(Category category, List<Aspect> aspects, Optional<Jury> jury, List<Condition> eligibility,
			List<String> tieBreak, Shortlist shortlist) {
		this.category = Objects.requireNonNull(category, "category");
		this.aspects = List.copyOf(aspects);
		this.jury = Objects.requireNonNull(jury, "jury");
		this.eligibility = List.copyOf(eligibility);
		this.shortlist = Objects.requireNonNull(shortlist, "shortlist");
		if (this.aspects.isEmpty()) {
			throw new IllegalArgumentException("a rubric needs at least one aspect");
		}
		double total = 0;
		Set<String> aspectIds = new HashSet<>();
		Set<String> indicatorIds = new HashSet<>();
		int juryIndicators = 0;
		for (Aspect aspect : this.aspects) {
			if (!aspectIds.add(aspect.id())) {
				throw new IllegalArgumentException("duplicate aspect id " + aspect.id());
			}
			for (Indicator indicator : aspect.indicators()) {
				if (!indicatorIds.add(indicator.id())) {
					throw new IllegalArgumentException("duplicate indicator id " + indicator.id());
				}
				if (indicator.isJury()) {
					juryIndicators++;
				}
				total += indicator.weight();
			}
		}
		if (Math.abs(total - 100) > WEIGHT_TOLERANCE) {
			throw new IllegalArgumentException("weights add up to " + total + ", not 100");
		}
		if (juryIndicators == indicatorIds.size()) {
			throw new IllegalArgumentException("a rubric needs at least one indicator besides the jury");
		}
		if (juryIndicators > 1) {
			throw new IllegalArgumentException("a rubric has at most one jury indicator");
		}
		if ((juryIndicators == 1) != jury.isPresent()) {
			throw new IllegalArgumentException("jury criteria are listed exactly when there is a jury indicator");
		}
		List<String> order = tieBreak.isEmpty() ? defaultTieBreak(this.aspects) : List.copyOf(tieBreak);
		if (new HashSet<>(order).size() != order.size() || !aspectIds.containsAll(order)) {
			throw new IllegalArgumentException("tie_break must list distinct aspect ids, got " + order);
		}
		this.tieBreak = order;
	}

	private static List<String> defaultTieBreak(List<Aspect> aspects) {
		List<Aspect> sorted = new ArrayList<>(aspects);
		// List.sort is stable: declaration order is kept among equal weights.
		sorted.sort(Comparator.comparingDouble(Aspect::weight).reversed());
		return sorted.stream().map(Aspect::id).toList();
	}

	/** The category this rubric assesses. */
	public Category category() {
		return this.category;
	}

	/** The aspects, in declaration order. */
	public List<Aspect> aspects() {
		return this.aspects;
	}

	/** All indicators, aspect by aspect in declaration order. */
	public List<Indicator> indicators() {
		List<Indicator> all = new ArrayList<>();
		for (Aspect aspect : this.aspects) {
			all.addAll(aspect.indicators());
		}
		return all;
	}

	/** The interview, when the rubric has a jury indicator. */
	public Optional<Jury> jury() {
		return this.jury;
	}

	/** Whether the rubric has a jury (interview) indicator. */
	public boolean hasJury() {
		return this.jury.isPresent();
	}

	/** The eligibility conditions (§4), in declaration order. */
	public List<Condition> eligibility() {
		return this.eligibility;
	}

	/** Aspect ids in tie-break order (§5.4); the default when the file gave none. */
	public List<String> tieBreak() {
		return this.tieBreak;
	}

	/** Shortlist settings (§3 SELEKSI). */
	public Shortlist shortlist() {
		return this.shortlist;
	}

	@Override
	public String toString() {
		return "Rubric[" + this.category + ", aspects=" + this.aspects.stream().map(Aspect::id).toList() + "]";
	}

}
