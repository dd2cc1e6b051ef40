package id.paritrana.app.assessment;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.paritrana.app.dataset.ScoredCandidates;

/** The desk scores' answer to {@link ScoredCandidates}: one grouped count. */
@Component
class ScoredCandidateCounts implements ScoredCandidates {

	private final JdbcClient jdbc;

	ScoredCandidateCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Long> byScope(int editionYear) {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.sql("SELECT scope, COUNT(*) FROM desk_score WHERE edition_year = :y GROUP BY scope")
			.param("y", editionYear)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}

}
