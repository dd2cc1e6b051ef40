package id.paritrana.app.system;

import java.util.List;

/**
 * Input that breaks a rule, with every problem found: answered as 400 with the problems
 * (API) or shown beside the fields (forms). Never a stack trace.
 */
public class InvalidInputException extends RuntimeException {

	private final List<Problem> problems;

	public InvalidInputException(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String messageKey, Object... args) {
		this(List.of(new Problem(field, messageKey, args)));
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * One problem.
	 * @param field the field (or column) it concerns
	 * @param messageKey the message bundle key of the explanation
	 * @param args the explanation's arguments
	 */
	public record Problem(String field, String messageKey, Object... args) implements java.io.Serializable {
		// problems travel in flash attributes, kept in the database-backed session until the redirect
	}

}
