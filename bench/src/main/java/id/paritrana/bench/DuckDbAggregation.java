package id.paritrana.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The baseline of the evaluate benchmark: DuckDB's {@code read_csv} and a per-employer
 * {@code GROUP BY} over the same contributions file, computing the sums the employer
 * measures need (DESIGN §5.1). Prints the groups and the seconds taken.
 *
 * <p>
 * Usage: {@code DuckDbAggregation CONTRIBUTIONS_CSV YEAR}
 */
public final class DuckDbAggregation {

	private DuckDbAggregation() {
	}

	public static void main(String[] args) throws SQLException, ClassNotFoundException {
		Class.forName("org.duckdb.DuckDBDriver");
		String file = args[0].replace("'", "''");
		int year = Integer.parseInt(args[1]);
		long start = System.nanoTime();
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			String sql = """
					SELECT count(*) AS employers, sum(months) AS rows FROM (
					  SELECT npp,
					         count(DISTINCT month) AS months,
					         sum(workers_total) AS total,
					         sum(workers_registered) AS registered,
					         sum(greatest(contribution_due - contribution_paid, 0)) AS arrears,
					         sum(CASE WHEN contribution_paid >= contribution_due
					                   AND paid_date <= (strptime(month || '-15', '%%Y-%%m-%%d') + INTERVAL 1 MONTH)::DATE
					                  THEN 1 ELSE 0 END) AS on_time,
					         arg_min(workers_registered, month) AS first_registered,
					         arg_max(workers_registered, month) AS last_registered
					  FROM read_csv('%s', header = true, columns = {
					    'npp': 'VARCHAR', 'month': 'VARCHAR', 'workers_total': 'BIGINT',
					    'workers_registered': 'BIGINT', 'programs': 'VARCHAR', 'wage_reported_total': 'BIGINT',
					    'contribution_due': 'BIGINT', 'contribution_paid': 'BIGINT', 'paid_date': 'DATE'})
					  WHERE month LIKE '%d-%%'
					  GROUP BY npp)
					"""
				.formatted(file, year);
			try (ResultSet rs = statement.executeQuery(sql)) {
				rs.next();
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf("duckdb: %d employers, %d rows, %.2f s%n", rs.getLong(1), rs.getLong(2), seconds);
			}
		}
	}

}
