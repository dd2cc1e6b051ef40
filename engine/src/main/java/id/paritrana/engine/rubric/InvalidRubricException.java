package id.paritrana.engine.rubric;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when rubric files are invalid (DESIGN §4); carries every problem found, not just
 * the first.
 */
public final class InvalidRubricException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<RubricProblem> problems;

	InvalidRubricException(List<RubricProblem> problems) {
		super("invalid rubric:\n" + problems.stream().map(RubricProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	/** Every problem, in file order. */
	public List<RubricProblem> problems() {
		return this.problems;
	}

}
