package id.paritrana.app.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import id.paritrana.app.system.BulkWriter;
import id.paritrana.engine.measure.ContributionSums;
import id.paritrana.engine.measure.SizeClass;

/**
 * The table {@code contribution_total} (V20 migration): the engine's
 * {@link ContributionSums} of a version of {@code employer-contributions}, one row per
 * employer with rows, written by the import in the transaction that writes the rows and
 * read back when the measures are computed, so that they need not read the rows again.
 * The sums belong to their version: deleted with its rows once it is replaced
 * ({@link DatasetImport#removeSuperseded}).
 */
final class ContributionTotalTable {

	static final String TABLE = "contribution_total";

	private static final SizeClass[] SIZES = SizeClass.values();

	/** Every column, in the order written and read. */
	static final List<String> COLUMNS = Stream
		.of(Stream.of("edition_year", "version_id", "npp", "months", "workers_total", "workers_registered", "arrears"),
				Stream.of(SIZES).map(s -> "months_complete_" + s.name().toLowerCase(Locale.ROOT)),
				Stream.of("months_on_time", "months_wage_compliant", "minimum_wage", "first_month", "first_registered",
						"last_month", "last_registered"))
		.flatMap(s -> s)
		.toList();

	private ContributionTotalTable() {
	}

	/**
	 * Writes the sums of a version in bulk, inside the caller's transaction.
	 * @return how many employers' sums were written
	 */
	static long write(Connection connection, int editionYear, long versionId, ContributionSums sums)
			throws SQLException {
		long[] written = { 0 };
		try (BulkWriter out = BulkWriter.open(connection, TABLE, COLUMNS)) {
			SQLException[] failed = { null };
			sums.forEach(e -> {
				if (failed[0] != null) {
					return;
				}
				try {
					out.number(editionYear)
						.number(versionId)
						.text(e.npp())
						.number(e.months())
						.number(e.workersTotal())
						.number(e.workersRegistered())
						.number(e.arrears());
					for (int complete : e.monthsComplete()) {
						out.number(complete);
					}
					out.number(e.monthsOnTime()).number(e.monthsWageCompliant());
					if (e.minimumWage() < 0) {
						out.none();
					}
					else {
						out.number(e.minimumWage());
					}
					out.number(e.firstMonth())
						.number(e.firstRegistered())
						.number(e.lastMonth())
						.number(e.lastRegistered())
						.endRow();
					written[0]++;
				}
				catch (SQLException ex) {
					failed[0] = ex;
				}
			});
			if (failed[0] != null) {
				out.abort();
				throw failed[0];
			}
		}
		return written[0];
	}

	/**
	 * Restores the stored sums of a version into {@code sums} (made for the current
	 * employers and minimum wages). False when they cannot stand for the rows: the
	 * version has no stored sums (imported before they were kept), or some do not hold
	 * for the current employers and minimum wages ({@link ContributionSums#restore}); the
	 * rows must then be read.
	 */
	static boolean restore(Connection connection, int editionYear, long versionId, ContributionSums sums)
			throws SQLException {
		String select = "SELECT " + String.join(", ", COLUMNS.subList(2, COLUMNS.size())) + " FROM " + TABLE
				+ " WHERE edition_year = ? AND version_id = ?";
		long restored = 0;
		try (PreparedStatement statement = connection.prepareStatement(select)) {
			statement.setFetchSize(20_000);
			statement.setInt(1, editionYear);
			statement.setLong(2, versionId);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					int[] complete = new int[SIZES.length];
					for (int s = 0; s < SIZES.length; s++) {
						complete[s] = rs.getInt(6 + s);
					}
					int c = 6 + SIZES.length;
					long minimum = rs.getLong(c + 2);
					if (rs.wasNull()) {
						minimum = -1;
					}
					ContributionSums.Employer kept = new ContributionSums.Employer(rs.getString(1), rs.getInt(2),
							rs.getLong(3), rs.getLong(4), rs.getLong(5), complete, rs.getInt(c), rs.getInt(c + 1),
							minimum, rs.getInt(c + 3), rs.getLong(c + 4), rs.getInt(c + 5), rs.getLong(c + 6));
					if (!sums.restore(kept)) {
						return false;
					}
					restored++;
				}
			}
		}
		return restored > 0;
	}

}
