package id.paritrana.app.jury;

import java.time.Instant;

/**
 * A save from a form older than the stored sheet: another window or device saved it since
 * the form was opened, at {@link #changedAt()}. Never a silent overwrite: the juror
 * reloads.
 */
final class StaleSheetException extends RuntimeException {

	static final String MESSAGE_KEY = "jury.error.stale";

	private final Instant changedAt;

	StaleSheetException(Instant changedAt) {
		super("the sheet was changed at " + changedAt);
		this.changedAt = changedAt;
	}

	Instant changedAt() {
		return this.changedAt;
	}

}
