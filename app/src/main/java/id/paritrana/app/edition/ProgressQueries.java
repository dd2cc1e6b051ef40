package id.paritrana.app.edition;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs a module's count per province for {@link ProgressCounts}. */
public final class ProgressQueries {

	private ProgressQueries() {
	}

	/**
	 * The counts of a query that selects a province code and a count, grouped by
	 * province, for the edition bound as {@code :y}.
	 */
	public static Map<String, Long> byProvince(JdbcClient jdbc, String sql, int editionYear) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql(sql).param("y", editionYear).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

}
