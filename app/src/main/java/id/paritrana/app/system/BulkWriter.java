package id.paritrana.app.system;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes rows into one table in bulk, inside the caller's transaction:
 * {@code COPY … FROM STDIN} on PostgreSQL, JDBC batches of {@value Batch#SIZE} elsewhere
 * (H2); never one statement per row. Every bulk insert of the application goes through
 * here (data set rows, measures, desk scores). COPY uses PostgreSQL's binary format when
 * every column is a whole number, a double, a text, a boolean or a date (the server then
 * parses nothing: 9 million contribution rows load about a quarter faster than as text),
 * its text format otherwise (a table with a {@code NUMERIC} column).
 * <p>
 * A row is its values in column order, then {@link #endRow()}. A null text, decimal or
 * date, a NaN number and {@link #none()} are SQL NULL; an empty text stays an empty text.
 * Either {@link #close()} (sends what is buffered) or {@link #abort()} ends the writer.
 */
public abstract sealed class BulkWriter implements AutoCloseable permits BulkWriter.CopyStream, BulkWriter.Batch {

	private final int columns;

	/** Values given in the current row. */
	int column;

	private boolean ended;

	BulkWriter(int columns) {
		this.columns = columns;
	}

	/**
	 * A writer into these columns of the table, COPY when the connection is PostgreSQL's.
	 */
	public static BulkWriter open(Connection connection, String table, List<String> columns) throws SQLException {
		if (connection.isWrapperFor(PGConnection.class)) {
			String copy = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
			int[] types = BinaryCopy.types(connection, table, columns);
			if (types != null) {
				return new BinaryCopy(
						connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy + " WITH (FORMAT binary)"),
						columns, types);
			}
			return new Copy(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy), columns.size());
		}
		return new Batch(connection, table, columns);
	}

	/** Text; null is NULL. */
	public abstract BulkWriter text(String value) throws SQLException;

	/** A whole number (of any integer or decimal column). */
	public abstract BulkWriter number(long value) throws SQLException;

	/** A floating-point number, exactly; NaN (a missing measure) is NULL. */
	public abstract BulkWriter number(double value) throws SQLException;

	/** An exact decimal; null is NULL. */
	public abstract BulkWriter decimal(BigDecimal value) throws SQLException;

	public abstract BulkWriter bool(boolean value) throws SQLException;

	/** A date; null is NULL. */
	public abstract BulkWriter date(LocalDate value) throws SQLException;

	/** NULL. */
	public abstract BulkWriter none() throws SQLException;

	/** Ends the row; it must have had a value for every column. */
	public final void endRow() throws SQLException {
		if (this.column != this.columns) {
			throw new IllegalStateException("a row of " + this.columns + " columns got " + this.column + " values");
		}
		this.column = 0;
		rowEnded();
	}

	abstract void rowEnded() throws SQLException;

	/**
	 * Sends what is buffered: the rows are then in the table, uncommitted. Later calls do
	 * nothing.
	 */
	@Override
	public final void close() throws SQLException {
		if (!this.ended) {
			this.ended = true;
			finish();
		}
	}

	abstract void finish() throws SQLException;

	/** Gives up the rows not yet sent; the caller rolls its transaction back. */
	public final void abort() {
		if (!this.ended) {
			this.ended = true;
			try {
				cancel();
			}
			catch (SQLException ex) {
				// the transaction is rolled back anyway; nothing of these rows survives
				// it
			}
		}
	}

	abstract void cancel() throws SQLException;

	/**
	 * A COPY fed from a 1 MB buffer, sent whenever the next piece would not fit (COPY
	 * takes a row in pieces).
	 */
	abstract static sealed class CopyStream extends BulkWriter permits Copy, BinaryCopy {

		static final int CAPACITY = 1 << 20;

		final CopyIn copy;

		final byte[] buffer = new byte[CAPACITY];

		int used;

		CopyStream(CopyIn copy, int columns) {
			super(columns);
			this.copy = copy;
		}

		/** Sends the buffer when fewer than {@code bytes} are free. */
		final void room(int bytes) throws SQLException {
			if (this.used + bytes > CAPACITY) {
				send();
			}
		}

		/** Sends what the buffer holds and ends the COPY. */
		final void end() throws SQLException {
			send();
			this.copy.endCopy();
		}

		final void send() throws SQLException {
			if (this.used > 0) {
				this.copy.writeToCopy(this.buffer, 0, this.used);
				this.used = 0;
			}
		}

		/**
		 * Writes the UTF-8 bytes of the character at {@code i}, not ASCII, and of its low
		 * surrogate when it is a high one; returns the index of the last character used.
		 * The buffer must have room for 4 bytes.
		 */
		final int nonAscii(String value, int i) {
			char c = value.charAt(i);
			if (c < 0x800) {
				this.buffer[this.used++] = (byte) (0xC0 | (c >> 6));
				this.buffer[this.used++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				int cp = Character.toCodePoint(c, value.charAt(++i));
				this.buffer[this.used++] = (byte) (0xF0 | (cp >> 18));
				this.buffer[this.used++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
				this.buffer[this.used++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
				this.buffer[this.used++] = (byte) (0x80 | (cp & 0x3F));
			}
			else if (Character.isSurrogate(c)) {
				// a lone surrogate is no character; '?' as String.getBytes writes it
				this.buffer[this.used++] = '?';
			}
			else {
				this.buffer[this.used++] = (byte) (0xE0 | (c >> 12));
				this.buffer[this.used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				this.buffer[this.used++] = (byte) (0x80 | (c & 0x3F));
			}
			return i;
		}

		@Override
		final void cancel() throws SQLException {
			if (this.copy.isActive()) {
				this.copy.cancelCopy();
			}
		}

	}

	/**
	 * COPY in PostgreSQL's text format, encoded straight into a 1 MB buffer (no string or
	 * array per row): fields separated by tabs, {@code \N} for NULL, and a backslash,
	 * tab, line feed or carriage return in a text escaped with a backslash.
	 */
	static final class Copy extends CopyStream {

		/** Numbers as their text before they are copied into the buffer. */
		private final StringBuilder digits = new StringBuilder(32);

		Copy(CopyIn copy, int columns) {
			super(copy, columns);
		}

		@Override
		public BulkWriter text(String value) throws SQLException {
			if (value == null) {
				return none();
			}
			separate();
			for (int i = 0; i < value.length(); i++) {
				// room for the longest a char can take: 3 bytes, or 4 for a surrogate
				// pair
				room(4);
				char c = value.charAt(i);
				if (c < 0x80) {
					switch (c) {
						case '\\' -> escaped('\\');
						case '\t' -> escaped('t');
						case '\n' -> escaped('n');
						case '\r' -> escaped('r');
						default -> this.buffer[this.used++] = (byte) c;
					}
				}
				else {
					i = nonAscii(value, i);
				}
			}
			return this;
		}

		private void escaped(char c) {
			this.buffer[this.used++] = '\\';
			this.buffer[this.used++] = (byte) c;
		}

		@Override
		public BulkWriter number(long value) throws SQLException {
			this.digits.setLength(0);
			return ascii(this.digits.append(value));
		}

		@Override
		public BulkWriter number(double value) throws SQLException {
			if (Double.isNaN(value)) {
				return none();
			}
			// Java's text of a double reads back as the same double; appending it
			// allocates nothing
			this.digits.setLength(0);
			return ascii(this.digits.append(value));
		}

		@Override
		public BulkWriter decimal(BigDecimal value) throws SQLException {
			if (value == null) {
				return none();
			}
			return ascii(value.toPlainString());
		}

		@Override
		public BulkWriter bool(boolean value) throws SQLException {
			separate();
			this.buffer[this.used++] = (byte) (value ? 't' : 'f');
			return this;
		}

		@Override
		public BulkWriter date(LocalDate value) throws SQLException {
			if (value == null) {
				return none();
			}
			if (value.getYear() < 1000 || value.getYear() > 9999) {
				return ascii(value.toString());
			}
			separate();
			fixed(value.getYear(), 4);
			this.buffer[this.used++] = '-';
			fixed(value.getMonthValue(), 2);
			this.buffer[this.used++] = '-';
			fixed(value.getDayOfMonth(), 2);
			return this;
		}

		@Override
		public BulkWriter none() throws SQLException {
			separate();
			this.buffer[this.used++] = '\\';
			this.buffer[this.used++] = 'N';
			return this;
		}

		/** A field of ASCII characters needing no escape (numbers, dates). */
		private BulkWriter ascii(CharSequence text) throws SQLException {
			separate();
			room(text.length());
			for (int i = 0; i < text.length(); i++) {
				this.buffer[this.used++] = (byte) text.charAt(i);
			}
			return this;
		}

		private void fixed(int value, int width) {
			for (int i = width - 1; i >= 0; i--) {
				this.buffer[this.used + i] = (byte) ('0' + value % 10);
				value /= 10;
			}
			this.used += width;
		}

		/** The tab before every field but a row's first, and room for a short field. */
		private void separate() throws SQLException {
			room(16);
			if (this.column++ > 0) {
				this.buffer[this.used++] = '\t';
			}
		}

		@Override
		void rowEnded() throws SQLException {
			room(1);
			this.buffer[this.used++] = '\n';
		}

		@Override
		void finish() throws SQLException {
			end();
		}

	}

	/**
	 * COPY in PostgreSQL's binary format, encoded straight into a 1 MB buffer: every
	 * field its length and bytes in network order, NULL the length −1; whole numbers as
	 * 2, 4 or 8 bytes as the column is {@code SMALLINT}, {@code INT} or {@code BIGINT} (a
	 * whole number of a {@code DOUBLE PRECISION} column as its double), doubles as their
	 * 8 bytes, text as UTF-8 without escapes, dates as days since 2000-01-01. Used only
	 * when {@link #types} knows every column's type.
	 */
	static final class BinaryCopy extends CopyStream {

		private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0,
				0, 0, 0, 0, 0 };

		/** 2000-01-01, the epoch of PostgreSQL's dates. */
		private static final long EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

		private final List<String> names;

		/** {@link java.sql.Types} of each column. */
		private final int[] types;

		BinaryCopy(CopyIn copy, List<String> names, int[] types) throws SQLException {
			super(copy, types.length);
			this.names = names;
			this.types = types;
			System.arraycopy(HEADER, 0, this.buffer, 0, HEADER.length);
			this.used = HEADER.length;
			startRow();
		}

		/**
		 * The JDBC types of the columns when the binary format can write every one of
		 * them, else null.
		 */
		static int[] types(Connection connection, String table, List<String> columns) throws SQLException {
			int[] types = new int[columns.size()];
			try (java.sql.Statement statement = connection.createStatement();
					java.sql.ResultSet rs = statement
						.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE 1 = 0")) {
				java.sql.ResultSetMetaData meta = rs.getMetaData();
				for (int i = 0; i < types.length; i++) {
					types[i] = meta.getColumnType(i + 1);
					switch (types[i]) {
						case Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DOUBLE, Types.VARCHAR, Types.BOOLEAN,
								Types.BIT, Types.DATE:
							break;
						default:
							return null;
					}
				}
			}
			return types;
		}

		private int type() {
			return this.types[this.column];
		}

		private IllegalStateException mismatch(String value) {
			return new IllegalStateException(value + " given for column " + this.names.get(this.column)
					+ " of JDBC type " + this.types[this.column]);
		}

		@Override
		public BulkWriter text(String value) throws SQLException {
			if (value == null) {
				return none();
			}
			if (type() != Types.VARCHAR) {
				throw mismatch("a text");
			}
			this.column++;
			int n = value.length();
			if (n * 3 + 4 > CAPACITY - this.used) {
				send();
			}
			if (n * 3 + 4 > CAPACITY) {
				byte[] bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				int32(bytes.length);
				send();
				this.copy.writeToCopy(bytes, 0, bytes.length);
				return this;
			}
			int length = this.used;
			this.used += 4;
			int start = this.used;
			for (int i = 0; i < n; i++) {
				char c = value.charAt(i);
				if (c < 0x80) {
					this.buffer[this.used++] = (byte) c;
				}
				else {
					i = nonAscii(value, i);
				}
			}
			int bytes = this.used - start;
			this.buffer[length] = (byte) (bytes >>> 24);
			this.buffer[length + 1] = (byte) (bytes >>> 16);
			this.buffer[length + 2] = (byte) (bytes >>> 8);
			this.buffer[length + 3] = (byte) bytes;
			return this;
		}

		@Override
		public BulkWriter number(long value) throws SQLException {
			switch (type()) {
				case Types.SMALLINT -> {
					if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
						throw mismatch(Long.toString(value));
					}
					room(6);
					int32(2);
					this.buffer[this.used++] = (byte) (value >>> 8);
					this.buffer[this.used++] = (byte) value;
				}
				case Types.INTEGER -> {
					if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
						throw mismatch(Long.toString(value));
					}
					room(8);
					int32(4);
					int32((int) value);
				}
				case Types.BIGINT -> int64(value);
				case Types.DOUBLE -> {
					return number((double) value);
				}
				default -> throw mismatch("a whole number");
			}
			this.column++;
			return this;
		}

		@Override
		public BulkWriter number(double value) throws SQLException {
			if (Double.isNaN(value)) {
				return none();
			}
			if (type() != Types.DOUBLE) {
				throw mismatch("a double");
			}
			int64(Double.doubleToRawLongBits(value));
			this.column++;
			return this;
		}

		@Override
		public BulkWriter decimal(BigDecimal value) throws SQLException {
			if (value == null) {
				return none();
			}
			// only reached for columns of the types above: a NUMERIC column selects the
			// text format
			throw mismatch("a decimal");
		}

		@Override
		public BulkWriter bool(boolean value) throws SQLException {
			if (type() != Types.BOOLEAN && type() != Types.BIT) {
				throw mismatch("a boolean");
			}
			room(5);
			int32(1);
			this.buffer[this.used++] = (byte) (value ? 1 : 0);
			this.column++;
			return this;
		}

		@Override
		public BulkWriter date(LocalDate value) throws SQLException {
			if (value == null) {
				return none();
			}
			if (type() != Types.DATE) {
				throw mismatch("a date");
			}
			room(8);
			int32(4);
			int32((int) (value.toEpochDay() - EPOCH_DAY));
			this.column++;
			return this;
		}

		@Override
		public BulkWriter none() throws SQLException {
			room(4);
			int32(-1);
			this.column++;
			return this;
		}

		private void int64(long value) throws SQLException {
			room(12);
			int32(8);
			int32((int) (value >>> 32));
			int32((int) value);
		}

		private void int32(int value) {
			this.buffer[this.used++] = (byte) (value >>> 24);
			this.buffer[this.used++] = (byte) (value >>> 16);
			this.buffer[this.used++] = (byte) (value >>> 8);
			this.buffer[this.used++] = (byte) value;
		}

		/** The field count that starts every row. */
		private void startRow() throws SQLException {
			room(2);
			this.buffer[this.used++] = (byte) (this.types.length >>> 8);
			this.buffer[this.used++] = (byte) this.types.length;
		}

		@Override
		void rowEnded() throws SQLException {
			startRow();
		}

		@Override
		void finish() throws SQLException {
			// the field count of a row that never came: −1 ends the data
			this.buffer[this.used - 2] = (byte) 0xFF;
			this.buffer[this.used - 1] = (byte) 0xFF;
			end();
		}

	}

	/** Batched INSERTs with a parameter per column. */
	static final class Batch extends BulkWriter {

		static final int SIZE = 5_000;

		private final PreparedStatement insert;

		private int pending;

		Batch(Connection connection, String table, List<String> columns) throws SQLException {
			super(columns.size());
			this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
					+ ") VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")");
		}

		@Override
		public BulkWriter text(String value) throws SQLException {
			this.insert.setString(++this.column, value);
			return this;
		}

		@Override
		public BulkWriter number(long value) throws SQLException {
			this.insert.setLong(++this.column, value);
			return this;
		}

		@Override
		public BulkWriter number(double value) throws SQLException {
			if (Double.isNaN(value)) {
				return none();
			}
			this.insert.setDouble(++this.column, value);
			return this;
		}

		@Override
		public BulkWriter decimal(BigDecimal value) throws SQLException {
			this.insert.setBigDecimal(++this.column, value);
			return this;
		}

		@Override
		public BulkWriter bool(boolean value) throws SQLException {
			this.insert.setBoolean(++this.column, value);
			return this;
		}

		@Override
		public BulkWriter date(LocalDate value) throws SQLException {
			this.insert.setObject(++this.column, value);
			return this;
		}

		@Override
		public BulkWriter none() throws SQLException {
			this.insert.setNull(++this.column, Types.NULL);
			return this;
		}

		@Override
		void rowEnded() throws SQLException {
			this.insert.addBatch();
			if (++this.pending == SIZE) {
				this.insert.executeBatch();
				this.pending = 0;
			}
		}

		@Override
		void finish() throws SQLException {
			try {
				if (this.pending > 0) {
					this.insert.executeBatch();
				}
			}
			finally {
				this.insert.close();
			}
		}

		@Override
		void cancel() throws SQLException {
			this.insert.close();
		}

	}

}
