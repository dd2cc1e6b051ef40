package id.paritrana.engine.score;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import id.paritrana.engine.rubric.JuryMethod;

/** A candidate's jury score from its jurors' scores (DESIGN §5.5). */
final class JuryAggregation {

	private JuryAggregation() {
	}

	/**
	 * Jury score per candidate code.
	 * @param jurorMeans candidate code → juror id → the juror's mean over the
	 * sub-criteria
	 */
	static Map<String, Double> aggregate(JuryMethod method, Map<String, Map<String, Double>> jurorMeans) {
		Map<String, Double> result = new LinkedHashMap<>();
		switch (method) {
			case MEAN -> jurorMeans.forEach((c, byJuror) -> result.put(c, mean(values(byJuror))));
			case TRIMMED -> jurorMeans.forEach((c, byJuror) -> result.put(c, trimmedMean(values(byJuror))));
			case ZSCORE -> result.putAll(zscore(jurorMeans));
		}
		return result;
	}

	private static double[] values(Map<String, Double> byJuror) {
		return byJuror.values().stream().mapToDouble(Double::doubleValue).toArray();
	}

	static double mean(double[] xs) {
		double sum = 0;
		for (double x : xs) {
			sum += x;
		}
		return sum / xs.length;
	}

	/** With 5 or more jurors, one highest and one lowest are dropped before the mean. */
	static double trimmedMean(double[] xs) {
		if (xs.length < 5) {
			return mean(xs);
		}
		double[] sorted = xs.clone();
		Arrays.sort(sorted);
		return mean(Arrays.copyOfRange(sorted, 1, sorted.length - 1));
	}

	/**
	 * Each juror's scores are standardised over the candidates that juror scored, with
	 * the population standard deviation (a juror scores their whole panel, not a sample
	 * of it); a juror with sd 0 contributes z = 0. The mean z maps to
	 * {@code clamp(70 + 10 z̄, 0, 100)}.
	 */
	private static Map<String, Double> zscore(Map<String, Map<String, Double>> jurorMeans) {
		Map<String, double[]> moments = new HashMap<>(); // juror → {n, Σs, Σs²}
		jurorMeans.forEach((c, byJuror) -> byJuror.forEach((juror, s) -> {
			double[] m = moments.computeIfAbsent(juror, k -> new double[3]);
			m[0]++;
			m[1] += s;
		}));
		Map<String, double[]> stats = new HashMap<>(); // juror → {mean, sd}
		moments.forEach((juror, m) -> stats.put(juror, new double[] { m[1] / m[0], 0 }));
		// Second pass for the variance: numerically safer than Σs² − n·mean².
		jurorMeans.forEach((c, byJuror) -> byJuror.forEach((juror, s) -> {
			double d = s - stats.get(juror)[0];
			moments.get(juror)[2] += d * d;
		}));
		moments.forEach((juror, m) -> stats.get(juror)[1] = Math.sqrt(m[2] / m[0]));
		Map<String, Double> result = new LinkedHashMap<>();
		jurorMeans.forEach((c, byJuror) -> {
			double sumZ = 0;
			for (Map.Entry<String, Double> e : byJuror.entrySet()) {
				double[] st = stats.get(e.getKey());
				sumZ += (st[1] == 0) ? 0 : (e.getValue() - st[0]) / st[1];
			}
			double zBar = sumZ / byJuror.size();
			result.put(c, Math.max(0, Math.min(100, 70 + 10 * zBar)));
		});
		return result;
	}

}
