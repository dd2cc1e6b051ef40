package id.paritrana.app.dataset;

/** Told how far an import has read its file, as it goes; for progress bars. */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (read, total) -> {
	};

	/** {@code read} of {@code total} bytes of the file have been read. */
	void bytesRead(long read, long total);

}
