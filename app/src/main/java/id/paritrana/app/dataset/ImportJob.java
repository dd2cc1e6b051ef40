package id.paritrana.app.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.paritrana.app.system.InvalidInputException;

/**
 * An import started from the pages, running in the background so the page can show its
 * progress, followed by the computation of the edition's measures from the new data; or
 * that computation alone. Read by the page while it runs; the fields change from the
 * job's thread.
 */
public final class ImportJob {

	/** Where a job is. */
	public enum State {

		WAITING, READING, MEASURING, IMPORTED, MEASURED, INVALID, FAILED;

		public boolean finished() {
			return this == IMPORTED || this == MEASURED || this == INVALID || this == FAILED;
		}

	}

	/**
	 * What became of the measures after the import, or of a computation of measures
	 * alone.
	 *
	 * @param candidates how many candidates were measured; 0 when not computed
	 * @param refusal why the measures were not computed (message keys with arguments);
	 * empty when computed
	 * @param dataProblems the data sets' disagreements that stopped the computation, as
	 * {@code file:line: reason}
	 */
	public record Measures(boolean computed, long candidates, List<InvalidInputException.Problem> refusal,
			List<String> dataProblems) {

		static Measures computed(long candidates) {
			return new Measures(true, candidates, List.of(), List.of());
		}

		static Measures refused(List<InvalidInputException.Problem> refusal) {
			return new Measures(false, 0, List.copyOf(refusal), List.of());
		}

		static Measures invalid(List<String> lines) {
			return new Measures(false, 0, List.of(), List.copyOf(lines));
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

	private volatile Measures measures;

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

	public Optional<Measures> measures() {
		return Optional.ofNullable(this.measures);
	}

	/** Whether this job computes measures only, with no file to import. */
	public boolean measuresOnly() {
		return this.dataset == null;
	}

	/**
	 * This job as it stands now, unchanging: a page rendered from it shows one moment of
	 * the import, never a finished state beside the empty problem list of a moment
	 * before.
	 */
	public ImportJob now() {
		ImportJob copy = new ImportJob(this.id, this.editionYear, this.dataset, this.fileName, this.actor,
				this.startedAt);
		// the state first: finish() sets the outcome before a finished state
		copy.state = this.state;
		copy.outcome = this.outcome;
		copy.measures = this.measures;
		copy.bytesRead = this.bytesRead;
		copy.totalBytes = this.totalBytes;
		return copy;
	}

	void progress(long read, long total) {
		this.state = State.READING;
		this.bytesRead = read;
		this.totalBytes = total;
	}

	/** The import is done; an imported one goes on to its measures. */
	void finish(ImportOutcome result) {
		this.outcome = result;
		this.bytesRead = this.totalBytes;
		this.state = result.imported() ? State.MEASURING : State.INVALID;
	}

	void measuring() {
		this.state = State.MEASURING;
	}

	void measured(Measures result) {
		this.measures = result;
		this.state = measuresOnly() ? State.MEASURED : State.IMPORTED;
	}

	void fail() {
		this.state = State.FAILED;
	}

}
