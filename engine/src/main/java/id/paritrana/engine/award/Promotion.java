package id.paritrana.engine.award;

import java.util.ArrayList;
import java.util.List;

import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.score.CategoryResult;

/**
 * Promotion of provincial winners (DESIGN §5.6): determining the provincial level makes
 * each province's juara 1 of a category (final rank 1) a national-level candidate. Shared
 * first places all promote.
 */
public final class Promotion {

	private Promotion() {
	}

	/**
	 * Whether a provincial final rank promotes: juara 1 does, so candidates sharing the
	 * first place all promote; an unranked candidate ({@link CategoryResult#NO_RANK})
	 * does not.
	 */
	public static boolean promotes(int provincialFinalRank) {
		return provincialFinalRank == 1;
	}

	/**
	 * The indices of the candidates with final rank 1 in their province, in the row order
	 * of {@link CategoryResult#order()}.
	 * @throws IllegalArgumentException if the result is not of the provincial level
	 */
	public static int[] promotedIndices(CategoryResult provincial) {
		if (provincial.level() != Level.PROVINSI) {
			throw new IllegalArgumentException("only provincial results promote, got " + provincial.level());
		}
		int[] order = provincial.order();
		int[] promoted = new int[order.length];
		int count = 0;
		for (int i : order) {
			if (promotes(provincial.finalRank(i))) {
				promoted[count++] = i;
			}
		}
		return java.util.Arrays.copyOf(promoted, count);
	}

	/** The codes of the promoted candidates, in the order of {@link #promotedIndices}. */
	public static List<String> promotedCodes(CategoryResult provincial) {
		List<String> codes = new ArrayList<>();
		for (int i : promotedIndices(provincial)) {
			codes.add(provincial.candidates().code(i));
		}
		return List.copyOf(codes);
	}

}
