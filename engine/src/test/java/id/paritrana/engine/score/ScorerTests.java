package id.paritrana.engine.score;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.rubric.Rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Scores and ranks of DESIGN §5.3–§5.4, through the public API, with hand-computed
 * expectations.
 */
class ScorerTests {

	/**
	 * Three single-indicator aspects a (50), b (30), c (20); each score equals its
	 * measure value.
	 */
	private static Rubric threeAspects(String tieBreak) {
		return Rubrics.parse("three.yaml",
				"""
						category: UKM
						aspects:
						  - {id: a, name: A, weight: 50, indicators: [{id: ia, name: IA, weight: 50, measure: registration_pct, rule: {type: linear, from: 0, to: 100}}]}
						  - {id: b, name: B, weight: 30, indicators: [{id: ib, name: IB, weight: 30, measure: ontime_pct, rule: {type: linear, from: 0, to: 100}}]}
						  - {id: c, name: C, weight: 20, indicators: [{id: ic, name: IC, weight: 20, measure: program_complete_pct, rule: {type: linear, from: 0, to: 100}}]}
						"""
						+ tieBreak);
	}

	private static int add(CandidateTable.Builder b, String code, String scope, double a, double bv, double c) {
		int i = b.add(code, "Usaha " + code, scope);
		b.set("registration_pct", i, a).set("ontime_pct", i, bv).set("program_complete_pct", i, c);
		return i;
	}

	@Test
	void defaultGovernmentRubricHandComputed() {
		CandidateTable.Builder b = CandidateTable.builder(Category.PEMKAB_PEMKOT);
		int i = b.add("31.71", "Kota Jakarta Pusat", "31");
		b.setLevel("regulation_level", i, "PERKADA");
		b.set("pu_coverage_pct", i, 40).set("bpu_coverage_pct", i, 15).set("coverage_growth_pp", i, 2);
		b.set("nonasn_coverage_pct", i, 25).set("vulnerable_per_1000", i, 10).set("village_ecosystem_pct", i, 25);
		JuryScores jury = new JuryScores();
		int[] first = { 80, 70, 90, 60, 100 };
		String[] criteria = { "komitmen", "kebijakan", "inovasi", "keberlanjutan", "penyajian" };
		for (int k = 0; k < criteria.length; k++) {
			jury.add("31.71", "J1", criteria[k], first[k]);
			jury.add("31.71", "J2", criteria[k], 60);
		}
		CategoryResult r = Scorer.score(Rubrics.defaultFor(Category.PEMKAB_PEMKOT), Level.PROVINSI, b.build(), jury);
		// coverage = (10·80 + 12·50 + 10·50 + 5·50 + 8·25) / 45 = 2350 / 45
		assertThat(r.aspectIds()).containsExactly("coverage", "inovasi", "wawancara");
		assertThat(r.aspectScore(i, 0)).isEqualTo(52.22);
		assertThat(r.aspectScore(i, 1)).isEqualTo(71.00);
		assertThat(r.aspectScore(i, 2)).isEqualTo(70.00);
		assertThat(r.indicatorIds()).containsExactly("regulasi", "coverage_pu", "coverage_bpu", "pertumbuhan",
				"non_asn", "pekerja_rentan", "ekosistem_desa", "wawancara");
		double[] indicators = new double[8];
		for (int k = 0; k < indicators.length; k++) {
			indicators[k] = r.indicatorScore(i, k);
		}
		assertThat(indicators).containsExactly(80, 50, 50, 50, 25, 85, 50, 70);
		assertThat(r.deskScoreUnrounded(i)).isCloseTo(4125.0 / 70, within(1e-12));
		assertThat(r.deskScore(i)).isEqualTo(58.93);
		assertThat(r.juryScore(i)).isEqualTo(70.00);
		assertThat(r.finalScore(i)).isEqualTo(62.25);
		assertThat(r.deskRank(i)).isEqualTo(1);
		assertThat(r.finalRank(i)).isEqualTo(1);
		assertThat(r.flags(i)).isEmpty();
		assertThat(r.eligible(i)).isTrue();
	}

	@Test
	void sharedRanksFollowCompetitionRanking() {
		CandidateTable.Builder b = CandidateTable.builder(Category.UKM);
		add(b, "A", "11", 90, 90, 90);
		add(b, "B", "11", 80, 80, 80);
		add(b, "C", "11", 80, 80, 80);
		add(b, "D", "11", 70, 70, 70);
		CategoryResult r = Scorer.score(threeAspects(""), Level.PROVINSI, b.build());
		assertThat(ranks(r)).containsExactly(1, 2, 2, 4);
		assertThat(finalRanks(r)).containsExactly(1, 2, 2, 4);
	}

	@Test
	void tiesAreBrokenByAspectsHeaviestFirst() {
		CandidateTable.Builder b = CandidateTable.builder(Category.UKM);
		// Scope 11: equal desk 50, a decides.
		add(b, "X", "11", 60, 40, 40);
		add(b, "Y", "11", 40, 60, 60);
		// Scope 12: equal desk and a, b decides.
		add(b, "Q", "12", 50, 40, 65);
		add(b, "P", "12", 50, 60, 35);
		// Scope 13: equal on everything: shared.
		add(b, "R", "13", 50, 50, 50);
		add(b, "S", "13", 50, 50, 50);
		add(b, "T", "13", 50, 50, 40);
		CategoryResult r = Scorer.score(threeAspects(""), Level.PROVINSI, b.build());
		for (int i = 0; i < 6; i++) {
			assertThat(r.deskScore(i)).isEqualTo(50.00);
		}
		assertThat(ranks(r)).containsExactly(1, 2, 2, 1, 1, 1, 3);
	}

	@Test
	void tieBreakOrderOfTheRubricIsUsed() {
		CandidateTable.Builder b = CandidateTable.builder(Category.UKM);
		add(b, "X", "11", 60, 40, 40);
		add(b, "Y", "11", 40, 60, 60);
		CategoryResult r = Scorer.score(threeAspects("tie_break: [c, b, a]"), Level.PROVINSI, b.build());
		assertThat(ranks(r)).containsExactly(2, 1);
	}

	@Test
	void tieBreaksComparePublishedAspectScores() {
		CandidateTable.Builder b = CandidateTable.builder(Category.UKM);
		// a: 60.001 and 60.004 both publish as 60.00, so a does not decide; b does.
		add(b, "X", "11", 60.001, 40, 40);
		add(b, "Y", "11", 60.004, 39.99, 40);
		CategoryResult r = Scorer.score(threeAspects(""), Level.PROVINSI, b.build());
		assertThat(r.deskScore(0)).isEqualTo(r.deskScore(1));
		assertThat(ranks(r)).containsExactly(1, 2);
	}

	@Test
	void deskTiesSkipTheJuryAspectFinalTiesDoNot() {
		Rubric rubric = Rubrics.parse("jury.yaml",
				"""
						category: BU_BESAR
						aspects:
						  - {id: a, name: A, weight: 40, indicators: [{id: ia, name: IA, weight: 40, measure: registration_pct, rule: {type: linear, from: 0, to: 100}}]}
						  - {id: j, name: J, weight: 40, indicators: [{id: wawancara, name: W, weight: 40, rule: {type: jury}}]}
						  - {id: b, name: B, weight: 20, indicators: [{id: ib, name: IB, weight: 20, measure: ontime_pct, rule: {type: linear, from: 0, to: 100}}]}
						jury: {criteria: [{id: k, name: K}]}
						tie_break: [j, b, a]
						""");
		CandidateTable.Builder b = CandidateTable.builder(Category.BU_BESAR);
		int m = b.add("M", "M", "11");
		b.set("registration_pct", m, 60).set("ontime_pct", m, 30);
		int n = b.add("N", "N", "11");
		b.set("registration_pct", n, 45).set("ontime_pct", n, 60);
		JuryScores jury = new JuryScores().add("M", "J1", "k", 90).add("N", "J1", "k", 10);
		CategoryResult r = Scorer.score(rubric, Level.PROVINSI, b.build(), jury);
		assertThat(r.deskScore(m)).isEqualTo(50.00);
		assertThat(r.deskScore(n)).isEqualTo(50.00);
		// Desk tie: the jury aspect is skipped, b decides.
		assertThat(r.deskRank(n)).isEqualTo(1);
		assertThat(r.deskRank(m)).isEqualTo(2);
		assertThat(r.finalScore(m)).isEqualTo(66.00);
		assertThat(r.finalScore(n)).isEqualTo(34.00);
		assertThat(r.finalRank(m)).isEqualTo(1);
		assertThat(r.finalRank(n)).isEqualTo(2);
	}

	@Test
	void publishedScoresRoundHalfUpAndRanksFollowThem() {
		Rubric rubric = Rubrics.parse("half.yaml",
				"""
						category: UKM
						aspects:
						  - id: a
						    name: A
						    weight: 100
						    indicators:
						      - {id: i1, name: I1, weight: 50, measure: registration_pct, rule: {type: bands, bands: [{min: 0, score: 62.25}, {min: 1, score: 62.24}]}}
						      - {id: i2, name: I2, weight: 50, measure: ontime_pct, rule: {type: bands, bands: [{min: 0, score: 62}, {min: 1, score: 62.02}]}}
						""");
		CandidateTable.Builder b = CandidateTable.builder(Category.UKM);
		int x = b.add("X", "X", "11");
		b.set("registration_pct", x, 0).set("ontime_pct", x, 0); // (62.25 + 62) / 2 =
																	// 62.125
		int y = b.add("Y", "Y", "11");
		b.set("registration_pct", y, 1).set("ontime_pct", y, 1); // (62.24 + 62.02) / 2 =
																	// 62.13
		CategoryResult r = Scorer.score(rubric, Level.PROVINSI, b.build());
		assertThat(r.deskScoreUnrounded(x)).isEqualTo(62.125);
		assertThat(r.deskScore(x)).isEqualTo(62.13);
		assertThat(r.deskScore(y)).isEqualTo(62.13);
		// Unrounded, Y is ahead; published, they share the rank.
		assertThat(r.deskRank(x)).isEqualTo(1);
		assertThat(r.deskRank(y)).isEqualTo(1);
	}

	@Test
	void missingMeasureScoresZeroAndIsFlaggedButStillRanked() {
		CandidateTable.Builder b = CandidateTable.builder(Category.UKM);
		int i = b.add("A", "A", "11");
		b.set("registration_pct", i, 100).set("ontime_pct", i, Double.NaN);
		CategoryResult r = Scorer.score(threeAspects(""), Level.PROVINSI, b.build());
		assertThat(r.flags(i)).containsExactly("DATA_TIDAK_TERSEDIA:ib", "DATA_TIDAK_TERSEDIA:ic");
		assertThat(r.deskScore(i)).isEqualTo(50.00);
		assertThat(r.deskRank(i)).isEqualTo(1);
		assertThat(r.eligible(i)).isTrue();
	}

	@Test
	void failedOrMissingEligibilityIsFlaggedAndNeverRanked() {
		CandidateTable.Builder b = CandidateTable.builder(Category.BU_BESAR);
		int ok = business(b, "OK", 0, 12, 95);
		int arrears = business(b, "ARR", 1500, 12, 100);
		int months = business(b, "MON", 0, 11, 100);
		int missing = b.add("MIS", "MIS", "11");
		b.set("registration_pct", missing, 95).set("arrears", missing, 0);
		int low = business(b, "LOW", 0, 12, 89.99);
		JuryScores jury = new JuryScores();
		for (String code : List.of("OK", "ARR", "MON", "MIS", "LOW")) {
			for (String c : List.of("komitmen", "kepatuhan", "pekerja_rentan", "rantai_pasok", "penyajian")) {
				jury.add(code, "J1", c, 80);
			}
		}
		CategoryResult r = Scorer.score(Rubrics.defaultFor(Category.BU_BESAR), Level.PROVINSI, b.build(), jury);
		assertThat(r.eligible(ok)).isTrue();
		assertThat(r.deskRank(ok)).isEqualTo(1);
		assertThat(r.finalRank(ok)).isEqualTo(1);
		assertThat(r.flags(arrears)).contains("TIDAK_MEMENUHI:arrears");
		assertThat(r.flags(months)).contains("TIDAK_MEMENUHI:months_reported");
		assertThat(r.flags(missing)).contains("TIDAK_MEMENUHI:months_reported")
			.doesNotContain("TIDAK_MEMENUHI:arrears");
		assertThat(r.flags(low)).contains("TIDAK_MEMENUHI:registration_pct");
		for (int i : new int[] { arrears, months, missing, low }) {
			assertThat(r.eligible(i)).isFalse();
			assertThat(r.deskRank(i)).isEqualTo(CategoryResult.NO_RANK);
			assertThat(r.finalRank(i)).isEqualTo(CategoryResult.NO_RANK);
			// Scores are still shown.
			assertThat(r.finalScore(i)).isNotNaN();
		}
		// Flags are sorted.
		assertThat(List.copyOf(r.flags(missing))).containsExactly("DATA_TIDAK_TERSEDIA:kelengkapan_program",
				"DATA_TIDAK_TERSEDIA:pekerja_rentan", "DATA_TIDAK_TERSEDIA:rantai_pasok",
				"DATA_TIDAK_TERSEDIA:tertib_iuran", "DATA_TIDAK_TERSEDIA:tertib_upah",
				"TIDAK_MEMENUHI:months_reported");
	}

	private static int business(CandidateTable.Builder b, String code, double arrears, double months, double reg) {
		int i = b.add(code, code, "11");
		b.set("arrears", i, arrears).set("months_reported", i, months).set("registration_pct", i, reg);
		b.set("program_complete_pct", i, 100).set("ontime_pct", i, 100).set("wage_compliance_pct", i, 100);
		b.set("vulnerable_per_100_workers", i, 5).set("supply_chain_pct", i, 50);
		return i;
	}

	@Test
	void finalScoresAndRanksOnlyWithJuryScores() {
		CandidateTable.Builder b = CandidateTable.builder(Category.PEMKAB_PEMKOT);
		for (String code : List.of("11.01", "11.02", "11.03")) {
			int i = b.add(code, code, "11");
			b.set("pu_coverage_pct", i, 10 * (i + 1));
		}
		JuryScores jury = new JuryScores();
		for (String c : List.of("komitmen", "kebijakan", "inovasi", "keberlanjutan", "penyajian")) {
			jury.add("11.01", "J1", c, 90).add("11.02", "J1", c, 50);
		}
		CategoryResult r = Scorer.score(Rubrics.defaultFor(Category.PEMKAB_PEMKOT), Level.PROVINSI, b.build(), jury);
		assertThat(ranks(r)).containsExactly(3, 2, 1);
		assertThat(r.hasJuryScore(2)).isFalse();
		assertThat(r.juryScore(2)).isNaN();
		assertThat(r.finalScore(2)).isNaN();
		assertThat(r.finalRank(2)).isEqualTo(CategoryResult.NO_RANK);
		assertThat(r.aspectScore(2, 2)).isNaN();
		assertThat(r.indicatorScore(2, 7)).isNaN();
		assertThat(r.indicatorScore(0, 1)).isEqualTo(12.50);
		assertThat(r.finalRank(0)).isEqualTo(1);
		assertThat(r.finalRank(1)).isEqualTo(2);
		// 11.01: desk = 12·12.5 / 70, final = (12·12.5 + 30·90) / 100
		assertThat(r.finalScore(0)).isEqualTo(28.50);
	}

	@Test
	void withoutInterviewFinalIsDesk() {
		CandidateTable.Builder b = CandidateTable.builder(Category.UKM);
		int i = b.add("A", "A", "11");
		b.set("arrears", i, 0).set("months_reported", i, 12).set("registration_pct", i, 90);
		b.set("program_complete_pct", i, 75).set("ontime_pct", i, 80).set("worker_growth_pct", i, 5);
		int j = b.add("B", "B", "11");
		b.set("arrears", j, 0).set("months_reported", j, 12).set("registration_pct", j, 100);
		b.set("program_complete_pct", j, 100).set("ontime_pct", j, 100).set("worker_growth_pct", j, 20);
		CategoryResult r = Scorer.score(Rubrics.defaultFor(Category.UKM), Level.PROVINSI, b.build());
		// (25·50 + 15·75 + 30·60 + 30·25) / 100 = 49.25
		assertThat(r.deskScore(i)).isEqualTo(49.25);
		assertThat(r.finalScore(i)).isEqualTo(49.25);
		assertThat(r.hasJuryScore(i)).isFalse();
		assertThat(r.finalRank(i)).isEqualTo(2);
		assertThat(r.finalRank(j)).isEqualTo(1);
		assertThat(r.finalScore(j)).isEqualTo(100.00);
	}

	@Test
	void percentileCountsPeersBelowAndHalfOfEqualsWithinTheScope() {
		Rubric rubric = peerRubric("percentile");
		CandidateTable.Builder b = CandidateTable.builder(Category.PEMKAB_PEMKOT);
		double[] values = { 10, 20, 20, 30 };
		for (int k = 0; k < values.length; k++) {
			int i = b.add("1" + k, "P" + k, "11");
			b.set("village_ecosystem_pct", i, values[k]);
		}
		b.add("19", "no value", "11");
		int alone = b.add("90", "alone", "12");
		b.set("village_ecosystem_pct", alone, 5);
		CategoryResult r = Scorer.score(rubric, Level.PROVINSI, b.build());
		assertThat(r.deskScore(0)).isEqualTo(0.00);
		assertThat(r.deskScore(1)).isEqualTo(50.00);
		assertThat(r.deskScore(2)).isEqualTo(50.00);
		assertThat(r.deskScore(3)).isEqualTo(100.00);
		assertThat(r.deskScore(4)).isEqualTo(0.00);
		assertThat(r.flags(4)).containsExactly("DATA_TIDAK_TERSEDIA:desa");
		assertThat(r.deskScore(alone)).isEqualTo(100.00);
		Explanation.PeerStanding standing = r.explain(1).indicators().get(0).standing();
		assertThat(standing.peers()).isEqualTo(4);
		assertThat(standing.rank()).hasValue(2);
		assertThat(standing.min()).hasValue(10);
		assertThat(standing.median()).hasValue(20);
		assertThat(standing.max()).hasValue(30);
	}

	@Test
	void percentileWithAllTied() {
		CandidateTable.Builder b = CandidateTable.builder(Category.PEMKAB_PEMKOT);
		for (int k = 0; k < 3; k++) {
			b.set("village_ecosystem_pct", b.add("1" + k, "P", "11"), 7);
		}
		CategoryResult r = Scorer.score(peerRubric("percentile"), Level.PROVINSI, b.build());
		for (int i = 0; i < 3; i++) {
			assertThat(r.deskScore(i)).isEqualTo(50.00);
		}
	}

	@Test
	void minmaxScalesBetweenPeersAndGivesHundredWhenAllEqual() {
		CandidateTable.Builder b = CandidateTable.builder(Category.PEMKAB_PEMKOT);
		double[] values = { 10, 20, 40 };
		for (int k = 0; k < values.length; k++) {
			b.set("village_ecosystem_pct", b.add("1" + k, "P", "11"), values[k]);
		}
		CategoryResult r = Scorer.score(peerRubric("minmax"), Level.PROVINSI, b.build());
		assertThat(r.deskScore(0)).isEqualTo(0.00);
		assertThat(r.deskScore(1)).isEqualTo(33.33);
		assertThat(r.deskScore(2)).isEqualTo(100.00);

		CandidateTable.Builder e = CandidateTable.builder(Category.PEMKAB_PEMKOT);
		for (int k = 0; k < 3; k++) {
			e.set("village_ecosystem_pct", e.add("1" + k, "P", "11"), 15);
		}
		CategoryResult equal = Scorer.score(peerRubric("minmax"), Level.PROVINSI, e.build());
		for (int i = 0; i < 3; i++) {
			assertThat(equal.deskScore(i)).isEqualTo(100.00);
		}
	}

	private static Rubric peerRubric(String type) {
		return Rubrics.parse("peer.yaml",
				"""
						category: PEMKAB_PEMKOT
						aspects:
						  - {id: a, name: A, weight: 100, indicators: [{id: desa, name: Desa, weight: 100, measure: village_ecosystem_pct, rule: {type: %s}}]}
						"""
					.formatted(type));
	}

	@Test
	void orderFollowsSection71() {
		CandidateTable.Builder b = CandidateTable.builder(Category.BU_MENENGAH);
		// Scope 12 before 11 in insertion order; ineligible last, unranked by code.
		int z = business(b, "Z", 0, 12, 100);
		int y = business(b, "Y", 5, 12, 100);
		int x = business(b, "X", 5, 12, 100);
		int w = b.add("W", "W", "10");
		b.set("arrears", w, 0).set("months_reported", w, 12).set("registration_pct", w, 95);
		int v = business(b, "V", 0, 12, 95);
		JuryScores jury = new JuryScores();
		for (String c : List.of("komitmen", "kepatuhan", "pekerja_rentan", "rantai_pasok", "penyajian")) {
			jury.add("V", "J1", c, 70);
		}
		CategoryResult r = Scorer.score(Rubrics.defaultFor(Category.BU_MENENGAH), Level.PROVINSI, b.build(), jury);
		// W alone in scope 10. In 11: V has a final rank; Z has a desk rank only; X, Y
		// unranked.
		assertThat(r.order()).containsExactly(w, v, z, x, y);
	}

	@Test
	void candidatesWithEqualRanksFollowTheirCodesAsStringsOrderThem() {
		// codes that share long prefixes, end early, or hold characters past 255 and 0:
		// the packed prefix must keep String order for every one of them
		String[] alphabet = { "0", "1", "9", "A", "a", "\u00ff", "\u0100", "\uffff", "\u0000", "" };
		java.util.SplittableRandom random = new java.util.SplittableRandom(3);
		java.util.Set<String> codes = new java.util.HashSet<>();
		while (codes.size() < 3000) {
			StringBuilder code = new StringBuilder();
			for (int k = 1 + random.nextInt(8); k > 0; k--) {
				code.append(alphabet[random.nextInt(alphabet.length)]);
			}
			codes.add(code.toString());
		}
		CandidateTable.Builder b = CandidateTable.builder(Category.BU_MENENGAH);
		for (String code : codes) {
			// all equal: every candidate shares the same ranks
			int i = b.add(code, code, "11");
			b.set("arrears", i, 0).set("months_reported", i, 12).set("registration_pct", i, 95);
		}
		CategoryResult r = Scorer.score(Rubrics.defaultFor(Category.BU_MENENGAH), Level.PROVINSI, b.build());
		List<String> ordered = java.util.Arrays.stream(r.order()).mapToObj(i -> r.candidates().code(i)).toList();
		assertThat(ordered).isSorted().hasSize(codes.size());
	}

	@Test
	void explainGivesEveryIndicator() {
		CandidateTable.Builder b = CandidateTable.builder(Category.PEMKAB_PEMKOT);
		int i = b.add("32.01", "Kab. Bogor", "32");
		b.setLevel("regulation_level", i, "PERDA");
		b.set("pu_coverage_pct", i, 40);
		int j = b.add("32.02", "Kab. Sukabumi", "32");
		b.setLevel("regulation_level", j, "MOU");
		b.set("pu_coverage_pct", j, 60);
		CategoryResult r = Scorer.score(Rubrics.defaultFor(Category.PEMKAB_PEMKOT), Level.PROVINSI, b.build());
		Explanation e = r.explain(i);
		assertThat(e.candidateCode()).isEqualTo("32.01");
		assertThat(e.scope()).isEqualTo("32");
		assertThat(e.finalScore()).isEmpty();
		assertThat(e.indicators()).hasSize(8);
		Explanation.IndicatorExplanation regulasi = e.indicators().get(0);
		assertThat(regulasi.level()).contains("PERDA");
		assertThat(regulasi.value()).isEmpty();
		assertThat(regulasi.score()).isEqualTo(100);
		assertThat(regulasi.contribution()).isEqualTo(10);
		assertThat(regulasi.standing().rank()).hasValue(1);
		assertThat(regulasi.standing().peers()).isEqualTo(2);
		assertThat(regulasi.standing().min()).isEmpty();
		Explanation.IndicatorExplanation pu = e.indicators().get(1);
		assertThat(pu.aspectId()).isEqualTo("coverage");
		assertThat(pu.measure()).contains("pu_coverage_pct");
		assertThat(pu.value()).hasValue(40);
		assertThat(pu.ruleText()).isEqualTo("linear 0 → 80");
		assertThat(pu.score()).isEqualTo(50);
		assertThat(pu.weight()).isEqualTo(12);
		assertThat(pu.contribution()).isEqualTo(6);
		assertThat(pu.flag()).isEmpty();
		assertThat(pu.standing().rank()).hasValue(2);
		assertThat(pu.standing().median()).hasValue(50);
		Explanation.IndicatorExplanation bpu = e.indicators().get(2);
		assertThat(bpu.flag()).contains("DATA_TIDAK_TERSEDIA:coverage_bpu");
		assertThat(bpu.value()).isEmpty();
		assertThat(bpu.standing().rank()).isEmpty();
		assertThat(bpu.standing().peers()).isZero();
		Explanation.IndicatorExplanation wawancara = e.indicators().get(7);
		assertThat(wawancara.measure()).isEmpty();
		assertThat(wawancara.score()).isNaN();
		assertThat(e.flags()).contains("DATA_TIDAK_TERSEDIA:coverage_bpu")
			.doesNotContain("DATA_TIDAK_TERSEDIA:wawancara");
	}

	@Test
	void rejectsMismatchedCategoryOrLevel() {
		CandidateTable ukm = CandidateTable.builder(Category.UKM).build();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Scorer.score(Rubrics.defaultFor(Category.BU_BESAR), Level.PROVINSI, ukm));
		CandidateTable pemprov = CandidateTable.builder(Category.PEMPROV).build();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Scorer.score(Rubrics.defaultFor(Category.PEMPROV), Level.PROVINSI, pemprov));
	}

	@Test
	void rejectsScopesThatDoNotFitTheLevel() {
		CandidateTable.Builder national = CandidateTable.builder(Category.UKM);
		national.add("A", "A", "31");
		CandidateTable nationalTable = national.build();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Scorer.score(Rubrics.defaultFor(Category.UKM), Level.NASIONAL, nationalTable))
			.withMessageContaining("scope '31' is not valid at level NASIONAL");
		CandidateTable.Builder provincial = CandidateTable.builder(Category.UKM);
		provincial.add("A", "A", "ID");
		CandidateTable provincialTable = provincial.build();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Scorer.score(Rubrics.defaultFor(Category.UKM), Level.PROVINSI, provincialTable))
			.withMessageContaining("expected a province code NN");
	}

	@Test
	void emptyTableScoresToAnEmptyResult() {
		CategoryResult r = Scorer.score(Rubrics.defaultFor(Category.UKM), Level.NASIONAL,
				CandidateTable.builder(Category.UKM).build());
		assertThat(r.size()).isZero();
		assertThat(r.order()).isEmpty();
	}

	static int[] ranks(CategoryResult r) {
		int[] ranks = new int[r.size()];
		for (int i = 0; i < ranks.length; i++) {
			ranks[i] = r.deskRank(i);
		}
		return ranks;
	}

	static int[] finalRanks(CategoryResult r) {
		int[] ranks = new int[r.size()];
		for (int i = 0; i < ranks.length; i++) {
			ranks[i] = r.finalRank(i);
		}
		return ranks;
	}

	@Test
	void finalRanksOneToThreeAreTheJuaraPlaces() {
		assertThat(CategoryResult.juaraPlace(1)).isEqualTo(1);
		assertThat(CategoryResult.juaraPlace(3)).isEqualTo(3);
		assertThat(CategoryResult.juaraPlace(4)).isZero();
		assertThat(CategoryResult.juaraPlace(CategoryResult.NO_RANK)).isZero();
	}

}
