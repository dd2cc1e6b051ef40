package id.paritrana.app.result;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.score.Composition;

/**
 * How a final score is made (DESIGN §5.3, §5.7), as the engine's {@link Composition} of
 * the row's published aspect scores: each aspect of the rubric with its weight, its
 * published score and its weighted part; the parts add up to the final score, within the
 * rounding of the published aspect scores.
 */
record FinalScoreComposition(ResultRow row, Snapshot snapshot, List<Part> parts, BigDecimal totalWeight,
		BigDecimal sum) {

	/** One aspect: the jury aspect's score is the jury score. */
	record Part(String id, String name, boolean jury, BigDecimal weight, BigDecimal score, BigDecimal contribution) {
	}

	static FinalScoreComposition of(ResultRow row, Snapshot snapshot, Rubric rubric) {
		Map<String, Double> scores = new LinkedHashMap<>();
		row.aspectScores().forEach((id, score) -> scores.put(id, score.doubleValue()));
		Composition composition = Composition.of(rubric, scores);
		List<Part> parts = composition.parts()
			.stream()
			.map(p -> new Part(p.aspect().id(), p.aspect().name(), p.aspect().isJury(), plain(p.aspect().weight()),
					row.aspectScores().get(p.aspect().id()), LevelResults.cents(p.contribution())))
			.toList();
		return new FinalScoreComposition(row, snapshot, parts, plain(composition.totalWeight()),
				LevelResults.cents(composition.sum()));
	}

	/** A weight as written: 10 rather than 10.0. */
	private static BigDecimal plain(double weight) {
		BigDecimal w = BigDecimal.valueOf(weight).stripTrailingZeros();
		return (w.scale() < 0) ? w.setScale(0) : w;
	}

}
