package id.paritrana.engine.award;

import java.util.Arrays;

import id.paritrana.engine.rubric.Shortlist;
import id.paritrana.engine.score.CategoryResult;

/**
 * The shortlist of DESIGN §3 (SELEKSI): per scope, the eligible candidates with desk rank
 * at most {@code top} whose published desk score reaches the minimum. Candidates sharing
 * the last place all enter, so a scope may shortlist more than {@code top}. The
 * committee's additions and removals with a reason are made afterwards, outside the
 * engine.
 */
public final class ShortlistSelection {

	private ShortlistSelection() {
	}

	/**
	 * The shortlist by the rubric's settings, in the row order of
	 * {@link CategoryResult#order()}.
	 */
	public static int[] select(CategoryResult result) {
		return select(result, result.rubric().shortlist());
	}

	/** The shortlist by the given settings (e.g. the edition's), in row order. */
	public static int[] select(CategoryResult result, Shortlist settings) {
		int[] order = result.order();
		int[] selected = new int[order.length];
		int count = 0;
		for (int i : order) {
			if (enters(result.deskRank(i), result.deskScore(i), settings)) {
				selected[count++] = i;
			}
		}
		return Arrays.copyOf(selected, count);
	}

	/**
	 * Whether a candidate with this desk rank ({@link CategoryResult#NO_RANK} when not
	 * eligible) and published desk score enters the shortlist of its scope by the given
	 * settings.
	 */
	public static boolean enters(int deskRank, double deskScore, Shortlist settings) {
		return deskRank != CategoryResult.NO_RANK && deskRank <= settings.top() && deskScore >= settings.minDeskScore();
	}

}
