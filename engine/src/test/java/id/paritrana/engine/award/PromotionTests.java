package id.paritrana.engine.award;

import org.junit.jupiter.api.Test;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubrics;
import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;
import id.paritrana.engine.score.Scorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PromotionTests {

	private static void ukm(CandidateTable.Builder b, String code, String scope, double ontime, double arrears) {
		int i = b.add(code, code, scope);
		b.set("arrears", i, arrears).set("months_reported", i, 12).set("registration_pct", i, 100);
		b.set("program_complete_pct", i, 100).set("ontime_pct", i, ontime).set("worker_growth_pct", i, 10);
	}

	@Test
	void eachProvincesFirstPlacesPromoteSharedOnesAll() {
		CandidateTable.Builder b = CandidateTable.builder(Category.UKM);
		ukm(b, "320001", "32", 90, 0);
		ukm(b, "310002", "31", 100, 0);
		ukm(b, "310001", "31", 100, 0);
		ukm(b, "310003", "31", 80, 0);
		ukm(b, "320002", "32", 95, 0);
		// Scope 33: the best score is ineligible; the eligible one is first.
		ukm(b, "330001", "33", 100, 5000);
		ukm(b, "330002", "33", 60, 0);
		// Scope 34: nobody eligible, nobody promotes.
		ukm(b, "340001", "34", 100, 1);
		CategoryResult provincial = Scorer.score(Rubrics.defaultFor(Category.UKM), Level.PROVINSI, b.build());
		assertThat(Promotion.promotedCodes(provincial)).containsExactly("310001", "310002", "320002", "330002");
		assertThat(Promotion.promotedIndices(provincial)).containsExactly(2, 1, 4, 6);
	}

	@Test
	void onlyAFirstFinalRankPromotes() {
		assertThat(Promotion.promotes(1)).isTrue();
		assertThat(Promotion.promotes(2)).isFalse();
		assertThat(Promotion.promotes(CategoryResult.NO_RANK)).isFalse();
	}

	@Test
	void onlyProvincialResultsPromote() {
		CandidateTable.Builder b = CandidateTable.builder(Category.UKM);
		ukm(b, "310001", "ID", 100, 0);
		CategoryResult national = Scorer.score(Rubrics.defaultFor(Category.UKM), Level.NASIONAL, b.build());
		assertThatIllegalArgumentException().isThrownBy(() -> Promotion.promotedIndices(national));
	}

}
