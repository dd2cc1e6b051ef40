package id.paritrana.engine.award;

import org.junit.jupiter.api.Test;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubrics;
import id.paritrana.engine.rubric.Shortlist;
import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;
import id.paritrana.engine.score.Scorer;

import static org.assertj.core.api.Assertions.assertThat;

class ShortlistSelectionTests {

	private static int add(CandidateTable.Builder b, String code, String scope, double pu) {
		int i = b.add(code, code, scope);
		b.set("pu_coverage_pct", i, pu);
		return i;
	}

	@Test
	void topEligibleByDeskScoreAboveTheMinimumSharedLastPlacesIncluded() {
		CandidateTable.Builder b = CandidateTable.builder(Category.PEMKAB_PEMKOT);
		int a = add(b, "11.01", "11", 80); // desk 12·100/70 = 17.14
		int c = add(b, "11.02", "11", 40); // 8.57
		int d = add(b, "11.03", "11", 40); // 8.57
		add(b, "11.04", "11", 20);
		int e = add(b, "12.01", "12", 8); // 1.71
		add(b, "12.02", "12", 0);
		CategoryResult r = Scorer.score(Rubrics.defaultFor(Category.PEMKAB_PEMKOT), Level.PROVINSI, b.build());
		assertThat(ShortlistSelection.select(r, new Shortlist(2, 0))).containsExactly(a, c, d, e, 5);
		assertThat(ShortlistSelection.select(r, new Shortlist(2, 5))).containsExactly(a, c, d);
		assertThat(ShortlistSelection.select(r, new Shortlist(1, 1.71))).containsExactly(a, e);
		assertThat(ShortlistSelection.select(r)).hasSize(6);
	}

	@Test
	void aRankedCandidateEntersUpToTheLastPlaceAndFromTheMinimumScore() {
		Shortlist settings = new Shortlist(3, 50);
		assertThat(ShortlistSelection.enters(3, 50.0, settings)).isTrue();
		assertThat(ShortlistSelection.enters(1, 99.0, settings)).isTrue();
		assertThat(ShortlistSelection.enters(4, 99.0, settings)).isFalse();
		assertThat(ShortlistSelection.enters(1, 49.99, settings)).isFalse();
		// not eligible, so not ranked
		assertThat(ShortlistSelection.enters(CategoryResult.NO_RANK, 99.0, settings)).isFalse();
	}

}
