package id.paritrana.engine.score;

import java.util.Arrays;

/**
 * Kendall's coefficient of concordance W, the agreement among the jurors of a panel
 * (DESIGN §5.5): 0 = no agreement, 1 = every juror ranks the candidates the same way.
 *
 * <p>
 * For m jurors ranking n candidates (tied scores get their mean rank), with R_i the rank
 * sum of candidate i and S = Σ (R_i − m(n+1)/2)², the tie-corrected
 * {@code W = 12 S / (m² (n³ − n) − m Σ T_j)}, where {@code T_j = Σ (t³ − t)} over the
 * groups of t tied scores of juror j.
 */
public final class KendallW {

	private KendallW() {
	}

	/**
	 * W of a complete jurors × candidates matrix ({@code scores[j][i]} = juror j's score
	 * of candidate i; higher is better, only the order matters).
	 * @return W in [0, 1]; {@code NaN} when undefined (fewer than 2 jurors or candidates,
	 * or every juror tying every candidate)
	 * @throws IllegalArgumentException if rows differ in length
	 */
	public static double of(double[][] scores) {
		int m = scores.length;
		if (m < 2) {
			return Double.NaN;
		}
		int n = scores[0].length;
		if (n < 2) {
			return Double.NaN;
		}
		double[] rankSums = new double[n];
		double tieTotal = 0;
		for (double[] row : scores) {
			if (row.length != n) {
				throw new IllegalArgumentException("every juror must score the same " + n + " candidates");
			}
			double[] ranks = midRanks(row);
			for (int i = 0; i < n; i++) {
				rankSums[i] += ranks[i];
			}
			tieTotal += ties(row);
		}
		double meanSum = m * (n + 1) / 2.0;
		double s = 0;
		for (double r : rankSums) {
			s += (r - meanSum) * (r - meanSum);
		}
		double denominator = (double) m * m * ((double) n * n * n - n) - m * tieTotal;
		return (denominator == 0) ? Double.NaN : 12 * s / denominator;
	}

	private static double[] midRanks(double[] row) {
		int n = row.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(row[a], row[b]));
		double[] ranks = new double[n];
		int start = 0;
		while (start < n) {
			int end = start + 1;
			while (end < n && row[order[end]] == row[order[start]]) {
				end++;
			}
			double mid = (start + 1 + end) / 2.0;
			for (int k = start; k < end; k++) {
				ranks[order[k]] = mid;
			}
			start = end;
		}
		return ranks;
	}

	private static double ties(double[] row) {
		double[] sorted = row.clone();
		Arrays.sort(sorted);
		double total = 0;
		int start = 0;
		while (start < sorted.length) {
			int end = start + 1;
			while (end < sorted.length && sorted[end] == sorted[start]) {
				end++;
			}
			double t = end - start;
			total += t * t * t - t;
			start = end;
		}
		return total;
	}

}
