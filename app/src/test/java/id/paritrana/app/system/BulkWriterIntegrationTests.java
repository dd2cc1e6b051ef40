package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.paritrana.app.IntegrationTest;

/**
 * What {@link BulkWriter} writes reads back identical, through COPY on PostgreSQL and
 * batches on H2: NULL and the empty text kept apart, the characters COPY and CSV treat
 * specially, every kind of value, and more rows than a batch or a COPY buffer holds.
 */
@IntegrationTest
class BulkWriterIntegrationTests {

	private static final List<String> COLUMNS = List.of("id", "label", "whole", "measure", "amount", "flag", "on_day");

	private static final List<String> AWKWARD = Arrays.asList(null, "", " ", "\t", "\n", "\r\n", "\\", "\\N", "\\.",
			"a\tb\\c\nd\re", "\"quoted\", with a comma", "'", "#not a comment", "=SUM(A1)", "NULL", "Dinas — ñ 日本 😀",
			"é".repeat(300_000));

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void createTable() throws SQLException {
		execute("CREATE TABLE bulk_writer_test (id INT NOT NULL, label VARCHAR(1000000), whole BIGINT,"
				+ " measure DOUBLE PRECISION, amount NUMERIC(12, 2), flag BOOLEAN, on_day DATE)");
	}

	@AfterEach
	void dropTable() throws SQLException {
		execute("DROP TABLE bulk_writer_test");
		execute("DROP TABLE IF EXISTS bulk_writer_binary_test");
	}

	/**
	 * A table without a NUMERIC column goes through COPY's binary format on PostgreSQL:
	 * every value reads back identical as well.
	 */
	@Test
	void everyValueOfATableWithoutDecimalsReadsBackIdentical() throws SQLException {
		execute("CREATE TABLE bulk_writer_binary_test (id INT NOT NULL, label VARCHAR(1000000), small SMALLINT,"
				+ " whole BIGINT, measure DOUBLE PRECISION, flag BOOLEAN, on_day DATE)");
		List<String> columns = List.of("id", "label", "small", "whole", "measure", "flag", "on_day");
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < AWKWARD.size(); i++) {
			rows.add(new Object[] { i, AWKWARD.get(i), null, null, null, null, null });
		}
		int base = rows.size();
		rows.add(
				new Object[] { base, "a", (short) -32768, Long.MIN_VALUE, 0.1 + 0.2, true, LocalDate.of(2024, 2, 29) });
		rows.add(new Object[] { base + 1, "b", (short) 32767, Long.MAX_VALUE, Math.PI, false,
				LocalDate.of(1999, 12, 31) });
		rows.add(new Object[] { base + 2, "", (short) 0, 0L, 12.0, true, LocalDate.of(1970, 1, 1) });
		int many = 3 * BulkWriter.Batch.SIZE;
		for (int i = 0; i < many; i++) {
			rows.add(new Object[] { base + 3 + i, "row " + i + "\t\n", (short) (i % 1000), i * 3L, i / 7.0, i % 2 == 0,
					LocalDate.of(2023, 1 + i % 12, 1 + i % 28) });
		}
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (BulkWriter out = BulkWriter.open(connection, "bulk_writer_binary_test", columns)) {
				for (Object[] row : rows) {
					out.number((int) row[0]).text((String) row[1]);
					if (row[2] == null) {
						out.none().none().number(Double.NaN).none().date(null);
					}
					else {
						out.number((short) row[2])
							.number((long) row[3])
							.number(row[0].equals(base + 2) ? 12L : (double) row[4])
							.bool((boolean) row[5])
							.date((LocalDate) row[6]);
					}
					out.endRow();
				}
			}
			connection.commit();
			connection.setAutoCommit(true);
		}
		List<Object[]> read = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT " + String.join(", ", columns) + " FROM bulk_writer_binary_test ORDER BY id")) {
			while (rs.next()) {
				read.add(new Object[] { rs.getInt(1), rs.getString(2), rs.getObject(3, Short.class),
						rs.getObject(4, Long.class), rs.getObject(5, Double.class), rs.getObject(6, Boolean.class),
						rs.getObject(7, LocalDate.class) });
			}
		}
		assertThat(read).hasSameSizeAs(rows);
		for (int i = 0; i < rows.size(); i++) {
			assertThat(read.get(i)).as("row %d", i).containsExactly(rows.get(i));
		}
	}

	@Test
	void awkwardTextsReadBackIdentical() throws SQLException {
		write(out -> {
			for (int i = 0; i < AWKWARD.size(); i++) {
				out.number(i).text(AWKWARD.get(i)).none().none().none().none().none().endRow();
			}
		});
		assertThat(read("label")).containsExactlyElementsOf(AWKWARD);
	}

	@Test
	void valuesOfEveryKindReadBackIdentical() throws SQLException {
		write(out -> {
			out.number(0)
				.text("a")
				.number(Long.MIN_VALUE)
				.number(0.1 + 0.2)
				.decimal(new BigDecimal("-12.50"))
				.bool(true)
				.date(LocalDate.of(2024, 2, 29))
				.endRow();
			out.number(1)
				.text("b")
				.number(Long.MAX_VALUE)
				.number(Math.PI)
				.decimal(new BigDecimal("0.01"))
				.bool(false)
				.date(LocalDate.of(1999, 12, 31))
				.endRow();
			out.number(2)
				.text("c")
				.number(0)
				.number(1e-300)
				.decimal(BigDecimal.ZERO)
				.bool(true)
				.date(LocalDate.of(2000, 1, 1))
				.endRow();
			out.number(3).text(null).none().number(Double.NaN).decimal(null).none().date(null).endRow();
		});
		assertThat(read("whole")).containsExactly(Long.MIN_VALUE, Long.MAX_VALUE, 0L, null);
		assertThat(read("measure")).containsExactly(0.1 + 0.2, Math.PI, 1e-300, null);
		assertThat(read("amount")).containsExactly(new BigDecimal("-12.50"), new BigDecimal("0.01"),
				new BigDecimal("0.00"), null);
		assertThat(read("flag")).containsExactly(true, false, true, null);
		assertThat(read("on_day")).containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(1999, 12, 31),
				LocalDate.of(2000, 1, 1), null);
	}

	@Test
	void manyRowsAcrossBatchesAndBuffersAreAllWritten() throws SQLException {
		int rows = 2 * BulkWriter.Batch.SIZE + 2_345;
		// about 4 MB of text: several COPY buffers
		String padding = "x\t\\".repeat(100);
		write(out -> {
			for (int i = 0; i < rows; i++) {
				out.number(i).text(i + padding).number(i * 3L).number(i / 7.0).none().bool(i % 2 == 0).none().endRow();
			}
		});
		List<Object> labels = read("label");
		assertThat(labels).hasSize(rows);
		for (int i = 0; i < rows; i += 997) {
			assertThat(labels.get(i)).isEqualTo(i + padding);
		}
		assertThat(labels.get(rows - 1)).isEqualTo((rows - 1) + padding);
		List<Object> measures = read("measure");
		assertThat(measures.get(rows - 1)).isEqualTo((rows - 1) / 7.0);
	}

	@Test
	void anAbortedWriterLeavesNothingOnceRolledBack() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			BulkWriter out = BulkWriter.open(connection, "bulk_writer_test", COLUMNS);
			out.number(1).text("gone").none().none().none().none().none().endRow();
			out.abort();
			connection.rollback();
			connection.setAutoCommit(true);
		}
		assertThat(read("label")).isEmpty();
	}

	private interface Rows {

		void writeTo(BulkWriter out) throws SQLException;

	}

	/** Writes and commits, as the application does inside its transactions. */
	private void write(Rows rows) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (BulkWriter out = BulkWriter.open(connection, "bulk_writer_test", COLUMNS)) {
				rows.writeTo(out);
			}
			connection.commit();
			connection.setAutoCommit(true);
		}
	}

	private List<Object> read(String column) throws SQLException {
		List<Object> values = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT " + column + " FROM bulk_writer_test ORDER BY id")) {
			while (rs.next()) {
				values.add(switch (column) {
					case "whole" -> rs.getObject(1, Long.class);
					case "measure" -> rs.getObject(1, Double.class);
					case "flag" -> rs.getObject(1, Boolean.class);
					case "on_day" -> rs.getObject(1, LocalDate.class);
					default -> rs.getObject(1);
				});
			}
		}
		return values;
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
