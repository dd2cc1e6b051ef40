package id.paritrana.app.dataset;

/**
 * Told how far an import has read its file, as it goes, and when it is committed; for
 * progress bars.
 */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (read, total) -> {
	};

	/** {@code read} of {@code total} bytes of the file have been read. */
	void bytesRead(long read, long total);

	/**
	 * The import is committed: the new version is current. The rows of the version it
	 * replaces are deleted after this, before the import returns.
	 */
	default void committed() {
	}

}
