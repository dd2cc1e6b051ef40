package id.paritrana.engine.score;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.rubric.Rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How a final score is made of published aspect scores (DESIGN §5.3, §5.7). */
class CompositionTests {

	private final Rubric government = Rubrics.defaultFor(Category.PEMKAB_PEMKOT);

	@Test
	void eachAspectAddsItsWeightTimesItsScoreOverTheTotalWeight() {
		// coverage 45, inovasi 25, wawancara 30
		Composition c = Composition.of(this.government, Map.of("coverage", 80.0, "inovasi", 60.0, "wawancara", 70.0));
		assertThat(c.totalWeight()).isEqualTo(100.0);
		assertThat(c.parts()).extracting(p -> p.aspect().id()).containsExactly("coverage", "inovasi", "wawancara");
		assertThat(c.parts()).extracting(Composition.Part::contribution).containsExactly(36.0, 15.0, 21.0);
		assertThat(c.sum()).isEqualTo(72.0);
	}

	@Test
	void withoutAJuryScoreTheScoredAspectsShareTheWeightEachPartPublishedInCents() {
		Composition c = Composition.of(this.government, Map.of("coverage", 80.0, "inovasi", 61.0));
		assertThat(c.totalWeight()).isEqualTo(70.0);
		// 45 × 80 / 70 = 51.428…, 25 × 61 / 70 = 21.785…
		assertThat(c.parts()).extracting(Composition.Part::contribution).containsExactly(51.43, 21.79);
		assertThat(c.sum()).isEqualTo(73.22);
		// 30 × 62.5 / 100 = 18.75 exactly; 45 × 0.05 / 100 = 0.0225 rounds to 0.02
		assertThat(Composition.of(this.government, Map.of("coverage", 0.05, "inovasi", 0.0, "wawancara", 62.5)).parts())
			.extracting(Composition.Part::contribution)
			.containsExactly(0.02, 0.0, 18.75);
	}

	@Test
	void thePartsOfScoredCandidatesAddUpToTheirDeskScoreWithinTheRoundingOfTheParts() {
		CandidateTable.Builder b = CandidateTable.builder(Category.PEMKAB_PEMKOT);
		double[][] measures = { { 81, 17, 3.3 }, { 40, 55, 0.7 }, { 12.5, 90, -1 }, { 66.6, 33.3, 2 } };
		for (int k = 0; k < measures.length; k++) {
			int i = b.add("11.0" + (k + 1), "r" + k, "11");
			b.set("pu_coverage_pct", i, measures[k][0]).set("bpu_coverage_pct", i, measures[k][1]);
			b.set("coverage_growth_pp", i, measures[k][2]);
		}
		CategoryResult result = Scorer.score(this.government, Level.PROVINSI, b.build());
		for (int i = 0; i < result.size(); i++) {
			Map<String, Double> published = new LinkedHashMap<>();
			for (int a = 0; a < result.aspectIds().size(); a++) {
				if (!Double.isNaN(result.aspectScore(i, a))) {
					published.put(result.aspectIds().get(a), result.aspectScore(i, a));
				}
			}
			Composition c = Composition.of(this.government, published);
			assertThat(c.parts()).hasSize(2);
			assertThat(c.sum()).isCloseTo(result.deskScore(i), within(0.005 * (c.parts().size() + 1) + 1e-9));
		}
	}

}
