package id.paritrana.engine.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes {@link SafeCsvWriter} writes, made straight into a byte array: for files of
 * hundreds of thousands of rows (such as {@code results.csv}) where a writer and a
 * {@code String} per field are most of the time. Same rules: UTF-8, fields made safe with
 * {@link SafeCsvWriter#cell(String)}, quoted only when they hold a comma, quote or line
 * break (or when the first field of a record starts with {@code #}, as FastCSV does). Not
 * thread-safe: one per thread, joined in order.
 */
public final class SafeCsvBytes {

	private final byte[] lineEnd;

	private byte[] bytes;

	private int size;

	private boolean firstField = true;

	public SafeCsvBytes(int capacity, SafeCsvWriter.LineEnding ending) {
		this.bytes = new byte[Math.max(capacity, 64)];
		this.lineEnd = (ending == SafeCsvWriter.LineEnding.LF) ? new byte[] { '\n' } : new byte[] { '\r', '\n' };
	}

	/** Appends a field; null is written as empty. */
	public SafeCsvBytes field(String value) {
		String safe = SafeCsvWriter.cell(value);
		int n = safe.length();
		boolean quote = this.firstField && n > 0 && safe.charAt(0) == '#';
		boolean ascii = true;
		for (int i = 0; i < n; i++) {
			char c = safe.charAt(i);
			if (c == ',' || c == '"' || c == '\r' || c == '\n') {
				quote = true;
			}
			else if (c >= 0x80) {
				ascii = false;
			}
		}
		separate();
		if (quote) {
			append(("\"" + safe.replace("\"", "\"\"") + "\"").getBytes(StandardCharsets.UTF_8));
		}
		else if (ascii) {
			ensure(n);
			for (int i = 0; i < n; i++) {
				this.bytes[this.size++] = (byte) safe.charAt(i);
			}
		}
		else {
			append(safe.getBytes(StandardCharsets.UTF_8));
		}
		return this;
	}

	/**
	 * Appends a whole number field, without a string: a plain number needs no quotes and
	 * no guard.
	 */
	public SafeCsvBytes field(long value) {
		separate();
		ensure(20);
		if (value < 0) {
			if (value == Long.MIN_VALUE) {
				append(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
				return this;
			}
			this.bytes[this.size++] = '-';
			value = -value;
		}
		int end = this.size + digits(value);
		for (int at = end - 1; at >= this.size; at--) {
			this.bytes[at] = (byte) ('0' + value % 10);
			value /= 10;
		}
		this.size = end;
		return this;
	}

	/** Ends the record. */
	public SafeCsvBytes endRecord() {
		append(this.lineEnd);
		this.firstField = true;
		return this;
	}

	/** The number of bytes so far. */
	public int size() {
		return this.size;
	}

	public void writeTo(OutputStream out) throws IOException {
		out.write(this.bytes, 0, this.size);
	}

	public byte[] toByteArray() {
		return Arrays.copyOf(this.bytes, this.size);
	}

	private void separate() {
		if (!this.firstField) {
			ensure(1);
			this.bytes[this.size++] = ',';
		}
		this.firstField = false;
	}

	private void append(byte[] b) {
		ensure(b.length);
		System.arraycopy(b, 0, this.bytes, this.size, b.length);
		this.size += b.length;
	}

	private void ensure(int more) {
		if (this.size + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.size + more));
		}
	}

	private static int digits(long value) {
		int d = 1;
		while (value >= 10) {
			value /= 10;
			d++;
		}
		return d;
	}

}
