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
 * here (data set rows, measures, desk scores).
 * <p>
 * A row is its values in column order, then {@link #endRow()}. A null text, decimal or
 * date, a NaN number and {@link #none()} are SQL NULL; an empty text stays an empty text.
 * Either {@link #close()} (sends what is buffered) or {@link #abort()} ends the writer.
 */
public abstract sealed class BulkWriter implements AutoCloseable permits BulkWriter.Copy, BulkWriter.Batch {

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
	 * COPY in PostgreSQL's text format, encoded straight into a 1 MB buffer (no string or
	 * array per row): fields separated by tabs, {@code \N} for NULL, and a backslash,
	 * tab, line feed or carriage return in a text escaped with a backslash.
	 */
	static final class Copy extends BulkWriter {

		private static final int CAPACITY = 1 << 20;

		private final CopyIn copy;

		private final byte[] buffer = new byte[CAPACITY];

		private int used;

		/** Numbers as their text before they are copied into the buffer. */
		private final StringBuilder digits = new StringBuilder(32);

		Copy(CopyIn copy, int columns) {
			super(columns);
			this.copy = copy;
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
				else if (c < 0x800) {
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

		/**
		 * Sends the buffer when fewer than {@code bytes} are free; COPY takes a row in
		 * pieces.
		 */
		private void room(int bytes) throws SQLException {
			if (this.used + bytes > CAPACITY) {
				send();
			}
		}

		private void send() throws SQLException {
			if (this.used > 0) {
				this.copy.writeToCopy(this.buffer, 0, this.used);
				this.used = 0;
			}
		}

		@Override
		void finish() throws SQLException {
			send();
			this.copy.endCopy();
		}

		@Override
		void cancel() throws SQLException {
			if (this.copy.isActive()) {
				this.copy.cancelCopy();
			}
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
