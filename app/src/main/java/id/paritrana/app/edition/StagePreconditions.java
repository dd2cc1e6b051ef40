package id.paritrana.app.edition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is still incomplete on a level before it moves on (DESIGN §3): the checks that
 * apply to the stage about to start (or to the determination), and which of them block.
 * Pure: the facts are gathered by the modules that own them ({@link StageFindings}); this
 * only decides.
 */
public final class StagePreconditions {

	/**
	 * How many items of each check a summary lists; the count says how many there are.
	 */
	public static final int SHOWN = 10;

	private StagePreconditions() {
	}

	/**
	 * One kind of incomplete work. Blocking checks refuse the move unless the national
	 * secretariat overrides them with a reason; the others are warnings to confirm.
	 */
	public enum Check {

		/**
		 * Evidence not yet accepted or rejected: a pending regulation does not count for
		 * the desk score.
		 */
		UNVERIFIED_EVIDENCE(false),

		/**
		 * A nominee of a category with an interview has fewer jurors assigned than the
		 * edition's minimum.
		 */
		NOMINEES_SHORT_OF_JURORS(true),

		/** A juror's sheet still in draft: its scores do not count. */
		DRAFT_SHEETS(false),

		/**
		 * A nominee with fewer SUBMITTED sheets than the minimum of jurors: its jury
		 * score is not complete.
		 */
		SHORT_OF_SHEETS(true),

		/** Candidates share a juara place (1–3) that the tie-break did not separate. */
		TIES_AT_JUARA(false),

		/**
		 * The edition's measures or desk scores are being recomputed after a decision:
		 * the ranks a shortlist or a determination would take are not final yet.
		 */
		RECOMPUTATION_PENDING(true);

		private final boolean blocking;

		Check(boolean blocking) {
			this.blocking = blocking;
		}

		public boolean blocking() {
			return this.blocking;
		}

	}

	/**
	 * One incomplete item: what (a label for people) and where to fix it (a link; may be
	 * null).
	 */
	public record Finding(Check check, String label, String href) implements java.io.Serializable {
	}

	/**
	 * One check that found something: how many items, the first {@value #SHOWN} of them,
	 * whether it blocks.
	 */
	public record Precondition(Check check, boolean blocking, int count,
			List<Finding> first) implements java.io.Serializable {

		public Precondition {
			first = List.copyOf(first);
		}

	}

	/** The checks that apply before a stage starts. */
	public static Set<Check> entering(Stage starting) {
		if (starting == null) {
			return EnumSet.noneOf(Check.class);
		}
		return switch (starting) {
			case SELEKSI -> EnumSet.of(Check.UNVERIFIED_EVIDENCE, Check.RECOMPUTATION_PENDING);
			case WAWANCARA -> EnumSet.of(Check.NOMINEES_SHORT_OF_JURORS);
			case PENETAPAN -> determination();
			default -> EnumSet.noneOf(Check.class);
		};
	}

	/** The checks that apply before a level is determined (DESIGN §5.8). */
	public static Set<Check> determination() {
		return EnumSet.of(Check.DRAFT_SHEETS, Check.SHORT_OF_SHEETS, Check.TIES_AT_JUARA, Check.RECOMPUTATION_PENDING);
	}

	/**
	 * The preconditions of a move: for each of its checks that found something, in the
	 * order of {@link Check}, the count and the first items; findings of other checks are
	 * ignored.
	 */
	public static List<Precondition> evaluate(Set<Check> checks, List<Finding> findings) {
		Map<Check, List<Finding>> byCheck = new EnumMap<>(Check.class);
		for (Finding f : findings) {
			if (checks.contains(f.check())) {
				byCheck.computeIfAbsent(f.check(), c -> new ArrayList<>()).add(f);
			}
		}
		List<Precondition> preconditions = new ArrayList<>();
		byCheck.forEach((check, found) -> preconditions.add(new Precondition(check, check.blocking(), found.size(),
				found.subList(0, Math.min(SHOWN, found.size())))));
		return preconditions;
	}

	/** Whether any of the preconditions blocks the move. */
	public static boolean blocks(List<Precondition> preconditions) {
		return preconditions.stream().anyMatch(Precondition::blocking);
	}

	/**
	 * The preconditions as the audit log records them: check → count and the first items.
	 */
	public static Map<String, Object> describe(List<Precondition> preconditions) {
		Map<String, Object> described = new LinkedHashMap<>();
		for (Precondition p : preconditions) {
			described.put(p.check().name(), Map.of("count", p.count(), "blocking", p.blocking(), "first",
					p.first().stream().map(Finding::label).toList()));
		}
		return described;
	}

}
