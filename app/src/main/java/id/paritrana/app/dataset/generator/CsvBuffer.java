package id.paritrana.app.dataset.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer for CSV rows. Numbers and dates are written digit by digit
 * because the national scale writes ~9 million rows and {@code String.format} per row
 * would dominate the run time. Text is written as is: every text the generator emits
 * comes from its own word lists, none holds a comma, quote or line break.
 */
final class CsvBuffer {

	private static final int FLUSH_AT = 1 << 16;

	private byte[] bytes;

	private int size;

	private int rows;

	CsvBuffer(int capacity) {
		this.bytes = new byte[Math.max(capacity, 64)];
	}

	CsvBuffer text(String value) {
		byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
		return raw(encoded);
	}

	CsvBuffer raw(byte[] value) {
		ensure(value.length);
		System.arraycopy(value, 0, this.bytes, this.size, value.length);
		this.size += value.length;
		return this;
	}

	CsvBuffer number(long value) {
		ensure(20);
		if (value < 0) {
			this.bytes[this.size++] = '-';
			value = -value;
		}
		int start = this.size;
		do {
			this.bytes[this.size++] = (byte) ('0' + value % 10);
			value /= 10;
		}
		while (value != 0);
		reverse(start, this.size - 1);
		return this;
	}

	/** {@code YYYY-MM}. */
	CsvBuffer month(int year, int month) {
		ensure(7);
		fixed(year, 4);
		this.bytes[this.size++] = '-';
		fixed(month, 2);
		return this;
	}

	/** {@code YYYY-MM-DD}. */
	CsvBuffer date(int year, int month, int day) {
		month(year, month);
		ensure(3);
		this.bytes[this.size++] = '-';
		fixed(day, 2);
		return this;
	}

	CsvBuffer comma() {
		ensure(1);
		this.bytes[this.size++] = ',';
		return this;
	}

	CsvBuffer endRow() {
		ensure(1);
		this.bytes[this.size++] = '\n';
		this.rows++;
		return this;
	}

	/** Rows ended in this buffer so far (drains keep counting). */
	int rows() {
		return this.rows;
	}

	void drainTo(OutputStream out) {
		try {
			out.write(this.bytes, 0, this.size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.size = 0;
	}

	/**
	 * Drains once enough bytes have piled up, so a file streams through a small buffer.
	 */
	void drainIfFull(OutputStream out) {
		if (this.size >= FLUSH_AT) {
			drainTo(out);
		}
	}

	private void fixed(int value, int digits) {
		for (int i = digits - 1; i >= 0; i--) {
			this.bytes[this.size + i] = (byte) ('0' + value % 10);
			value /= 10;
		}
		this.size += digits;
	}

	private void reverse(int from, int to) {
		while (from < to) {
			byte swap = this.bytes[from];
			this.bytes[from++] = this.bytes[to];
			this.bytes[to--] = swap;
		}
	}

	private void ensure(int more) {
		if (this.size + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.size + more));
		}
	}

}
