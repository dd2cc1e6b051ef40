package id.paritrana.engine.award;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.rubric.Rubrics;
import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;
import id.paritrana.engine.score.JuryScores;
import id.paritrana.engine.score.Robustness;
import id.paritrana.engine.score.Scorer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One award cycle of PEMKAB_PEMKOT told as a story (DESIGN §3): desk scores per province,
 * shortlist, interviews, provincial winners, promotion, national ranking.
 */
class AwardCycleTests {

	private static final Rubric RUBRIC = Rubrics.defaultFor(Category.PEMKAB_PEMKOT);

	private static final List<String> CRITERIA = List.of("komitmen", "kebijakan", "inovasi", "keberlanjutan",
			"penyajian");

	private static void regency(CandidateTable.Builder b, String code, String scope, String regulation, double pu,
			double villages) {
		int i = b.add(code, "Kabupaten " + code, scope);
		b.setLevel("regulation_level", i, regulation);
		b.set("pu_coverage_pct", i, pu).set("bpu_coverage_pct", i, 15).set("coverage_growth_pp", i, 2);
		b.set("nonasn_coverage_pct", i, 50).set("vulnerable_per_1000", i, 5).set("village_ecosystem_pct", i, villages);
	}

	private static void interview(JuryScores jury, String code, int... byJuror) {
		for (int j = 0; j < byJuror.length; j++) {
			for (String criterion : CRITERIA) {
				jury.add(code, "J" + j, criterion, byJuror[j]);
			}
		}
	}

	@Test
	void fromProvincialDeskScoresToNationalWinners() {
		// VERIFIKASI: measures are in; desk scores and ranks per province.
		CandidateTable.Builder b = CandidateTable.builder(Category.PEMKAB_PEMKOT);
		regency(b, "32.01", "32", "PERDA", 60, 40);
		regency(b, "32.02", "32", "PERKADA", 70, 30);
		regency(b, "32.03", "32", "NONE", 10, 0);
		regency(b, "33.01", "33", "MOU", 50, 50);
		regency(b, "33.02", "33", "INSTRUKSI", 50, 10);
		CandidateTable provincialTable = b.build();
		CategoryResult desk = Scorer.score(RUBRIC, Level.PROVINSI, provincialTable);
		assertThat(desk.finalRank(0)).as("no interview yet, no final rank").isZero();

		// SELEKSI: the top 2 of each province are shortlisted.
		int[] shortlisted = ShortlistSelection.select(desk, new id.paritrana.engine.rubric.Shortlist(2, 0));
		assertThat(java.util.Arrays.stream(shortlisted).mapToObj(provincialTable::code)).containsExactly("32.01",
				"32.02", "33.01", "33.02");

		// WAWANCARA: the shortlisted are interviewed.
		JuryScores jury = new JuryScores();
		interview(jury, "32.01", 90, 85, 80);
		interview(jury, "32.02", 60, 65, 70);
		interview(jury, "33.01", 75, 75, 75);
		interview(jury, "33.02", 80, 80, 80);
		assertThat(jury.agreement(List.of("32.01", "32.02")).getAsDouble()).isEqualTo(1.0);

		// PENETAPAN: provincial winners become national candidates.
		CategoryResult provincial = Scorer.score(RUBRIC, Level.PROVINSI, provincialTable, jury);
		assertThat(provincial.finalRank(2)).as("not interviewed, not ranked finally").isZero();
		List<String> promoted = Promotion.promotedCodes(provincial);
		assertThat(promoted).containsExactly("32.01", "33.01");

		// National SELEKSI and WAWANCARA with the promoted candidates.
		CandidateTable.Builder n = CandidateTable.builder(Category.PEMKAB_PEMKOT);
		regency(n, "32.01", "ID", "PERDA", 60, 40);
		regency(n, "33.01", "ID", "MOU", 50, 50);
		JuryScores national = new JuryScores();
		interview(national, "32.01", 70, 72);
		interview(national, "33.01", 90, 92);
		CategoryResult result = Scorer.score(RUBRIC, Level.NASIONAL, n.build(), national);
		// 32.01: desk Σ weight × score = 4900, jury 71 → final (4900 + 30·71) / 100 =
		// 70.30
		// 33.01: desk Σ = 4350, jury 91 → final (4350 + 30·91) / 100 = 70.80
		assertThat(result.finalScore(0)).isEqualTo(70.30);
		assertThat(result.finalScore(1)).isEqualTo(70.80);
		assertThat(result.finalRank(1)).as("juara 1").isEqualTo(1);
		assertThat(result.finalRank(0)).as("juara 2").isEqualTo(2);
		assertThat(result.deskRank(0)).as("the desk leader").isEqualTo(1);
		assertThat(result.explain(1).finalScore()).hasValue(result.finalScore(1));

		// Decision support: how firm is the national order under other weights?
		Robustness robustness = Robustness.analyse(result);
		assertThat(robustness.inTop3(0)).isEqualTo(1.0);
		assertThat(robustness.keepsRank(1)).isBetween(0.0, 1.0);
	}

}
