package id.paritrana.engine.rubric;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The interview of a rubric: its sub-criteria (equal weights) and aggregation method
 * (DESIGN §5.5).
 */
public record Jury(JuryMethod method, List<Criterion> criteria) {

	public Jury {
		Objects.requireNonNull(method, "method");
		criteria = List.copyOf(criteria);
		if (criteria.isEmpty()) {
			throw new IllegalArgumentException("a jury needs at least one sub-criterion");
		}
		Set<String> ids = new HashSet<>();
		for (Criterion criterion : criteria) {
			if (!ids.add(criterion.id())) {
				throw new IllegalArgumentException("duplicate jury criterion " + criterion.id());
			}
		}
	}

	/** Whether {@code id} is one of the sub-criteria. */
	public boolean hasCriterion(String id) {
		for (Criterion criterion : this.criteria) {
			if (criterion.id().equals(id)) {
				return true;
			}
		}
		return false;
	}

}
