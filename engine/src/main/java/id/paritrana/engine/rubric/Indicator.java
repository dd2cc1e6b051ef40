package id.paritrana.engine.rubric;

import java.util.Objects;
import java.util.Optional;

/**
 * An indicator of a rubric (DESIGN §4): reads one measure through one rule into a score
 * 0–100, weighted as a percentage of the whole rubric. The jury indicator reads no
 * measure.
 */
public record Indicator(String id, String name, double weight, Optional<Measure> measure, Rule rule) {

	public Indicator {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(rule, "rule");
		if (!(weight > 0) || !Double.isFinite(weight)) {
			throw new IllegalArgumentException("weight of indicator " + id + " must be positive, got " + weight);
		}
		if (isJury(rule) != measure.isEmpty()) {
			throw new IllegalArgumentException(
					"indicator " + id + ": the jury rule reads no measure, every other rule reads one");
		}
		if (measure.isPresent() && measure.get().isOrdinal() != (rule instanceof Rule.Ordinal)) {
			throw new IllegalArgumentException(
					"indicator " + id + ": an ordinal measure needs the ordinal rule and vice versa");
		}
	}

	/** Whether this is the jury (interview) indicator. */
	public boolean isJury() {
		return isJury(this.rule);
	}

	private static boolean isJury(Rule rule) {
		return rule instanceof Rule.Jury;
	}

}
