package id.paritrana.app.dataset;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import id.paritrana.engine.data.Column;
import id.paritrana.engine.data.Row;

/**
 * Writes validated rows to a data table in bulk, inside the caller's transaction: COPY on
 * PostgreSQL, JDBC batches elsewhere (H2). Never one statement per row.
 */
abstract sealed class RowSink permits RowSink.Copy, RowSink.Batch {

	final DataTable table;

	final int editionYear;

	final long versionId;

	RowSink(DataTable table, int editionYear, long versionId) {
		this.table = table;
		this.editionYear = editionYear;
		this.versionId = versionId;
	}

	static RowSink open(Connection connection, DataTable table, int editionYear, long versionId) throws SQLException {
		if (connection.isWrapperFor(PGConnection.class)) {
			return new Copy(connection.unwrap(PGConnection.class), table, editionYear, versionId);
		}
		return new Batch(connection, table, editionYear, versionId);
	}

	abstract void write(Row row) throws SQLException;

	/** Sends what is buffered; the rows are then in the table (uncommitted). */
	abstract void finish() throws SQLException;

	/** Gives up: the caller's transaction is rolled back, this only releases the statement. */
	abstract void abort();

	/** COPY … FROM STDIN in CSV, fed from a 1 MB buffer. */
	static final class Copy extends RowSink {

		private final CopyIn copy;

		private final byte[] buffer = new byte[1 << 20];

		private int used;

		private final StringBuilder line = new StringBuilder(256);

		private final String prefix;

		Copy(PGConnection connection, DataTable table, int editionYear, long versionId) throws SQLException {
			super(table, editionYear, versionId);
			this.copy = connection.getCopyAPI()
				.copyIn("COPY " + table.table() + " (" + table.columnList() + ") FROM STDIN WITH (FORMAT csv)");
			this.prefix = editionYear + "," + versionId;
		}

		@Override
		void write(Row row) throws SQLException {
			StringBuilder b = this.line;
			b.setLength(0);
			b.append(this.prefix);
			for (Column column : this.table.dataSet().columns()) {
				b.append(',');
				Object value = DataTable.value(row, column);
				if (value instanceof String text) {
					quote(b, text);
				}
				else if (value != null) {
					b.append(value);
				}
			}
			b.append('\n');
			byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
			if (this.used + bytes.length > this.buffer.length) {
				flush();
			}
			if (bytes.length > this.buffer.length) {
				this.copy.writeToCopy(bytes, 0, bytes.length);
			}
			else {
				System.arraycopy(bytes, 0, this.buffer, this.used, bytes.length);
				this.used += bytes.length;
			}
		}

		/** CSV quoting; an empty text is quoted so that COPY does not read it as NULL. */
		private static void quote(StringBuilder b, String text) {
			boolean plain = !text.isEmpty();
			for (int i = 0; i < text.length() && plain; i++) {
				char c = text.charAt(i);
				plain = c != ',' && c != '"' && c != '\n' && c != '\r';
			}
			if (plain) {
				b.append(text);
			}
			else {
				b.append('"').append(text.replace("\"", "\"\"")).append('"');
			}
		}

		private void flush() throws SQLException {
			if (this.used > 0) {
				this.copy.writeToCopy(this.buffer, 0, this.used);
				this.used = 0;
			}
		}

		@Override
		void finish() throws SQLException {
			flush();
			this.copy.endCopy();
		}

		@Override
		void abort() {
			try {
				if (this.copy.isActive()) {
					this.copy.cancelCopy();
				}
			}
			catch (SQLException ex) {
				// the transaction is rolled back anyway; nothing of the copy survives it
			}
		}

	}

	/** Batched INSERTs of 5,000 rows. */
	static final class Batch extends RowSink {

		private static final int BATCH = 5_000;

		private final PreparedStatement insert;

		private int pending;

		Batch(Connection connection, DataTable table, int editionYear, long versionId) throws SQLException {
			super(table, editionYear, versionId);
			String marks = String.join(", ", Collections.nCopies(table.columns().size() + 2, "?"));
			this.insert = connection
				.prepareStatement("INSERT INTO " + table.table() + " (" + table.columnList() + ") VALUES (" + marks + ")");
		}

		@Override
		void write(Row row) throws SQLException {
			this.insert.setInt(1, this.editionYear);
			this.insert.setLong(2, this.versionId);
			int i = 3;
			for (Column column : this.table.dataSet().columns()) {
				this.insert.setObject(i++, DataTable.value(row, column));
			}
			this.insert.addBatch();
			if (++this.pending == BATCH) {
				this.insert.executeBatch();
				this.pending = 0;
			}
		}

		@Override
		void finish() throws SQLException {
			if (this.pending > 0) {
				this.insert.executeBatch();
			}
			this.insert.close();
		}

		@Override
		void abort() {
			try {
				this.insert.close();
			}
			catch (SQLException ex) {
				// the transaction is rolled back anyway
			}
		}

	}

}
