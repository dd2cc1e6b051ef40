package id.paritrana.app.assessment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * Rows of {@code desk_score} in bulk — 750,000 of them nationally: COPY on PostgreSQL, JDBC
 * batches of 5,000 elsewhere, never one statement per row.
 */
abstract class DeskScoreSink implements AutoCloseable {

	static final String COLUMNS = "edition_year, score_level, category, candidate_code, candidate_name, scope,"
			+ " eligible, flags, desk_score, desk_rank, aspect_scores";

	static DeskScoreSink open(Connection connection, int editionYear) throws SQLException {
		return connection.isWrapperFor(PGConnection.class)
				? new Copy(connection.unwrap(PGConnection.class), editionYear) : new Batch(connection, editionYear);
	}

	/** Stores one candidate; {@code rank} is null when the candidate is not ranked. */
	abstract void add(Level level, Category category, String code, String name, String scope, boolean eligible,
			String flags, BigDecimal deskScore, Integer rank, String aspectScores) throws SQLException;

	@Override
	public abstract void close() throws SQLException;

	private static final class Copy extends DeskScoreSink {

		private final CopyIn copy;

		private final StringBuilder b = new StringBuilder(1 << 20);

		private final int year;

		Copy(PGConnection connection, int year) throws SQLException {
			this.year = year;
			this.copy = connection.getCopyAPI()
				.copyIn("COPY desk_score (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)");
		}

		@Override
		void add(Level level, Category category, String code, String name, String scope, boolean eligible,
				String flags, BigDecimal deskScore, Integer rank, String aspectScores) throws SQLException {
			this.b.append(this.year)
				.append(',')
				.append(level.name())
				.append(',')
				.append(category.name())
				.append(',')
				.append(csv(code))
				.append(',')
				.append(csv(name))
				.append(',')
				.append(scope)
				.append(',')
				.append(eligible)
				.append(',')
				// an empty quoted field is an empty string; unquoted it would be NULL
				.append('"')
				.append(flags)
				.append("\",")
				.append(deskScore.toPlainString())
				.append(',');
			if (rank != null) {
				this.b.append(rank.intValue());
			}
			this.b.append(',').append(csv(aspectScores)).append('\n');
			if (this.b.length() > (1 << 20) - 4096) {
				flush();
			}
		}

		private static String csv(String v) {
			if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0
					&& !v.isEmpty()) {
				return v;
			}
			return '"' + v.replace("\"", "\"\"") + '"';
		}

		private void flush() throws SQLException {
			byte[] bytes = this.b.toString().getBytes(StandardCharsets.UTF_8);
			this.copy.writeToCopy(bytes, 0, bytes.length);
			this.b.setLength(0);
		}

		@Override
		public void close() throws SQLException {
			if (this.copy.isActive()) {
				flush();
				this.copy.endCopy();
			}
		}

	}

	private static final class Batch extends DeskScoreSink {

		private final PreparedStatement insert;

		private int pending;

		Batch(Connection connection, int year) throws SQLException {
			this.insert = connection.prepareStatement(
					"INSERT INTO desk_score (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			this.insert.setInt(1, year);
		}

		@Override
		void add(Level level, Category category, String code, String name, String scope, boolean eligible,
				String flags, BigDecimal deskScore, Integer rank, String aspectScores) throws SQLException {
			this.insert.setString(2, level.name());
			this.insert.setString(3, category.name());
			this.insert.setString(4, code);
			this.insert.setString(5, name);
			this.insert.setString(6, scope);
			this.insert.setBoolean(7, eligible);
			this.insert.setString(8, flags);
			this.insert.setBigDecimal(9, deskScore);
			if (rank == null) {
				this.insert.setNull(10, Types.INTEGER);
			}
			else {
				this.insert.setInt(10, rank);
			}
			this.insert.setString(11, aspectScores);
			this.insert.addBatch();
			if (++this.pending == 5_000) {
				this.insert.executeBatch();
				this.pending = 0;
			}
		}

		@Override
		public void close() throws SQLException {
			if (this.pending > 0) {
				this.insert.executeBatch();
			}
			this.insert.close();
		}

	}

}
