package id.paritrana.engine.rubric;

import java.util.Objects;

/**
 * One thing wrong with a rubric file: the file, the path inside it (e.g.
 * {@code aspects[1].indicators[0].weight}; empty for the whole document) and what is
 * wrong.
 */
public record RubricProblem(String file, String path, String reason) {

	public RubricProblem {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(reason, "reason");
	}

	@Override
	public String toString() {
		return this.file + ": " + (this.path.isEmpty() ? "" : this.path + ": ") + this.reason;
	}

}
