package id.paritrana.app.dataset.generator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One output CSV file: its header, then rows streamed through a small buffer. */
final class CsvFile implements AutoCloseable {

	private final String name;

	private final OutputStream out;

	private final CsvBuffer buffer = new CsvBuffer(1 << 17);

	private long rows;

	private boolean closed;

	private CsvFile(String name, OutputStream out) {
		this.name = name;
		this.out = out;
	}

	static CsvFile create(Path directory, String name, String header) {
		try {
			CsvFile file = new CsvFile(name,
					new BufferedOutputStream(Files.newOutputStream(directory.resolve(name)), 1 << 16));
			file.buffer.text(header).endRow();
			file.buffer.drainTo(file.out);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String name() {
		return this.name;
	}

	/** The buffer to write the next row's fields to; {@link #end()} closes the row. */
	CsvBuffer row() {
		return this.buffer;
	}

	void end() {
		this.buffer.endRow();
		this.rows++;
		this.buffer.drainIfFull(this.out);
	}

	/** Appends whole rows that were prepared elsewhere (by a worker thread). */
	void append(CsvBuffer chunk) {
		this.buffer.drainTo(this.out);
		chunk.drainTo(this.out);
		this.rows += chunk.rows();
	}

	/** Data rows written, the header not counted. */
	long rows() {
		return this.rows;
	}

	/**
	 * Flushes and closes; closing again does nothing, so callers may close early to time
	 * the write.
	 */
	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try (OutputStream closing = this.out) {
			this.buffer.drainTo(closing);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
