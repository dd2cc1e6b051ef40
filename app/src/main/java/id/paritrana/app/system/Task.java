package id.paritrana.app.system;

import java.time.Instant;
import java.util.List;

/**
 * Something a signed-in user should do next, as their home page lists it: a message (key
 * and arguments, in the reader's language; an argument may itself be a message to
 * resolve), where to do it, and its time: since when it has waited, or when it is due
 * (may be null).
 *
 * @param urgent whether it holds up someone else's work (a blocked stage, rejected
 * evidence)
 */
public record Task(String key, List<Object> args, String href, Instant time, boolean urgent) {

	public Task {
		args = List.copyOf(args);
	}

	public Object[] arguments() {
		return this.args.toArray();
	}

}
