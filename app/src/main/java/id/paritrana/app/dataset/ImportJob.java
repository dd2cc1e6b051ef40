package id.paritrana.app.dataset;

import java.time.Instant;
import java.util.Optional;

/**
 * An import started from the pages, running in the background so the page can show its
 * progress. Read by the page while it runs; the fields change from the import's thread.
 */
public final class ImportJob {

	/** Where a job is. */
	public enum State {

		WAITING, READING, IMPORTED, INVALID, FAILED;

		public boolean finished() {
			return this == IMPORTED || this == INVALID || this == FAILED;
		}

	}

	private final String id;

	private final int editionYear;

	private final String dataset;

	private final String fileName;

	private final String actor;

	private final Instant startedAt;

	private volatile State state = State.WAITING;

	private volatile long bytesRead;

	private volatile long totalBytes;

	private volatile ImportOutcome outcome;

	ImportJob(String id, int editionYear, String dataset, String fileName, String actor) {
		this(id, editionYear, dataset, fileName, actor, Instant.now());
	}

	private ImportJob(String id, int editionYear, String dataset, String fileName, String actor, Instant startedAt) {
		this.startedAt = startedAt;
		this.id = id;
		this.editionYear = editionYear;
		this.dataset = dataset;
		this.fileName = fileName;
		this.actor = actor;
	}

	public String id() {
		return this.id;
	}

	public int editionYear() {
		return this.editionYear;
	}

	public String dataset() {
		return this.dataset;
	}

	public String fileName() {
		return this.fileName;
	}

	public String actor() {
		return this.actor;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public State state() {
		return this.state;
	}

	/** Percent of the file read, 0–100. */
	public int percent() {
		long total = this.totalBytes;
		return (total <= 0) ? 0 : (int) Math.min(100, 100 * this.bytesRead / total);
	}

	public Optional<ImportOutcome> outcome() {
		return Optional.ofNullable(this.outcome);
	}

	/**
	 * This job as it stands now, unchanging: a page rendered from it shows one moment of the
	 * import, never a finished state beside the empty problem list of a moment before.
	 */
	public ImportJob now() {
		ImportJob copy = new ImportJob(this.id, this.editionYear, this.dataset, this.fileName, this.actor,
				this.startedAt);
		// the state first: finish() sets the outcome before a finished state
		copy.state = this.state;
		copy.outcome = this.outcome;
		copy.bytesRead = this.bytesRead;
		copy.totalBytes = this.totalBytes;
		return copy;
	}

	void progress(long read, long total) {
		this.state = State.READING;
		this.bytesRead = read;
		this.totalBytes = total;
	}

	void finish(ImportOutcome result) {
		this.outcome = result;
		this.bytesRead = this.totalBytes;
		this.state = result.imported() ? State.IMPORTED : State.INVALID;
	}

	void fail() {
		this.state = State.FAILED;
	}

}
