package id.paritrana.engine.score;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.rubric.Rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Peer-relative rules (§5.2) against a direct transcription of their definitions. */
class PeerRulesTests {

	private static final Rubric PERCENTILE = Rubrics.parse("p.yaml",
			"""
					category: PEMKAB_PEMKOT
					aspects:
					  - {id: a, name: A, weight: 50, indicators: [{id: p, name: P, weight: 50, measure: pu_coverage_pct, rule: {type: percentile}}]}
					  - {id: b, name: B, weight: 50, indicators: [{id: m, name: M, weight: 50, measure: pu_coverage_pct, rule: {type: minmax}}]}
					""");

	@Test
	void matchDefinitionsOnValuesWithTiesAndNearTies() {
		SplittableRandom random = new SplittableRandom(11);
		for (int c = 0; c < 300; c++) {
			int n = 1 + random.nextInt(200);
			int scopes = 1 + random.nextInt(3);
			double[] x = new double[n];
			String[] scope = new String[n];
			CandidateTable.Builder b = CandidateTable.builder(Category.PEMKAB_PEMKOT);
			for (int i = 0; i < n; i++) {
				x[i] = switch (random.nextInt(6)) {
					case 0 -> Double.NaN;
					case 1 -> random.nextInt(5);
					// Values differing only in their lowest bits share the sort key's
					// high bits.
					case 2 -> Math.nextUp(50.0 + random.nextInt(3) * Math.ulp(50.0));
					case 3 -> random.nextBoolean() ? 0.0 : -0.0;
					default -> -50 + 100 * random.nextDouble();
				};
				scope[i] = "1" + random.nextInt(scopes);
				b.set("pu_coverage_pct", b.add("C" + i, "C" + i, scope[i]), x[i]);
			}
			CategoryResult r = Scorer.score(PERCENTILE, Level.PROVINSI, b.build());
			double[][] s = r.indicatorScores().score;
			for (int i = 0; i < n; i++) {
				if (Double.isNaN(x[i])) {
					assertThat(s[0][i]).isZero();
					assertThat(s[1][i]).isZero();
					continue;
				}
				int peers = 0;
				int below = 0;
				int equal = 0;
				double min = Double.POSITIVE_INFINITY;
				double max = Double.NEGATIVE_INFINITY;
				for (int j = 0; j < n; j++) {
					if (Double.isNaN(x[j]) || !scope[j].equals(scope[i])) {
						continue;
					}
					peers++;
					min = Math.min(min, x[j]);
					max = Math.max(max, x[j]);
					if (x[j] < x[i]) {
						below++;
					}
					else if (x[j] == x[i] && j != i) {
						equal++;
					}
				}
				double percentile = (peers == 1) ? 100 : 100.0 * (below + 0.5 * equal) / (peers - 1);
				double minmax = (max == min) ? 100 : 100.0 * (x[i] - min) / (max - min);
				assertThat(s[0][i]).as("percentile of %s", x[i]).isCloseTo(percentile, within(1e-9));
				assertThat(s[1][i]).as("minmax of %s", x[i]).isCloseTo(minmax, within(1e-9));
			}
		}
	}

}
