package id.paritrana.engine.rubric;

import java.util.List;
import java.util.Objects;

/**
 * A weighted aspect of a rubric (DESIGN §4), the sum of its indicators' weights. An
 * aspect holding the jury indicator holds nothing else, so that desk tie-breaks can skip
 * it whole (§5.4).
 */
public record Aspect(String id, String name, double weight, List<Indicator> indicators) {

	public Aspect {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		indicators = List.copyOf(indicators);
		if (indicators.isEmpty()) {
			throw new IllegalArgumentException("aspect " + id + " has no indicators");
		}
		double sum = 0;
		for (Indicator indicator : indicators) {
			sum += indicator.weight();
		}
		if (Math.abs(sum - weight) > Rubric.WEIGHT_TOLERANCE) {
			throw new IllegalArgumentException(
					"aspect " + id + " weighs " + weight + " but its indicators add up to " + sum);
		}
		if (indicators.size() > 1 && indicators.stream().anyMatch(Indicator::isJury)) {
			throw new IllegalArgumentException("aspect " + id + ": the jury indicator must be alone in its aspect");
		}
	}

	/** Whether this is the jury (interview) aspect. */
	public boolean isJury() {
		return this.indicators.get(0).isJury();
	}

}
