package id.paritrana.engine.score;

import java.util.SplittableRandom;

/**
 * Weight robustness (DESIGN §5.9, decision support): how often each candidate keeps its
 * rank, and how often it is in the top 3, when every indicator weight is multiplied by a
 * random factor in [1 − d, 1 + d] and the weights are renormalised to 100. Indicator
 * scores, eligibility and jury scores stay as scored; totals are rounded and ranked
 * exactly as in §5.3–§5.4 for every draw. Draws come from a {@link SplittableRandom} with
 * the given seed, so the same inputs and seed give the same report.
 */
public final class Robustness {

	/** The default spread d of §5.9. */
	public static final double DEFAULT_SPREAD = 0.2;

	/** The default number of draws of §5.9. */
	public static final int DEFAULT_DRAWS = 1_000;

	/** The default (fixed) seed. */
	public static final long DEFAULT_SEED = 20_170_101L;

	private final double[] keepsRank;

	private final double[] inTop3;

	private Robustness(double[] keepsRank, double[] inTop3) {
		this.keepsRank = keepsRank;
		this.inTop3 = inTop3;
	}

	/** Which rank a robustness analysis follows. */
	public enum Basis {

		/** Desk ranks: the shortlist's view, before interviews (§3 SELEKSI). */
		DESK,

		/**
		 * Final ranks: the award's view (equal to desk ranks in a category without an
		 * interview).
		 */
		FINAL

	}

	/**
	 * Analyses final ranks with the defaults of §5.9: d = 0.2, 1,000 draws, fixed seed.
	 */
	public static Robustness analyse(CategoryResult result) {
		return analyse(result, Basis.FINAL, DEFAULT_SPREAD, DEFAULT_DRAWS, DEFAULT_SEED);
	}

	/**
	 * Perturbs the weights {@code draws} times.
	 * @param basis the rank followed
	 * @param spread d, in [0, 1)
	 * @throws IllegalArgumentException if spread or draws are out of range
	 */
	public static Robustness analyse(CategoryResult result, Basis basis, double spread, int draws, long seed) {
		if (!(spread >= 0 && spread < 1)) {
			throw new IllegalArgumentException("spread must be within [0, 1), got " + spread);
		}
		if (draws < 1) {
			throw new IllegalArgumentException("draws must be at least 1, got " + draws);
		}
		IndicatorScores scores = result.indicatorScores();
		int n = result.size();
		int[] base = new int[n];
		for (int i = 0; i < n; i++) {
			base[i] = (basis == Basis.DESK) ? result.deskRank(i) : result.finalRank(i);
		}
		double[] weights = scores.weights();
		double[] perturbed = new double[weights.length];
		int[] keeps = new int[n];
		int[] top3 = new int[n];
		SplittableRandom random = new SplittableRandom(seed);
		for (int d = 0; d < draws; d++) {
			double sum = 0;
			for (int k = 0; k < weights.length; k++) {
				perturbed[k] = weights[k] * (1 - spread + 2 * spread * random.nextDouble());
				sum += perturbed[k];
			}
			for (int k = 0; k < weights.length; k++) {
				perturbed[k] *= 100 / sum;
			}
			Totals totals = new Totals(scores, perturbed);
			int[] ranks = (basis == Basis.FINAL && scores.rubric.hasJury()) ? totals.finalRanks(scores)
					: totals.deskRanks(scores);
			for (int i = 0; i < n; i++) {
				if (ranks[i] == base[i]) {
					keeps[i]++;
				}
				if (CategoryResult.juaraPlace(ranks[i]) > 0) {
					top3[i]++;
				}
			}
		}
		double[] keepsRank = new double[n];
		double[] inTop3 = new double[n];
		for (int i = 0; i < n; i++) {
			boolean ranked = base[i] != CategoryResult.NO_RANK;
			keepsRank[i] = ranked ? (double) keeps[i] / draws : Double.NaN;
			inTop3[i] = ranked ? (double) top3[i] / draws : Double.NaN;
		}
		return new Robustness(keepsRank, inTop3);
	}

	/**
	 * The share of draws in which candidate {@code i} keeps its rank; {@code NaN} when it
	 * has no rank of the analysed basis.
	 */
	public double keepsRank(int i) {
		return this.keepsRank[i];
	}

	/**
	 * The share of draws in which candidate {@code i} ranks 1–3 in its scope (for a top-3
	 * candidate: stays in the top 3); {@code NaN} when it has no rank of the analysed
	 * basis.
	 */
	public double inTop3(int i) {
		return this.inTop3[i];
	}

}
