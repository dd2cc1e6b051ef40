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
	 *
	 * @param field the field (or column) it concerns
	 * @param messageKey the message bundle key of the explanation
	 * @param args the explanation's arguments; a text over 100 characters is cut to its
	 * first 100 and …
	 */
	public record Problem(String field, String messageKey, Object... args) implements java.io.Serializable {
		// problems travel in flash attributes, kept in the database-backed session until
		// the redirect

		/**
		 * How much of a text argument (a value typed, echoed in the message) is shown.
		 */
		static final int SHOWN = 100;

		public Problem {
			// a value typed can be megabytes long: the message shows its beginning only
			args = args.clone();
			for (int i = 0; i < args.length; i++) {
				if (args[i] instanceof String text && text.length() > SHOWN) {
					args[i] = text.substring(0, SHOWN) + "…";
				}
			}
		}

	}

}
