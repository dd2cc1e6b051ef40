package id.paritrana.engine.score;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.JuryMethod;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.rubric.Rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/** Jury aggregation and validation of DESIGN §5.5, hand-computed. */
class JuryTests {

	private static Rubric rubric(String method) {
		return Rubrics.parse("jury.yaml",
				"""
						category: BU_BESAR
						aspects:
						  - {id: a, name: A, weight: 50, indicators: [{id: ia, name: IA, weight: 50, measure: ontime_pct, rule: {type: linear, from: 0, to: 100}}]}
						  - {id: w, name: W, weight: 50, indicators: [{id: wawancara, name: W, weight: 50, rule: {type: jury}}]}
						jury:
						  method: %s
						  criteria: [{id: k1, name: K1}, {id: k2, name: K2}]
						"""
					.formatted(method));
	}

	private static CandidateTable table(String... codes) {
		CandidateTable.Builder b = CandidateTable.builder(Category.BU_BESAR);
		for (String code : codes) {
			b.set("ontime_pct", b.add(code, code, "11"), 50);
		}
		return b.build();
	}

	/**
	 * Adds a juror's score of a candidate with both sub-criteria equal to {@code score}.
	 */
	private static void both(JuryScores jury, String candidate, String juror, int score) {
		jury.add(candidate, juror, "k1", score).add(candidate, juror, "k2", score);
	}

	@Test
	void meanOfJurorsEachTheMeanOfTheirSubCriteria() {
		JuryScores jury = new JuryScores();
		jury.add("A", "J1", "k1", 80).add("A", "J1", "k2", 71); // 75.5
		jury.add("A", "J2", "k1", 60).add("A", "J2", "k2", 61); // 60.5
		CategoryResult r = Scorer.score(rubric("mean"), Level.PROVINSI, table("A"), jury);
		assertThat(r.juryScore(0)).isEqualTo(68.00);
		assertThat(r.finalScore(0)).isEqualTo(59.00);
	}

	@Test
	void trimmedKeepsAllOfFourJurors() {
		JuryScores jury = new JuryScores();
		int[] scores = { 50, 60, 70, 100 };
		for (int j = 0; j < scores.length; j++) {
			both(jury, "A", "J" + j, scores[j]);
		}
		CategoryResult r = Scorer.score(rubric("trimmed"), Level.PROVINSI, table("A"), jury);
		assertThat(r.juryScore(0)).isEqualTo(70.00);
	}

	@Test
	void trimmedDropsOneHighestAndOneLowestOfFiveJurors() {
		JuryScores jury = new JuryScores();
		int[] scores = { 100, 40, 50, 60, 70 };
		for (int j = 0; j < scores.length; j++) {
			both(jury, "A", "J" + j, scores[j]);
		}
		assertThat(Scorer.score(rubric("trimmed"), Level.PROVINSI, table("A"), jury).juryScore(0)).isEqualTo(60.00);
		assertThat(Scorer.score(rubric("mean"), Level.PROVINSI, table("A"), jury).juryScore(0)).isEqualTo(64.00);
	}

	@Test
	void zscoreStandardisesPerJurorWithPopulationSd() {
		JuryScores jury = new JuryScores();
		both(jury, "A", "J1", 60);
		both(jury, "B", "J1", 70);
		both(jury, "C", "J1", 80);
		// J2 gives everyone the same: sd 0, z = 0.
		both(jury, "A", "J2", 90);
		both(jury, "B", "J2", 90);
		both(jury, "C", "J2", 90);
		CategoryResult r = Scorer.score(rubric("zscore"), Level.PROVINSI, table("A", "B", "C"), jury);
		// J1: mean 70, population sd √(200/3); z = ∓1.2247; z̄ = ∓0.61237
		double z = 10 / Math.sqrt(200.0 / 3) / 2;
		assertThat(r.indicatorScores().jury[0]).isCloseTo(70 - 10 * z, within(1e-9));
		assertThat(r.juryScore(0)).isEqualTo(63.88);
		assertThat(r.juryScore(1)).isEqualTo(70.00);
		assertThat(r.juryScore(2)).isEqualTo(76.12);
	}

	@Test
	void zscoreWithAJurorOfZeroSpreadOnly() {
		JuryScores jury = new JuryScores();
		both(jury, "A", "J1", 85);
		both(jury, "B", "J1", 85);
		CategoryResult r = Scorer.score(rubric("zscore"), Level.PROVINSI, table("A", "B"), jury);
		assertThat(r.juryScore(0)).isEqualTo(70.00);
		assertThat(r.juryScore(1)).isEqualTo(70.00);
	}

	@Test
	void zscoreIsClampedToHundred() {
		JuryScores jury = new JuryScores();
		String[] codes = new String[101];
		for (int c = 0; c < codes.length; c++) {
			codes[c] = "C" + c;
			both(jury, codes[c], "J1", (c == 0) ? 100 : 0);
		}
		CategoryResult r = Scorer.score(rubric("zscore"), Level.PROVINSI, table(codes), jury);
		// z of C0 ≈ 9.95 → 169.5 before clamping.
		assertThat(r.juryScore(0)).isEqualTo(100.00);
		assertThat(r.juryScore(1)).isEqualTo(69.00);
	}

	@Test
	void invalidInputIsReportedWholeBeforeScoring() {
		JuryScores jury = new JuryScores();
		jury.add("A", "J1", "k1", 80); // k2 missing
		jury.add("A", "J2", "k1", 80).add("A", "J2", "k2", 101);
		jury.add("A", "J3", "k1", 80).add("A", "J3", "k2", 80).add("A", "J3", "k3", 80);
		jury.add("A", "J4", "k1", 80).add("A", "J4", "k2", 80).add("A", "J4", "k2", 70);
		jury.add("Z", "J1", "k1", -1).add("Z", "J1", "k2", 50);
		InvalidJuryScoresException ex = catchThrowableOfType(InvalidJuryScoresException.class,
				() -> Scorer.score(rubric("mean"), Level.PROVINSI, table("A"), jury));
		assertThat(ex.problems()).containsExactlyInAnyOrder(
				new JuryProblem("A", "J2", "k2", "score 101 is outside 0–100"),
				new JuryProblem("A", "J3", "k3", "unknown criterion"),
				new JuryProblem("A", "J4", "k2", "scored more than once"),
				new JuryProblem("Z", "J1", "k1", "unknown candidate"),
				new JuryProblem("Z", "J1", "k1", "score -1 is outside 0–100"),
				new JuryProblem("Z", "J1", "k2", "unknown candidate"),
				new JuryProblem("A", "J1", "k2", "sub-criterion not scored"));
		assertThat(ex.getMessage()).contains("candidate A, juror J1, criterion k2: sub-criterion not scored");
	}

	@Test
	void scoresForACategoryWithoutInterviewAreInvalid() {
		CandidateTable.Builder b = CandidateTable.builder(Category.UKM);
		b.add("A", "A", "11");
		JuryScores jury = new JuryScores().add("A", "J1", "komitmen", 80);
		assertThat(jury.validate(Rubrics.defaultFor(Category.UKM).jury(), b.build()))
			.containsExactly(new JuryProblem("A", "J1", "komitmen", "category UKM has no interview"));
	}

	@Test
	void validScoresHaveNoProblems() {
		JuryScores jury = new JuryScores();
		both(jury, "A", "J1", 0);
		both(jury, "A", "J2", 100);
		assertThat(jury.validate(rubric("mean").jury(), table("A"))).isEmpty();
		assertThat(jury.size()).isEqualTo(4);
		assertThat(new JuryScores().isEmpty()).isTrue();
	}

	@Test
	void jurorScoresAggregateDirectly() {
		assertThat(JuryAggregation.trimmedMean(new double[] { 1, 2, 3, 4, 100 })).isEqualTo(3);
		assertThat(JuryAggregation.trimmedMean(new double[] { 1, 2, 3, 100 })).isEqualTo(26.5);
		assertThat(JuryAggregation.mean(new double[] { 1, 2 })).isEqualTo(1.5);
	}

	@Test
	void panelAgreementUsesJurorsWhoScoredTheWholePanel() {
		JuryScores jury = new JuryScores();
		both(jury, "A", "J1", 60);
		both(jury, "B", "J1", 70);
		both(jury, "C", "J1", 80);
		both(jury, "A", "J2", 65);
		both(jury, "B", "J2", 75);
		jury.add("C", "J2", "k1", 70).add("C", "J2", "k2", 71);
		// J3 scored only A: not part of the panel's agreement.
		both(jury, "A", "J3", 10);
		// J1 ranks A, B, C as 1, 2, 3; J2 (C = 70.5) as 1, 3, 2: rank sums 2, 5, 5, S =
		// 6, W = 72 / 96
		assertThat(jury.agreement(List.of("A", "B", "C")).getAsDouble()).isCloseTo(0.75, within(1e-12));
		assertThat(jury.agreement(List.of("A", "B")).getAsDouble()).isCloseTo(1, within(1e-12));
		assertThat(jury.agreement(List.of("A"))).isEqualTo(OptionalDouble.empty());
	}

	@Test
	void juryScoresByMethodEqualTheScorersJuryIndicator() {
		JuryScores jury = new JuryScores();
		int[] scores = { 50, 60, 70, 80, 100 };
		for (int j = 0; j < scores.length; j++) {
			if (j > 0) {
				both(jury, "A", "J" + j, scores[j]);
			}
			both(jury, "B", "J" + j, 100 - scores[j]);
		}
		jury.add("A", "J0", "k1", 41).add("A", "J0", "k2", 60); // 50.5
		assertThat(jury.jurorMeans().get("A")).containsEntry("J0", 50.5).containsEntry("J4", 100.0);
		assertThat(jury.juryScores(JuryMethod.MEAN).get("A")).isCloseTo((50.5 + 60 + 70 + 80 + 100) / 5, within(1e-12));
		assertThat(jury.juryScores(JuryMethod.TRIMMED).get("A")).isCloseTo(70, within(1e-12));
		for (String method : new String[] { "mean", "trimmed", "zscore" }) {
			CategoryResult r = Scorer.score(rubric(method), Level.PROVINSI, table("A", "B"), jury);
			var byMethod = jury.juryScores(JuryMethod.valueOf(method.toUpperCase(java.util.Locale.ROOT)));
			assertThat(r.juryScore(0)).as(method).isCloseTo(byMethod.get("A"), within(0.005));
			assertThat(r.juryScore(1)).as(method).isCloseTo(byMethod.get("B"), within(0.005));
		}
	}

}
