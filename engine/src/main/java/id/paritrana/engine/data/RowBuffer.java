package id.paritrana.engine.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The reusable {@link Row}: validates every field of a record through its
 * {@link FieldType} and keeps the values in primitive arrays, indexed by the column's
 * position in the data set's definition. Records come from the CSV lexer (bytes, fast
 * path first) or from an XLSX sheet (strings).
 */
final class RowBuffer implements Row {

	/** Receives the problems of rows. */
	interface Sink {

		void problem(long line, String column, String reason);

	}

	private final DataSet dataSet;

	private final String file;

	private final Sink sink;

	private final FieldType[] types;

	/** Position in the file of each defined column. */
	private final int[] position;

	private final long[] values;

	private final boolean[] valid;

	private final String[] texts;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private CsvLexer lexer;

	/**
	 * The last key found, tried first: rows of one key (an employer's months) tend to
	 * come together.
	 */
	private Keys lastKeys;

	private int lastKey = -1;

	private long line;

	private boolean allValid;

	RowBuffer(DataSet dataSet, String file, int[] position, Sink sink) {
		this.dataSet = dataSet;
		this.file = file;
		this.sink = sink;
		this.position = position;
		int n = dataSet.columns().size();
		this.types = new FieldType[n];
		for (Column c : dataSet.columns()) {
			this.types[c.index()] = c.type();
		}
		this.values = new long[n];
		this.valid = new boolean[n];
		this.texts = new String[n];
	}

	/**
	 * Loads the lexer's current record; false (with problems reported) when its shape is
	 * wrong.
	 */
	boolean load(CsvLexer lex) {
		this.lexer = lex;
		this.line = lex.recordLine;
		Arrays.fill(this.texts, null);
		if (lex.error != null) {
			this.sink.problem(this.line, columnAt(lex.errorField), lex.error);
			return false;
		}
		if (!countMatches(lex.count)) {
			return false;
		}
		boolean all = true;
		for (int k = 0; k < this.types.length; k++) {
			int f = this.position[k];
			long v = lex.escaped[f] ? FieldType.UNDECIDED : this.types[k].parseAscii(lex.buf, lex.start[f], lex.end[f]);
			if (v == FieldType.UNDECIDED) {
				all &= check(k, text(k));
			}
			else {
				this.values[k] = v;
				this.valid[k] = true;
			}
		}
		this.allValid = all;
		return true;
	}

	/**
	 * Loads a row of strings (from a sheet); false (with problems reported) when its
	 * shape is wrong.
	 */
	boolean load(long rowLine, String[] fields, int count) {
		this.lexer = null;
		this.line = rowLine;
		if (!countMatches(count)) {
			return false;
		}
		boolean all = true;
		for (int k = 0; k < this.types.length; k++) {
			this.texts[k] = fields[this.position[k]];
			all &= check(k, this.texts[k]);
		}
		this.allValid = all;
		return true;
	}

	private boolean countMatches(int count) {
		int expected = this.types.length;
		if (count == expected) {
			return true;
		}
		if (count < expected) {
			this.sink.problem(this.line, columnAt(count),
					"missing field (the line has " + count + " fields, the header " + expected + ")");
		}
		else {
			this.sink.problem(this.line, "field " + (expected + 1),
					"unexpected field (the line has " + count + " fields, the header " + expected + ")");
		}
		return false;
	}

	private boolean check(int k, String text) {
		if (text == null) {
			this.valid[k] = false;
			this.sink.problem(this.line, this.dataSet.columns().get(k).name(), "not valid UTF-8");
			return false;
		}
		try {
			this.values[k] = this.types[k].parse(text);
			this.valid[k] = true;
			return true;
		}
		catch (FieldType.FieldException ex) {
			this.valid[k] = false;
			this.sink.problem(this.line, this.dataSet.columns().get(k).name(), ex.getMessage());
			return false;
		}
	}

	/** The name of the column at a position of the file's header. */
	private String columnAt(int filePosition) {
		for (int k = 0; k < this.position.length; k++) {
			if (this.position[k] == filePosition) {
				return this.dataSet.columns().get(k).name();
			}
		}
		return "field " + (filePosition + 1);
	}

	/** The decoded text of defined column k, or null when its bytes are not UTF-8. */
	private String text(int k) {
		String t = this.texts[k];
		if (t != null || this.lexer == null) {
			return t;
		}
		int f = this.position[k];
		t = decode(this.lexer.buf, this.lexer.start[f], this.lexer.end[f]);
		if (t != null && this.lexer.escaped[f]) {
			t = t.replace("\"\"", "\"");
		}
		this.texts[k] = t;
		return t;
	}

	private String decode(byte[] b, int from, int to) {
		boolean ascii = true;
		for (int i = from; i < to && ascii; i++) {
			ascii = b[i] >= 0;
		}
		if (ascii) {
			return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
		}
		try {
			CharBuffer chars = this.decoder.reset().decode(ByteBuffer.wrap(b, from, to - from));
			return chars.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	@Override
	public DataSet dataSet() {
		return this.dataSet;
	}

	@Override
	public String file() {
		return this.file;
	}

	@Override
	public long line() {
		return this.line;
	}

	@Override
	public boolean isValid() {
		return this.allValid;
	}

	@Override
	public boolean isValid(Column column) {
		return this.valid[column.index()];
	}

	@Override
	public long value(Column column) {
		return this.values[column.index()];
	}

	@Override
	public String text(Column column) {
		String t = text(column.index());
		return (t != null) ? t : "";
	}

	@Override
	public int find(Column column, Keys keys) {
		int f = this.position[column.index()];
		if (this.lexer == null || this.lexer.escaped[f]) {
			return keys.find(text(column));
		}
		byte[] b = this.lexer.buf;
		int from = this.lexer.start[f];
		int to = this.lexer.end[f];
		if (keys == this.lastKeys && this.lastKey >= 0 && keys.equal(this.lastKey, b, from, to)) {
			return this.lastKey;
		}
		this.lastKeys = keys;
		this.lastKey = keys.find(b, from, to);
		return this.lastKey;
	}

	@Override
	public int add(Column column, Keys keys) {
		int f = this.position[column.index()];
		if (this.lexer != null && !this.lexer.escaped[f]) {
			return keys.add(this.lexer.buf, this.lexer.start[f], this.lexer.end[f]);
		}
		return keys.add(text(column));
	}

	@Override
	public void problem(Column column, String reason) {
		this.sink.problem(this.line, column.name(), reason);
	}

}
