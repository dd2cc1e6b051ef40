package id.paritrana.engine.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.paritrana.engine.rubric.Indicator;
import id.paritrana.engine.rubric.JuryMethod;
import id.paritrana.engine.rubric.Measure;
import id.paritrana.engine.rubric.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Properties of scoring checked over many seeded random scenarios (no property-testing
 * library).
 */
class ScoringPropertiesTests {

	private static final int CASES = 400;

	@Test
	void everyScoreIsWithinZeroAndHundred() {
		RandomScenarios gen = new RandomScenarios(1);
		for (int c = 0; c < CASES; c++) {
			CategoryResult r = gen.scenario(true, true).score();
			IndicatorScores s = r.indicatorScores();
			for (int i = 0; i < r.size(); i++) {
				for (double[] column : s.score) {
					if (!Double.isNaN(column[i])) {
						assertThat(column[i]).isBetween(0.0, 100.0);
					}
				}
				assertThat(r.deskScoreUnrounded(i)).isBetween(0.0, 100.0);
				assertThat(r.deskScore(i)).isBetween(0.0, 100.0);
				if (r.hasJuryScore(i)) {
					assertThat(r.juryScore(i)).isBetween(0.0, 100.0);
					assertThat(r.finalScore(i)).isBetween(0.0, 100.0);
				}
				for (int a = 0; a < r.aspectIds().size(); a++) {
					double v = r.aspectScore(i, a);
					if (!Double.isNaN(v)) {
						assertThat(v).isBetween(0.0, 100.0);
					}
				}
			}
		}
	}

	@Test
	void raisingAMeasureOfAnIncreasingRuleNeverLowersTotalOrRank() {
		RandomScenarios gen = new RandomScenarios(2);
		int checked = 0;
		for (int c = 0; c < CASES; c++) {
			RandomScenarios.Scenario scenario = gen.scenario(true, false);
			List<Indicator> increasing = scenario.rubric()
				.indicators()
				.stream()
				.filter(ind -> (ind.rule() instanceof Rule.Bands b && ascendingScores(b))
						|| ind.rule() instanceof Rule.Percentile || ind.rule() instanceof Rule.MinMax
						|| (ind.rule() instanceof Rule.Linear l && l.from() < l.to()))
				.toList();
			if (increasing.isEmpty()) {
				continue;
			}
			Measure measure = increasing.get(gen.random().nextInt(increasing.size())).measure().orElseThrow();
			// Only indicators with increasing rules may read the measure raised.
			boolean allIncreasing = scenario.rubric()
				.indicators()
				.stream()
				.filter(ind -> ind.measure().equals(java.util.Optional.of(measure)))
				.allMatch(increasing::contains);
			if (!allIncreasing) {
				continue;
			}
			int target = gen.random().nextInt(scenario.rows().size());
			RandomScenarios.Row row = scenario.rows().get(target);
			double before = row.numeric().get(measure);
			double after = Double.isNaN(before) ? gen.random().nextDouble() * 100
					: before + gen.random().nextDouble() * 30;
			List<RandomScenarios.Row> rows = new ArrayList<>(scenario.rows());
			rows.set(target, row.with(measure, after));
			CategoryResult r0 = scenario.score();
			CategoryResult r1 = scenario.withRows(rows).score();
			assertThat(r1.deskScoreUnrounded(target)).isGreaterThanOrEqualTo(r0.deskScoreUnrounded(target) - 1e-9);
			assertThat(r1.deskScore(target)).isGreaterThanOrEqualTo(r0.deskScore(target));
			// NO_RANK (0) is the worst standing, not the best: compare ranks with
			// unranked last.
			assertThat(compareRanks(r1.deskRank(target), r0.deskRank(target)))
				.as("desk rank %d -> %d", r0.deskRank(target), r1.deskRank(target))
				.isLessThanOrEqualTo(0);
			if (r0.hasJuryScore(target)) {
				assertThat(r1.finalScore(target)).isGreaterThanOrEqualTo(r0.finalScore(target));
				assertThat(compareRanks(r1.finalRank(target), r0.finalRank(target)))
					.as("final rank %d -> %d", r0.finalRank(target), r1.finalRank(target))
					.isLessThanOrEqualTo(0);
			}
			checked++;
		}
		assertThat(checked).isGreaterThan(CASES / 4);
	}

	@Test
	void shufflingCandidatesChangesNothing() {
		RandomScenarios gen = new RandomScenarios(3);
		for (int c = 0; c < CASES; c++) {
			RandomScenarios.Scenario scenario = gen.scenario(true, true);
			List<RandomScenarios.Row> shuffled = new ArrayList<>(scenario.rows());
			Collections.shuffle(shuffled, new java.util.Random(c));
			CategoryResult r0 = scenario.score();
			CategoryResult r1 = scenario.withRows(shuffled).score();
			assertThat(byCode(r1)).isEqualTo(byCode(r0));
			assertThat(codesInOrder(r1)).isEqualTo(codesInOrder(r0));
		}
	}

	@Test
	void scalingAllWeightsByAConstantChangesNothing() {
		RandomScenarios gen = new RandomScenarios(4);
		double[] factors = { 0.25, 0.5, 2, 3, 10 };
		for (int c = 0; c < CASES; c++) {
			IndicatorScores s = gen.scenario(true, true).score().indicatorScores();
			double[] weights = s.weights();
			double[] scaled = weights.clone();
			double factor = factors[c % factors.length];
			for (int k = 0; k < scaled.length; k++) {
				scaled[k] *= factor;
			}
			Totals t0 = new Totals(s, weights);
			Totals t1 = new Totals(s, scaled);
			for (int i = 0; i < t0.deskRaw.length; i++) {
				assertThat(t1.deskRaw[i]).isCloseTo(t0.deskRaw[i], within(1e-9));
			}
			assertThat(t1.deskCents).isEqualTo(t0.deskCents);
			assertThat(t1.finalCents).isEqualTo(t0.finalCents);
			assertThat(t1.aspectCents).isDeepEqualTo(t0.aspectCents);
			assertThat(t1.deskRanks(s)).isEqualTo(t0.deskRanks(s));
			assertThat(t1.finalRanks(s)).isEqualTo(t0.finalRanks(s));
		}
	}

	@Test
	void removingACandidateNeverReordersTheOthersWithoutPeerRelativeRules() {
		RandomScenarios gen = new RandomScenarios(5);
		for (int c = 0; c < CASES; c++) {
			RandomScenarios.Scenario scenario = gen.scenario(false, true);
			if (scenario.rows().size() < 2) {
				continue;
			}
			List<RandomScenarios.Row> rows = new ArrayList<>(scenario.rows());
			rows.remove(gen.random().nextInt(rows.size()));
			CategoryResult r0 = scenario.score();
			CategoryResult r1 = scenario.withRows(rows).score();
			Map<String, Integer> index0 = indexByCode(r0);
			// z-scores standardise each juror over the candidates they scored: the jury
			// score is
			// peer-relative too, so only desk ranks must keep their order under that
			// method.
			boolean zscore = scenario.rubric().jury().map(j -> j.method() == JuryMethod.ZSCORE).orElse(false);
			for (int a = 0; a < r1.size(); a++) {
				for (int b = 0; b < r1.size(); b++) {
					if (!r1.candidates().scope(a).equals(r1.candidates().scope(b))) {
						continue;
					}
					int a0 = index0.get(r1.candidates().code(a));
					int b0 = index0.get(r1.candidates().code(b));
					assertThat(Integer.signum(compareRanks(r1.deskRank(a), r1.deskRank(b))))
						.isEqualTo(Integer.signum(compareRanks(r0.deskRank(a0), r0.deskRank(b0))));
					if (!zscore) {
						assertThat(Integer.signum(compareRanks(r1.finalRank(a), r1.finalRank(b))))
							.isEqualTo(Integer.signum(compareRanks(r0.finalRank(a0), r0.finalRank(b0))));
					}
				}
			}
		}
	}

	private static boolean ascendingScores(Rule.Bands bands) {
		for (int b = 1; b < bands.bands().size(); b++) {
			if (bands.bands().get(b).score() < bands.bands().get(b - 1).score()) {
				return false;
			}
		}
		return true;
	}

	private static int compareRanks(int a, int b) {
		return Integer.compareUnsigned(a - 1, b - 1);
	}

	private static Map<String, Integer> indexByCode(CategoryResult r) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < r.size(); i++) {
			index.put(r.candidates().code(i), i);
		}
		return index;
	}

	private static Map<String, List<Object>> byCode(CategoryResult r) {
		Map<String, List<Object>> all = new HashMap<>();
		for (int i = 0; i < r.size(); i++) {
			List<Object> values = new ArrayList<>(List.of(r.eligible(i), r.flags(i), r.deskScore(i), r.deskRank(i),
					r.juryScore(i), r.finalScore(i), r.finalRank(i)));
			for (int a = 0; a < r.aspectIds().size(); a++) {
				values.add(r.aspectScore(i, a));
			}
			all.put(r.candidates().code(i), values);
		}
		return all;
	}

	private static List<String> codesInOrder(CategoryResult r) {
		List<String> codes = new ArrayList<>();
		for (int i : r.order()) {
			codes.add(r.candidates().code(i));
		}
		return codes;
	}

}
