package id.paritrana.engine.data;

import java.util.List;

/** Input that is not valid per DESIGN §6; carries every problem found. */
public final class InvalidDataException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Problems problems;

	public InvalidDataException(Problems problems) {
		super(String.join(System.lineSeparator(), problems.lines()));
		this.problems = problems;
	}

	public List<Problem> problems() {
		return this.problems.list();
	}

	/** Every problem as a {@code file:line: column: reason} line. */
	public List<String> lines() {
		return this.problems.lines();
	}

}
