package id.paritrana.engine.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A strict RFC 4180 tokenizer over bytes, the one definition of CSV structure for every
 * data set: comma separated; records end at LF or CRLF; a field is either unquoted (no
 * {@code "} inside) or wholly quoted (with {@code ""} for a quote, line breaks allowed);
 * a UTF-8 BOM at the start is skipped; empty lines are skipped. It never copies a field:
 * a record is a list of byte ranges into its buffer, valid until the next call.
 */
final class CsvLexer {

	/**
	 * Where the bytes come from; returns −1 at the end, like
	 * {@link java.io.InputStream#read(byte[], int, int)}.
	 */
	interface Source {

		int read(byte[] buffer, int offset, int length) throws IOException;

	}

	private static final int NEED_MORE = -1;

	private static final int MAX_RECORD = FieldLimits.RECORD_BYTES;

	/** The field being read when the buffer ended before the record did. */
	private int partialField;

	private final Source source;

	byte[] buf;

	private int pos;

	private int limit;

	private boolean eof;

	/**
	 * Bytes dropped from the front of the buffer so far: {@code base + pos} is the offset
	 * in the input.
	 */
	private long base;

	private long line = 1;

	/** Fields of the current record: {@code [start, end)} in {@link #buf}. */
	int[] start = new int[16];

	int[] end = new int[16];

	/** Whether a field is quoted and holds {@code ""} that must be unescaped. */
	boolean[] escaped = new boolean[16];

	int count;

	/** Physical line on which the current record starts. */
	long recordLine;

	/**
	 * A structural problem of the current record, or null; {@link #errorField} says
	 * where.
	 */
	String error;

	int errorField;

	CsvLexer(Source source, int bufferSize, boolean atFileStart) {
		this.source = source;
		this.buf = new byte[bufferSize];
		if (atFileStart) {
			skipBom();
		}
	}

	private void skipBom() {
		while (this.limit < 3 && fill()) {
			// a BOM is three bytes; a source may deliver fewer at a time
		}
		if (this.limit >= 3 && (this.buf[0] & 0xff) == 0xEF && (this.buf[1] & 0xff) == 0xBB
				&& (this.buf[2] & 0xff) == 0xBF) {
			this.pos = 3;
		}
	}

	/** Offset in the input just after the last record read. */
	long offset() {
		return this.base + this.pos;
	}

	/** Reads the next record; false at the end of the input. */
	boolean next() {
		while (true) {
			if (this.pos >= this.limit && !fill()) {
				return false;
			}
			byte c = this.buf[this.pos];
			if (c == '\n') {
				this.pos++;
				this.line++;
			}
			else if (c == '\r' && peekIsLf(this.pos + 1)) {
				this.pos += 2;
				this.line++;
			}
			else if (c == '\r' && this.pos + 1 >= this.limit && !this.eof) {
				compactAndFill(this.pos);
			}
			else {
				break;
			}
		}
		while (true) {
			int next = tokenize(this.pos);
			if (next != NEED_MORE) {
				this.pos = next;
				return true;
			}
			compactAndFill(this.pos);
		}
	}

	private boolean peekIsLf(int i) {
		return i < this.limit && this.buf[i] == '\n';
	}

	/**
	 * Splits the record starting at {@code p}; returns the position after it, or
	 * {@link #NEED_MORE} when the buffer ends before the record does.
	 */
	private int tokenize(int p) {
		byte[] b = this.buf;
		int lim = this.limit;
		long ln = this.line;
		int f = 0;
		String err = null;
		int errAt = 0;
		while (true) {
			if (f == this.start.length) {
				grow();
			}
			if (p < lim && b[p] == '"') {
				int q = p + 1;
				boolean esc = false;
				boolean closed = false;
				while (q < lim) {
					byte c = b[q];
					if (c == '"') {
						if (q + 1 >= lim && !this.eof) {
							return needMore(f);
						}
						if (q + 1 < lim && b[q + 1] == '"') {
							esc = true;
							q += 2;
							continue;
						}
						closed = true;
						break;
					}
					if (c == '\n') {
						ln++;
					}
					q++;
				}
				if (!closed) {
					if (!this.eof) {
						return needMore(f);
					}
					if (err == null) {
						err = "quoted field is not closed before the end of the file";
						errAt = f;
					}
					set(f++, p + 1, q, esc);
					return finish(f, ln, lim, err, errAt);
				}
				set(f, p + 1, q, esc);
				p = q + 1;
				// after the closing quote: a separator, the end of the line or of the
				// file
				if (p >= lim) {
					if (!this.eof) {
						return needMore(f);
					}
					return finish(f + 1, ln, p, err, errAt);
				}
				if (b[p] == '\r' && p + 1 >= lim && !this.eof) {
					return needMore(f);
				}
				boolean crlf = b[p] == '\r' && (p + 1 >= lim || b[p + 1] == '\n');
				if (b[p] != ',' && b[p] != '\n' && !crlf) {
					if (err == null) {
						err = "unexpected text after the closing quote";
						errAt = f;
					}
					while (p < lim && b[p] != ',' && b[p] != '\n') {
						p++;
					}
					if (p >= lim && !this.eof) {
						return needMore(f);
					}
				}
			}
			else {
				int q = p;
				while (q < lim) {
					byte c = b[q];
					if (c == ',' || c == '\n') {
						break;
					}
					if (c == '"' && err == null) {
						err = "stray quote in an unquoted field";
						errAt = f;
					}
					q++;
				}
				if (q >= lim && !this.eof) {
					return needMore(f);
				}
				int e = (q > p && b[q - 1] == '\r' && (q >= lim || b[q] == '\n')) ? q - 1 : q;
				set(f, p, e, false);
				p = q;
			}
			f++;
			if (p >= lim) {
				return finish(f, ln, p, err, errAt);
			}
			if (b[p] == ',') {
				p++;
				continue;
			}
			if (b[p] == '\r') {
				p++;
				if (p >= lim) {
					return finish(f, ln, p, err, errAt);
				}
			}
			// b[p] is the line feed ending the record
			return finish(f, ln + 1, p + 1, err, errAt);
		}
	}

	private int needMore(int field) {
		this.partialField = field;
		return NEED_MORE;
	}

	private int finish(int fields, long nextLine, int next, String err, int errAt) {
		this.count = fields;
		this.recordLine = this.line;
		this.line = nextLine;
		this.error = err;
		this.errorField = errAt;
		return next;
	}

	private void set(int f, int s, int e, boolean esc) {
		this.start[f] = s;
		this.end[f] = e;
		this.escaped[f] = esc;
	}

	private void grow() {
		int n = this.start.length * 2;
		this.start = Arrays.copyOf(this.start, n);
		this.end = Arrays.copyOf(this.end, n);
		this.escaped = Arrays.copyOf(this.escaped, n);
	}

	/**
	 * Keeps the bytes from {@code from} on, moved to the start, and reads more after
	 * them.
	 */
	private void compactAndFill(int from) {
		if (from == 0 && this.limit == this.buf.length) {
			if (this.buf.length >= MAX_RECORD) {
				throw new RecordTooLongException(this.line, this.partialField);
			}
			this.buf = Arrays.copyOf(this.buf, this.buf.length * 2);
		}
		else if (from > 0) {
			System.arraycopy(this.buf, from, this.buf, 0, this.limit - from);
			this.limit -= from;
			this.pos -= from;
			this.base += from;
		}
		if (!fill()) {
			this.eof = true;
		}
	}

	/**
	 * Reads more bytes after {@link #limit}; false (and at the end) when there are none.
	 */
	private boolean fill() {
		if (this.eof) {
			return false;
		}
		if (this.limit == this.buf.length) {
			if (this.pos > 0) {
				System.arraycopy(this.buf, this.pos, this.buf, 0, this.limit - this.pos);
				this.limit -= this.pos;
				this.base += this.pos;
				this.pos = 0;
			}
			else {
				this.buf = Arrays.copyOf(this.buf, this.buf.length * 2);
			}
		}
		try {
			int n;
			do {
				n = this.source.read(this.buf, this.limit, this.buf.length - this.limit);
			}
			while (n == 0);
			if (n < 0) {
				this.eof = true;
				return false;
			}
			this.limit += n;
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A record longer than any valid row of DESIGN §6 could be. */
	static final class RecordTooLongException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		/** The physical line on which the record starts. */
		final long line;

		/**
		 * The position (0-based) of the field that was being read when the limit was
		 * reached.
		 */
		final int field;

		RecordTooLongException(long line, int field) {
			super("the line is longer than " + (MAX_RECORD >> 20)
					+ " MB, the most a line may be (the file is not read further)", null, false, false);
			this.line = line;
			this.field = field;
		}

	}

}
