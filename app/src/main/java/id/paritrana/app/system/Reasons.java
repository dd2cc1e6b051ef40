package id.paritrana.app.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fixed English reasons of the engine's problems (the {@code file:line: column:
 * reason} contract of the command line and the problems file) as a message key and its
 * arguments, so that a page can say them in the reader's language. A reason no pattern
 * knows is given to the fallback key with the reason as its argument.
 */
public final class Reasons {

	private final List<Pattern> patterns = new ArrayList<>();

	private final List<String> keys = new ArrayList<>();

	private final String fallback;

	private Reasons(String fallback) {
		this.fallback = fallback;
	}

	/**
	 * A table whose unknown reasons are shown through {@code fallback} (with the reason
	 * as {0}).
	 */
	public static Reasons otherwise(String fallback) {
		return new Reasons(fallback);
	}

	/**
	 * A reason matching the whole of {@code regex} is said by {@code key}, its groups as
	 * the arguments.
	 */
	public Reasons when(String regex, String key) {
		this.patterns.add(Pattern.compile(regex));
		this.keys.add(key);
		return this;
	}

	/** The message key and arguments of that reason. */
	public Reason of(String reason) {
		for (int i = 0; i < this.patterns.size(); i++) {
			Matcher m = this.patterns.get(i).matcher(reason);
			if (m.matches()) {
				Object[] args = new Object[m.groupCount()];
				for (int g = 0; g < args.length; g++) {
					args[g] = (m.group(g + 1) == null) ? "" : m.group(g + 1);
				}
				return new Reason(this.keys.get(i), args);
			}
		}
		return new Reason(this.fallback, new Object[] { reason });
	}

	/** A reason as a message key and its arguments. */
	public record Reason(String key, Object[] args) {
	}

}
