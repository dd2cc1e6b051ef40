package id.paritrana.engine.score;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import id.paritrana.engine.rubric.Aspect;
import id.paritrana.engine.rubric.Condition;
import id.paritrana.engine.rubric.Indicator;
import id.paritrana.engine.rubric.Measure;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.rubric.Rule;

/**
 * The weight-independent part of scoring one category (DESIGN §5.1–§5.2, §5.5): every
 * indicator's score per candidate, missing-data marks, jury scores and eligibility.
 * Weighted totals and ranks are built on top, once for the result and once per robustness
 * draw.
 */
final class IndicatorScores {

	final Rubric rubric;

	final CandidateTable table;

	final Scopes scopes;

	/** All indicators, aspect by aspect. */
	final Indicator[] indicators;

	/** Aspect number of each indicator. */
	final int[] aspectOf;

	/** The number of the jury indicator, -1 without one. */
	final int juryIndicator;

	/** The number of the jury aspect, -1 without one. */
	final int juryAspect;

	/**
	 * {@code score[k][i]}: indicator k of candidate i, unrounded; the jury indicator
	 * holds NaN without jury scores.
	 */
	final double[][] score;

	/**
	 * {@code missing[k][i]}: the measure of indicator k is missing for candidate i
	 * (scored 0, flagged).
	 */
	final boolean[][] missing;

	/** The jury score of each candidate, NaN without one. */
	final double[] jury;

	/** {@code failed[c][i]}: candidate i fails eligibility condition c. */
	final boolean[][] failed;

	final boolean[] eligible;

	IndicatorScores(Rubric rubric, CandidateTable table, Map<String, Double> juryByCode) {
		this.rubric = rubric;
		this.table = table;
		this.scopes = new Scopes(table);
		int n = table.size();
		List<Aspect> aspects = rubric.aspects();
		List<Indicator> all = rubric.indicators();
		this.indicators = all.toArray(new Indicator[0]);
		this.aspectOf = new int[this.indicators.length];
		int k = 0;
		int juryAspectFound = -1;
		for (int a = 0; a < aspects.size(); a++) {
			if (aspects.get(a).isJury()) {
				juryAspectFound = a;
			}
			for (int j = 0; j < aspects.get(a).indicators().size(); j++) {
				this.aspectOf[k++] = a;
			}
		}
		this.juryAspect = juryAspectFound;
		int juryFound = -1;
		for (k = 0; k < this.indicators.length; k++) {
			if (this.indicators[k].isJury()) {
				juryFound = k;
			}
		}
		this.juryIndicator = juryFound;

		this.jury = new double[n];
		Arrays.fill(this.jury, Double.NaN);
		juryByCode.forEach((code, value) -> table.indexOf(code).ifPresent(i -> this.jury[i] = value));

		this.score = new double[this.indicators.length][];
		this.missing = new boolean[this.indicators.length][];
		// indicators read the table and write only their own columns: scored side by side
		IntStream.range(0, this.indicators.length).parallel().forEach(indicator -> {
			this.score[indicator] = new double[n];
			this.missing[indicator] = new boolean[n];
			scoreIndicator(this.indicators[indicator], this.score[indicator], this.missing[indicator]);
		});

		List<Condition> conditions = rubric.eligibility();
		this.failed = new boolean[conditions.size()][];
		this.eligible = new boolean[n];
		Arrays.fill(this.eligible, true);
		for (int c = 0; c < conditions.size(); c++) {
			Condition condition = conditions.get(c);
			double[] values = table.numeric(condition.measure());
			boolean[] fails = new boolean[n];
			for (int i = 0; i < n; i++) {
				if (!condition.test(values[i])) {
					fails[i] = true;
					this.eligible[i] = false;
				}
			}
			this.failed[c] = fails;
		}
	}

	private void scoreIndicator(Indicator indicator, double[] out, boolean[] missing) {
		Rule rule = indicator.rule();
		if (rule instanceof Rule.Jury) {
			System.arraycopy(this.jury, 0, out, 0, out.length);
			return;
		}
		Measure measure = indicator.measure().orElseThrow();
		if (rule instanceof Rule.Ordinal ordinal) {
			String[] levels = this.table.levels(measure);
			for (int i = 0; i < out.length; i++) {
				double s = (levels[i] != null) ? ordinal.score(levels[i]) : Double.NaN;
				mark(out, missing, i, s);
			}
			return;
		}
		double[] x = this.table.numeric(measure);
		if (rule instanceof Rule.Linear linear) {
			for (int i = 0; i < out.length; i++) {
				mark(out, missing, i, Double.isNaN(x[i]) ? Double.NaN : linear.score(x[i]));
			}
		}
		else if (rule instanceof Rule.Bands bands) {
			// Bounds and scores in arrays: the same result as Bands.score without list
			// access per value.
			List<Rule.Band> list = bands.bands();
			double[] bounds = new double[list.size()];
			double[] bandScores = new double[list.size()];
			for (int b = 0; b < bounds.length; b++) {
				bounds[b] = list.get(b).min();
				bandScores[b] = list.get(b).score();
			}
			for (int i = 0; i < out.length; i++) {
				double v = x[i];
				if (Double.isNaN(v)) {
					mark(out, missing, i, Double.NaN);
					continue;
				}
				double score = 0;
				for (int b = 0; b < bounds.length && bounds[b] <= v; b++) {
					score = bandScores[b];
				}
				out[i] = score;
			}
		}
		else {
			for (int[] members : this.scopes.members) {
				scorePeers(rule, x, members, out, missing);
			}
		}
	}

	/**
	 * Peer-relative rules: peers are the scope's candidates that have a value (§5.2).
	 * Works on the scope's values gathered into a compact array, so that sorting and
	 * scoring touch a small block of memory rather than the whole category's columns.
	 */
	private static void scorePeers(Rule rule, double[] x, int[] members, double[] out, boolean[] missing) {
		int size = members.length;
		double[] values = new double[size];
		int m = 0;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (int p = 0; p < size; p++) {
			double v = x[members[p]];
			values[p] = v;
			if (Double.isNaN(v)) {
				mark(out, missing, members[p], Double.NaN);
			}
			else {
				m++;
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		}
		if (m == 0) {
			return;
		}
		double[] scores = new double[size];
		if (rule instanceof Rule.MinMax) {
			for (int p = 0; p < size; p++) {
				// The ratio first keeps the score within [0, 100] exactly.
				scores[p] = (max == min) ? 100 : 100.0 * ((values[p] - min) / (max - min));
			}
		}
		else if (m == 1) {
			Arrays.fill(scores, 100);
		}
		else {
			int[] sorted = sortedByValue(values, m);
			int start = 0;
			while (start < m) {
				double v = values[sorted[start]];
				int end = start + 1;
				while (end < m && values[sorted[end]] == v) {
					end++;
				}
				// below = start peers, equal = end − start − 1 others
				double score = 100.0 * ((start + 0.5 * (end - start - 1)) / (m - 1));
				for (int q = start; q < end; q++) {
					scores[sorted[q]] = score;
				}
				start = end;
			}
		}
		for (int p = 0; p < size; p++) {
			if (!Double.isNaN(values[p])) {
				out[members[p]] = scores[p];
			}
		}
	}

	/**
	 * The positions of the {@code m} non-NaN values, ascending by value. One primitive
	 * sort of long keys — the value's order-preserving bits with the low bits replaced by
	 * its position — then an exact re-sort of the rare groups whose values share the kept
	 * high bits. Faster than sorting values and searching each candidate's place.
	 */
	private static int[] sortedByValue(double[] values, int m) {
		int bits = 32 - Integer.numberOfLeadingZeros(values.length);
		long low = (1L << bits) - 1;
		long[] keys = new long[m];
		int k = 0;
		for (int p = 0; p < values.length; p++) {
			if (!Double.isNaN(values[p])) {
				keys[k++] = (sortable(values[p]) & ~low) | p;
			}
		}
		Arrays.sort(keys);
		int[] sorted = new int[m];
		for (int q = 0; q < m; q++) {
			sorted[q] = (int) (keys[q] & low);
		}
		int start = 0;
		while (start < m) {
			int end = start + 1;
			long high = keys[start] & ~low;
			while (end < m && (keys[end] & ~low) == high) {
				end++;
			}
			if (end - start > 1) {
				IntSort.sort(sorted, start, end, (a, b) -> Double.compare(values[a], values[b]));
			}
			start = end;
		}
		return sorted;
	}

	/** The bits of a non-NaN double as a long of the same order (−0.0 just below 0.0). */
	private static long sortable(double v) {
		long bits = Double.doubleToRawLongBits(v);
		return bits ^ ((bits >> 63) & Long.MAX_VALUE);
	}

	private static void mark(double[] out, boolean[] missing, int i, double s) {
		if (Double.isNaN(s)) {
			out[i] = 0;
			missing[i] = true;
		}
		else {
			out[i] = s;
		}
	}

	/** Indicator weights in {@link #indicators} order, as in the rubric. */
	double[] weights() {
		double[] w = new double[this.indicators.length];
		for (int k = 0; k < w.length; k++) {
			w[k] = this.indicators[k].weight();
		}
		return w;
	}

	int aspectCount() {
		return this.rubric.aspects().size();
	}

}
