package id.paritrana.engine.score;

import org.junit.jupiter.api.Test;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.rubric.Rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RobustnessTests {

	private static final Rubric TWO = Rubrics.parse("two.yaml",
			"""
					category: UKM
					aspects:
					  - {id: a, name: A, weight: 50, indicators: [{id: ia, name: IA, weight: 50, measure: registration_pct, rule: {type: linear, from: 0, to: 100}}]}
					  - {id: b, name: B, weight: 50, indicators: [{id: ib, name: IB, weight: 50, measure: ontime_pct, rule: {type: linear, from: 0, to: 100}}]}
					eligibility:
					  - {measure: arrears, operator: "=", value: 0}
					""");

	private static CategoryResult scenario() {
		CandidateTable.Builder b = CandidateTable.builder(Category.UKM);
		add(b, "TOP", 100, 100, 0);
		add(b, "A", 70, 50, 0); // 60, ahead of B unless b weighs more
		add(b, "B", 49, 70, 0); // 59.5
		add(b, "C", 40, 40, 0);
		add(b, "D", 30, 30, 0);
		add(b, "OUT", 100, 100, 1);
		return Scorer.score(TWO, Level.PROVINSI, b.build());
	}

	private static void add(CandidateTable.Builder b, String code, double a, double bv, double arrears) {
		int i = b.add(code, code, "11");
		b.set("registration_pct", i, a).set("ontime_pct", i, bv).set("arrears", i, arrears);
	}

	@Test
	void sameSeedSameReport() {
		CategoryResult r = scenario();
		Robustness first = Robustness.analyse(r, Robustness.Basis.FINAL, 0.2, 500, 42);
		Robustness second = Robustness.analyse(scenario(), Robustness.Basis.FINAL, 0.2, 500, 42);
		for (int i = 0; i < r.size(); i++) {
			// Boxed: Double.equals holds for two NaN of an unranked candidate.
			assertThat(Double.valueOf(second.keepsRank(i))).isEqualTo(Double.valueOf(first.keepsRank(i)));
			assertThat(Double.valueOf(second.inTop3(i))).isEqualTo(Double.valueOf(first.inTop3(i)));
		}
		Robustness defaults = Robustness.analyse(r);
		assertThat(defaults.keepsRank(1)).isEqualTo(Robustness.analyse(r).keepsRank(1));
	}

	@Test
	void dominantCandidateAlwaysKeepsItsRankCloseOnesSometimes() {
		CategoryResult r = scenario();
		Robustness robustness = Robustness.analyse(r);
		assertThat(robustness.keepsRank(0)).isEqualTo(1.0);
		assertThat(robustness.inTop3(0)).isEqualTo(1.0);
		// A and B swap whenever b ends up weighing enough more than a.
		assertThat(robustness.keepsRank(1)).isStrictlyBetween(0.2, 0.98);
		assertThat(robustness.keepsRank(2)).isEqualTo(robustness.keepsRank(1));
		assertThat(robustness.inTop3(1)).isEqualTo(1.0);
		assertThat(robustness.keepsRank(3)).isEqualTo(1.0);
		assertThat(robustness.inTop3(3)).isEqualTo(0.0);
		assertThat(robustness.inTop3(4)).isEqualTo(0.0);
		assertThat(robustness.keepsRank(5)).isNaN();
		assertThat(robustness.inTop3(5)).isNaN();
	}

	@Test
	void withoutSpreadEveryRankIsKept() {
		CategoryResult r = scenario();
		Robustness robustness = Robustness.analyse(r, Robustness.Basis.FINAL, 0, 50, 1);
		for (int i = 0; i < 5; i++) {
			assertThat(robustness.keepsRank(i)).isEqualTo(1.0);
			assertThat(robustness.inTop3(i)).isEqualTo(r.finalRank(i) <= 3 ? 1.0 : 0.0);
		}
	}

	@Test
	void rejectsInvalidSettings() {
		CategoryResult r = scenario();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Robustness.analyse(r, Robustness.Basis.FINAL, 1.0, 10, 1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Robustness.analyse(r, Robustness.Basis.FINAL, -0.1, 10, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> Robustness.analyse(r, Robustness.Basis.FINAL, 0.2, 0, 1));
	}

	@Test
	void robustnessOfTheDefaultRubricUsesFinalRanks() {
		CandidateTable.Builder b = CandidateTable.builder(Category.PEMKAB_PEMKOT);
		b.set("pu_coverage_pct", b.add("11.01", "A", "11"), 60);
		b.set("pu_coverage_pct", b.add("11.02", "B", "11"), 50);
		JuryScores jury = new JuryScores();
		for (String c : java.util.List.of("komitmen", "kebijakan", "inovasi", "keberlanjutan", "penyajian")) {
			jury.add("11.02", "J1", c, 90);
		}
		CategoryResult r = Scorer.score(Rubrics.defaultFor(Category.PEMKAB_PEMKOT), Level.PROVINSI, b.build(), jury);
		Robustness robustness = Robustness.analyse(r);
		// Only 11.02 has a final rank.
		assertThat(robustness.keepsRank(0)).isNaN();
		assertThat(robustness.keepsRank(1)).isEqualTo(1.0);
		// Both have desk ranks; 11.01 leads on the only measure given, whatever the
		// weights.
		Robustness desk = Robustness.analyse(r, Robustness.Basis.DESK, 0.2, 100, 3);
		assertThat(desk.keepsRank(0)).isEqualTo(1.0);
		assertThat(desk.keepsRank(1)).isEqualTo(1.0);
		assertThat(desk.inTop3(1)).isEqualTo(1.0);
	}

}
