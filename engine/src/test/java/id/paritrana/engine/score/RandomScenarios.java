package id.paritrana.engine.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;

import id.paritrana.engine.rubric.Aspect;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Condition;
import id.paritrana.engine.rubric.Criterion;
import id.paritrana.engine.rubric.Indicator;
import id.paritrana.engine.rubric.Jury;
import id.paritrana.engine.rubric.JuryMethod;
import id.paritrana.engine.rubric.Measure;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.rubric.Rule;

/** Seeded random rubrics, candidates and jury scores for property tests. */
final class RandomScenarios {

	private static final Measure[] NUMERIC = java.util.Arrays.stream(Measure.values())
		.filter(m -> !m.isOrdinal())
		.toArray(Measure[]::new);

	private static final double[] COMMON = { 0, 10, 20, 50, 80, 100 };

	private final SplittableRandom random;

	RandomScenarios(long seed) {
		this.random = new SplittableRandom(seed);
	}

	SplittableRandom random() {
		return this.random;
	}

	/** A scenario: a rubric, its candidates (in insertion order) and jury scores. */
	record Scenario(Rubric rubric, List<Row> rows, List<JuryRow> jury) {

		CandidateTable table() {
			CandidateTable.Builder b = CandidateTable.builder(this.rubric.category());
			for (Row row : this.rows) {
				int i = b.add(row.code, "N" + row.code, row.scope);
				row.numeric.forEach((m, v) -> b.set(m.id(), i, v));
				if (row.level != null) {
					b.setLevel(Measure.REGULATION_LEVEL.id(), i, row.level);
				}
			}
			return b.build();
		}

		JuryScores juryScores() {
			JuryScores scores = new JuryScores();
			for (JuryRow r : this.jury) {
				scores.add(r.candidate, r.juror, r.criterion, r.score);
			}
			return scores;
		}

		CategoryResult score() {
			return Scorer.score(this.rubric, id.paritrana.engine.rubric.Level.PROVINSI, table(), juryScores());
		}

		Scenario withRows(List<Row> rows) {
			TreeSet<String> codes = new TreeSet<>();
			rows.forEach(r -> codes.add(r.code));
			return new Scenario(this.rubric, rows,
					this.jury.stream().filter(j -> codes.contains(j.candidate)).toList());
		}

	}

	record Row(String code, String scope, Map<Measure, Double> numeric, String level) {

		Row with(Measure measure, double value) {
			Map<Measure, Double> copy = new LinkedHashMap<>(this.numeric);
			copy.put(measure, value);
			return new Row(this.code, this.scope, copy, this.level);
		}

	}

	record JuryRow(String candidate, String juror, String criterion, int score) {
	}

	/**
	 * A random scenario.
	 * @param peerRelative whether percentile and minmax rules may appear
	 * @param conditions whether eligibility conditions may appear
	 */
	Scenario scenario(boolean peerRelative, boolean conditions) {
		boolean withJury = this.random.nextBoolean();
		int aspects = 1 + this.random.nextInt(4);
		List<Integer> sizes = new ArrayList<>();
		int indicators = 0;
		for (int a = 0; a < aspects; a++) {
			int size = 1 + this.random.nextInt(3);
			sizes.add(size);
			indicators += size;
		}
		int juryAspect = withJury ? this.random.nextInt(aspects + 1) : -1;
		int[] weights = weights(indicators + (withJury ? 1 : 0));
		List<Aspect> list = new ArrayList<>();
		int k = 0;
		for (int a = 0; a <= aspects; a++) {
			if (a == juryAspect) {
				Indicator jury = new Indicator("wawancara", "W", weights[k++], Optional.empty(), new Rule.Jury());
				list.add(new Aspect("jury", "Jury", jury.weight(), List.of(jury)));
			}
			if (a == aspects) {
				break;
			}
			List<Indicator> inds = new ArrayList<>();
			double sum = 0;
			for (int j = 0; j < sizes.get(a); j++) {
				inds.add(indicator("i" + a + "_" + j, weights[k], peerRelative));
				sum += weights[k++];
			}
			list.add(new Aspect("a" + a, "A" + a, sum, inds));
		}
		List<Condition> eligibility = new ArrayList<>();
		if (conditions && this.random.nextBoolean()) {
			eligibility.add(new Condition(Measure.ARREARS, Condition.Operator.EQ, 0));
		}
		if (conditions && this.random.nextBoolean()) {
			eligibility.add(new Condition(Measure.MONTHS_REPORTED, Condition.Operator.GE, 10));
		}
		Optional<Jury> jury = withJury ? Optional.of(new Jury(JuryMethod.values()[this.random.nextInt(3)],
				List.of(new Criterion("k1", "K1"), new Criterion("k2", "K2")))) : Optional.empty();
		Rubric rubric = new Rubric(withJury ? Category.BU_BESAR : Category.UKM, list, jury, eligibility, List.of(),
				Rubric.DEFAULT_SHORTLIST);
		int n = 1 + this.random.nextInt(60);
		int scopes = 1 + this.random.nextInt(4);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Map<Measure, Double> values = new LinkedHashMap<>();
			for (Measure m : NUMERIC) {
				values.put(m, value(m));
			}
			String level = (this.random.nextInt(10) == 0) ? null
					: Measure.REGULATION_LEVEL.levels().get(this.random.nextInt(6));
			rows.add(new Row(String.format("C%03d", i), "1" + this.random.nextInt(scopes), values, level));
		}
		List<JuryRow> juryRows = new ArrayList<>();
		if (withJury) {
			int jurors = 1 + this.random.nextInt(6);
			for (Row row : rows) {
				if (this.random.nextInt(4) == 0) {
					continue;
				}
				for (int j = 0; j < jurors; j++) {
					juryRows.add(new JuryRow(row.code, "J" + j, "k1", this.random.nextInt(101)));
					juryRows.add(new JuryRow(row.code, "J" + j, "k2", this.random.nextInt(101)));
				}
			}
		}
		return new Scenario(rubric, rows, juryRows);
	}

	private double value(Measure m) {
		if (m == Measure.ARREARS) {
			return (this.random.nextInt(4) == 0) ? 1000 : 0;
		}
		if (m == Measure.MONTHS_REPORTED) {
			return 8 + this.random.nextInt(5);
		}
		int pick = this.random.nextInt(10);
		if (pick == 0) {
			return Double.NaN;
		}
		if (pick < 5) {
			return COMMON[this.random.nextInt(COMMON.length)];
		}
		return -10 + 120 * this.random.nextDouble();
	}

	private Indicator indicator(String id, double weight, boolean peerRelative) {
		int kind = this.random.nextInt(peerRelative ? 6 : 4);
		if (kind == 3) {
			Map<String, Double> scores = new LinkedHashMap<>();
			for (String level : Measure.REGULATION_LEVEL.levels()) {
				scores.put(level, (double) this.random.nextInt(101));
			}
			return new Indicator(id, id, weight, Optional.of(Measure.REGULATION_LEVEL), new Rule.Ordinal(scores));
		}
		Measure measure = NUMERIC[this.random.nextInt(NUMERIC.length)];
		Rule rule = switch (kind) {
			case 0, 1 -> {
				double from = this.random.nextInt(50);
				double to = 50 + this.random.nextInt(60);
				yield (kind == 0) ? new Rule.Linear(from, to) : new Rule.Linear(to, from);
			}
			case 2 -> bands();
			case 4 -> new Rule.Percentile();
			default -> new Rule.MinMax();
		};
		return new Indicator(id, id, weight, Optional.of(measure), rule);
	}

	private Rule.Bands bands() {
		List<Rule.Band> bands = new ArrayList<>();
		double bound = -5 + this.random.nextInt(20);
		for (int b = 0, count = 1 + this.random.nextInt(4); b < count; b++) {
			bands.add(new Rule.Band(bound, this.random.nextInt(101)));
			bound += 1 + this.random.nextInt(40);
		}
		return new Rule.Bands(bands);
	}

	/** {@code count} positive integers adding up to 100. */
	private int[] weights(int count) {
		TreeSet<Integer> cuts = new TreeSet<>();
		while (cuts.size() < count - 1) {
			cuts.add(1 + this.random.nextInt(99));
		}
		int[] weights = new int[count];
		int previous = 0;
		int k = 0;
		for (int cut : cuts) {
			weights[k++] = cut - previous;
			previous = cut;
		}
		weights[k] = 100 - previous;
		return weights;
	}

}
