package id.paritrana.app.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Loads the shipped wilayah data (ODbL, see {@code wilayah/LICENSE.md}) into an empty
 * database in one transaction: COPY on PostgreSQL, batched inserts elsewhere.
 */
@Component
class AreaLoader {

	private static final Logger log = LoggerFactory.getLogger(AreaLoader.class);

	private static final int BATCH = 5_000;

	/** Table, its columns and the CSV file holding them, parents before children. */
	private record Table(String name, String columns, String file) {
	}

	private static final List<Table> TABLES = List.of(new Table("province", "code, name", "provinces.csv"),
			new Table("regency", "code, province_code, name, kind", "regencies.csv"),
			new Table("district", "code, regency_code, name", "districts.csv"),
			new Table("village", "code, district_code, name", "villages.csv"));

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	AreaLoader(DataSource dataSource, TransactionTemplate transactions) {
		this.dataSource = dataSource;
		this.transactions = transactions;
	}

	void loadIfEmpty() {
		this.transactions.executeWithoutResult(status -> {
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			try {
				if (hasAreas(connection)) {
					return;
				}
				long start = System.nanoTime();
				boolean postgres = connection.isWrapperFor(PGConnection.class);
				for (Table table : TABLES) {
					// Regencies carry a derived column (kind), so they always go through
					// inserts.
					if (postgres && !table.name().equals("regency")) {
						copy(connection.unwrap(PGConnection.class), table);
					}
					else {
						insert(connection, table);
					}
				}
				log.info("Loaded administrative areas in {} ms", (System.nanoTime() - start) / 1_000_000);
			}
			catch (SQLException | IOException ex) {
				throw new IllegalStateException("Could not load the administrative areas", ex);
			}
		});
	}

	private static boolean hasAreas(Connection connection) throws SQLException {
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("SELECT COUNT(*) FROM province")) {
			rows.next();
			return rows.getLong(1) > 0;
		}
	}

	private static void copy(PGConnection connection, Table table) throws SQLException, IOException {
		try (Reader reader = reader(table)) {
			connection.getCopyAPI()
				.copyIn("COPY " + table.name() + " (" + table.columns() + ") FROM STDIN WITH (FORMAT csv, HEADER true)",
						reader);
		}
	}

	private static void insert(Connection connection, Table table) throws SQLException, IOException {
		int columns = table.columns().split(",").length;
		String sql = "INSERT INTO " + table.name() + " (" + table.columns() + ") VALUES (" + "?, ".repeat(columns - 1)
				+ "?)";
		try (Reader reader = reader(table);
				CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader);
				PreparedStatement insert = connection.prepareStatement(sql)) {
			int pending = 0;
			boolean header = true;
			for (CsvRecord row : csv) {
				if (header) {
					header = false;
					continue;
				}
				for (int i = 0; i < row.getFieldCount(); i++) {
					insert.setString(i + 1, row.getField(i));
				}
				if (table.name().equals("regency")) {
					insert.setString(4, row.getField(2).startsWith("Kota ") ? "KOTA" : "KABUPATEN");
				}
				insert.addBatch();
				if (++pending == BATCH) {
					insert.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				insert.executeBatch();
			}
		}
	}

	private static Reader reader(Table table) {
		try {
			InputStream in = new ClassPathResource("wilayah/" + table.file()).getInputStream();
			return new InputStreamReader(in, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing area data " + table.file(), ex);
		}
	}

}
