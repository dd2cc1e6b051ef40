package id.paritrana.engine.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.paritrana.engine.rubric.Aspect;
import id.paritrana.engine.rubric.Rubric;

/**
 * How a final score is made of its published aspect scores (DESIGN §5.3, §5.7): each
 * aspect with a score adds weight × score / the total weight of the aspects with a score,
 * published in cents. The parts add up to the final score (the desk score without a jury
 * score) within the rounding of the published aspect scores.
 *
 * @param parts the aspects with a score, in rubric order
 * @param totalWeight the weight of those aspects together
 */
public record Composition(List<Part> parts, double totalWeight) {

	public Composition {
		parts = List.copyOf(parts);
	}

	/**
	 * One aspect's part.
	 *
	 * @param score the published aspect score (for the jury aspect, the jury score)
	 * @param contribution weight × score / total weight, published in cents
	 */
	public record Part(Aspect aspect, double score, double contribution) {
	}

	/**
	 * The composition of a candidate's final score from its published aspect scores by
	 * aspect id; aspects absent have none.
	 */
	public static Composition of(Rubric rubric, Map<String, Double> aspectScores) {
		double total = 0;
		for (Aspect aspect : rubric.aspects()) {
			if (aspectScores.containsKey(aspect.id())) {
				total += aspect.weight();
			}
		}
		List<Part> parts = new ArrayList<>();
		for (Aspect aspect : rubric.aspects()) {
			Double score = aspectScores.get(aspect.id());
			if (score != null) {
				parts.add(new Part(aspect, score, Rounding.value(Rounding.cents(aspect.weight() * score / total))));
			}
		}
		return new Composition(parts, total);
	}

	/** The sum of the parts. */
	public double sum() {
		return Rounding.value(this.parts.stream().mapToInt(p -> Rounding.cents(p.contribution())).sum());
	}

}
