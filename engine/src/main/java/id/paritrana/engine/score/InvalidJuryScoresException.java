package id.paritrana.engine.score;

import java.util.List;

/**
 * Thrown before any scoring starts when jury scores are invalid input (DESIGN §5.5);
 * lists every problem.
 */
public final class InvalidJuryScoresException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<JuryProblem> problems;

	InvalidJuryScoresException(List<JuryProblem> problems) {
		super(problems.size() + " invalid jury score(s): " + problems);
		this.problems = List.copyOf(problems);
	}

	/** Every problem found, in input order. */
	public List<JuryProblem> problems() {
		return this.problems;
	}

}
