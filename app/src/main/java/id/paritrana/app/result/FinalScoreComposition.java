package id.paritrana.app.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import id.paritrana.engine.rubric.Aspect;
import id.paritrana.engine.rubric.Rubric;

/**
 * How a final score is made (DESIGN §5.3, §5.7): each aspect of the rubric with its weight, its
 * published score and its weighted part (weight × score / total weight); the parts add up to
 * the final score, within the rounding of the published aspect scores.
 */
record FinalScoreComposition(ResultRow row, Snapshot snapshot, List<Part> parts, BigDecimal totalWeight,
		BigDecimal sum) {

	/** One aspect: the jury aspect's score is the jury score. */
	record Part(String id, String name, boolean jury, BigDecimal weight, BigDecimal score, BigDecimal contribution) {
	}

	static FinalScoreComposition of(ResultRow row, Snapshot snapshot, Rubric rubric) {
		List<Part> parts = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (Aspect aspect : rubric.aspects()) {
			BigDecimal score = row.aspectScores().get(aspect.id());
			if (score != null) {
				total = total.add(BigDecimal.valueOf(aspect.weight()));
			}
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (Aspect aspect : rubric.aspects()) {
			BigDecimal score = row.aspectScores().get(aspect.id());
			if (score == null) {
				continue;
			}
			BigDecimal weight = BigDecimal.valueOf(aspect.weight());
			BigDecimal contribution = weight.multiply(score).divide(total, 2, RoundingMode.HALF_UP);
			sum = sum.add(contribution);
			parts.add(new Part(aspect.id(), aspect.name(), aspect.isJury(), plain(weight), score, contribution));
		}
		return new FinalScoreComposition(row, snapshot, parts, plain(total), sum);
	}

	/** A weight as written: 10 rather than 10.0. */
	private static BigDecimal plain(BigDecimal weight) {
		BigDecimal w = weight.stripTrailingZeros();
		return (w.scale() < 0) ? w.setScale(0) : w;
	}

}
