package id.paritrana.engine.rubric;

import java.util.Objects;

/** An interview sub-criterion each juror scores 0–100 (DESIGN §4, §5.5). */
public record Criterion(String id, String name) {

	public Criterion {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
	}

}
