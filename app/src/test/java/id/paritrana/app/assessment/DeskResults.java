package id.paritrana.app.assessment;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.paritrana.engine.evaluate.Evaluation;
import id.paritrana.engine.score.CategoryResult;

/**
 * Desk results of every candidate at the level it enters the award, as comparable lines:
 * {@code level/category/code → "scope eligible flags desk_score rank"}, from
 * {@code evaluate} or from the stored desk scores.
 */
public final class DeskResults {

	private DeskResults() {
	}

	/** What {@code evaluate} gives for each candidate at its entry level. */
	public static Map<String, String> evaluated(Evaluation evaluation) {
		Map<String, String> expected = new HashMap<>();
		for (CategoryResult result : evaluation.results()) {
			if (result.level() != result.category().entryLevel()) {
				continue;
			}
			for (int i = 0; i < result.size(); i++) {
				int rank = result.deskRank(i);
				expected.put(result.level() + "/" + result.category() + "/" + result.candidates().code(i),
						result.candidates().scope(i) + " " + result.eligible(i) + " "
								+ String.join(";", result.flags(i)) + " " + DeskScores.cents(result.deskScore(i)) + " "
								+ (rank == CategoryResult.NO_RANK ? "-" : rank));
			}
		}
		return expected;
	}

	/** What the database stores for each candidate of the edition. */
	public static Map<String, String> stored(JdbcClient jdbc, int edition) {
		Map<String, String> stored = new HashMap<>();
		jdbc.sql("SELECT * FROM desk_score WHERE edition_year = :y").param("y", edition).query(rs -> {
			int rank = rs.getInt("desk_rank");
			boolean unranked = rs.wasNull();
			stored.put(
					rs.getString("score_level") + "/" + rs.getString("category") + "/" + rs.getString("candidate_code"),
					rs.getString("scope") + " " + rs.getBoolean("eligible") + " " + rs.getString("flags") + " "
							+ rs.getBigDecimal("desk_score") + " " + (unranked ? "-" : rank));
		});
		return stored;
	}

}
