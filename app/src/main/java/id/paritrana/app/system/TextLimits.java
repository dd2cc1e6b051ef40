package id.paritrana.app.system;

import java.util.List;

/**
 * The longest free text a form or the API accepts where no field-specific rule says
 * otherwise, and the check that words it: a text over its limit is a problem of its field
 * ({@code error.tooLong}, with the limit and the length typed), never a database error.
 * Each limit is at most the width of the column that stores the text.
 */
public final class TextLimits {

	/**
	 * A reason for a decision stored with the decision ({@code VARCHAR(2000)}: revisions,
	 * closed levels).
	 */
	public static final int DECISION_REASON = 2000;

	/**
	 * A reason kept only in the audit log (a stage moved back, a jury sheet reopened).
	 */
	public static final int AUDITED_REASON = 1000;

	private TextLimits() {
	}

	/**
	 * Adds a problem of {@code field} when {@code text} (stripped) is longer than
	 * {@code max} characters; null and blank texts are left to the caller's "required"
	 * rule.
	 * @return whether the text is within the limit
	 */
	public static boolean check(String field, String text, int max, List<InvalidInputException.Problem> problems) {
		int length = (text == null) ? 0 : text.strip().length();
		if (length > max) {
			problems.add(new InvalidInputException.Problem(field, "error.tooLong", max, length));
			return false;
		}
		return true;
	}

	/**
	 * As {@link #check}, thrown at once.
	 * @throws InvalidInputException when the text is longer than {@code max} characters
	 */
	public static void require(String field, String text, int max) {
		int length = (text == null) ? 0 : text.strip().length();
		if (length > max) {
			throw new InvalidInputException(field, "error.tooLong", max, length);
		}
	}

}
