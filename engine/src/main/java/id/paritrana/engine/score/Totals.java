package id.paritrana.engine.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Weighted totals of DESIGN §5.3 from indicator scores and one set of indicator weights,
 * with their published cents, and the ranks of §5.4 that follow from them.
 */
final class Totals {

	final int[][] aspectCents;

	final double[] deskRaw;

	final int[] deskCents;

	final double[] finalRaw;

	final int[] finalCents;

	Totals(IndicatorScores s, double[] weights) {
		int n = s.table.size();
		int aspects = s.aspectCount();
		int indicators = s.indicators.length;
		double[] aspectWeight = new double[aspects];
		double deskWeight = 0;
		double totalWeight = 0;
		for (int k = 0; k < indicators; k++) {
			aspectWeight[s.aspectOf[k]] += weights[k];
			totalWeight += weights[k];
			if (k != s.juryIndicator) {
				deskWeight += weights[k];
			}
		}
		this.aspectCents = new int[aspects][];
		this.deskRaw = new double[n];
		boolean withJury = s.juryIndicator >= 0;
		// Without an interview the final score is the desk score (§5.3): the same array.
		this.finalRaw = withJury ? new double[n] : this.deskRaw;
		// Only published aspect scores are kept, so one scratch column serves every
		// aspect (the
		// indicators of an aspect are consecutive).
		double[] aspect = new double[n];
		int current = -1;
		// Indicator by indicator over whole columns: sequential array access, no
		// per-candidate
		// objects. Sums of weight × score are divided at the end, as §5.3 writes them, so
		// that
		// values on a half cent round as the definition does.
		for (int k = 0; k < indicators; k++) {
			if (s.aspectOf[k] != current) {
				current = s.aspectOf[k];
				Arrays.fill(aspect, 0);
			}
			double[] score = s.score[k];
			double w = weights[k];
			if (k == s.juryIndicator) {
				// NaN without jury scores propagates: no jury aspect and no final score.
				for (int i = 0; i < n; i++) {
					double x = w * score[i];
					aspect[i] += x;
					this.finalRaw[i] += x;
				}
			}
			else if (withJury) {
				for (int i = 0; i < n; i++) {
					double x = w * score[i];
					aspect[i] += x;
					this.deskRaw[i] += x;
					this.finalRaw[i] += x;
				}
			}
			else {
				for (int i = 0; i < n; i++) {
					double x = w * score[i];
					aspect[i] += x;
					this.deskRaw[i] += x;
				}
			}
			if (k + 1 == indicators || s.aspectOf[k + 1] != current) {
				divide(aspect, aspectWeight[current]);
				this.aspectCents[current] = cents(aspect);
			}
		}
		divide(this.deskRaw, deskWeight);
		if (withJury) {
			divide(this.finalRaw, totalWeight);
		}
		this.deskCents = cents(this.deskRaw);
		this.finalCents = withJury ? cents(this.finalRaw) : this.deskCents;
	}

	private static void divide(double[] sums, double by) {
		for (int i = 0; i < sums.length; i++) {
			sums[i] /= by;
		}
	}

	private static int[] cents(double[] raw) {
		int[] cents = new int[raw.length];
		for (int i = 0; i < raw.length; i++) {
			cents[i] = Rounding.centsOrNone(raw[i]);
		}
		return cents;
	}

	/** Desk ranks: eligible candidates, jury aspect skipped in tie-breaks (§5.4). */
	int[] deskRanks(IndicatorScores s) {
		return Ranking.rank(s.scopes, s.eligible, keys(s, this.deskCents, false));
	}

	/** Final ranks: eligible candidates with a final score (§5.4). */
	int[] finalRanks(IndicatorScores s) {
		boolean[] qualifies = new boolean[s.eligible.length];
		for (int i = 0; i < qualifies.length; i++) {
			qualifies[i] = s.eligible[i] && this.finalCents[i] != Rounding.NONE;
		}
		return Ranking.rank(s.scopes, qualifies, keys(s, this.finalCents, true));
	}

	private int[][] keys(IndicatorScores s, int[] score, boolean withJury) {
		List<int[]> keys = new ArrayList<>();
		keys.add(score);
		for (String id : s.rubric.tieBreak()) {
			int a = aspectIndex(s, id);
			if (withJury || a != s.juryAspect) {
				keys.add(this.aspectCents[a]);
			}
		}
		return keys.toArray(new int[0][]);
	}

	private static int aspectIndex(IndicatorScores s, String id) {
		for (int a = 0; a < s.aspectCount(); a++) {
			if (s.rubric.aspects().get(a).id().equals(id)) {
				return a;
			}
		}
		throw new IllegalStateException("tie-break aspect " + id + " not in rubric");
	}

}
