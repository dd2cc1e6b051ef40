package id.paritrana.app.dataset;

import id.paritrana.app.system.Reasons;
import id.paritrana.engine.data.Problem;

/**
 * One invalid input of an import (DESIGN §6): the line (CSV line, header = 1; XLSX row),
 * the column, the value found and why it is refused.
 */
public record ImportProblem(long line, String column, String value, String reason) {

	/**
	 * From the shared reader's problem, whose reason starts with the quoted value when
	 * the value matters ({@code 'abc' is not a whole number}): the value is taken out of
	 * the reason.
	 */
	static ImportProblem of(Problem problem) {
		String reason = problem.reason();
		// a header cell of a garbage file can be megabytes long: it is named, not
		// repeated
		String column = problem.column().isBlank() ? "(empty)" : shorten(problem.column());
		if (reason.startsWith("'")) {
			int end = reason.indexOf("' ", 1);
			if (end > 0) {
				return new ImportProblem(problem.line(), column, reason.substring(1, end), reason.substring(end + 2));
			}
		}
		return new ImportProblem(problem.line(), column, "", shorten(reason));
	}

	private static String shorten(String text) {
		return text.length() > 200 ? text.substring(0, 197) + "..." : text;
	}

	/**
	 * The reason as a message key and its arguments, for a page in the reader's language.
	 */
	public Reasons.Reason reasonMessage() {
		return ImportReasons.TABLE.of(this.reason);
	}

	/** As the command line prints it: {@code file:line: column: reason}. */
	public String toLine(String file) {
		String shown = this.value.isEmpty() ? this.reason : "'" + this.value + "' " + this.reason;
		return file + ":" + this.line + ": " + this.column + ": " + shown;
	}

}
