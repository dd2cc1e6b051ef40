package id.paritrana.app.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The stored desk scores of an edition read as leaderboards (DESIGN §5.4): one level and
 * category, optionally one scope, filtered, searched, sorted and paged in the database.
 */
@Service
public class Leaderboards {

	private static final String COLUMNS = "candidate_code, candidate_name, scope, eligible, flags, desk_score,"
			+ " desk_rank, aspect_scores";

	private final JdbcClient jdbc;

	Leaderboards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Orders of a leaderboard: by desk rank (unranked last, then score), score, name or
	 * code.
	 */
	public enum Sort {

		RANK("scope, desk_rank NULLS LAST, desk_score DESC, candidate_code"), SCORE("desk_score DESC, candidate_code"),
		NAME("candidate_name, candidate_code"), CODE("candidate_code");

		private final String orderBy;

		Sort(String orderBy) {
			this.orderBy = orderBy;
		}

	}

	/**
	 * What to show.
	 *
	 * @param scope a province code, {@code ID}, or empty for every scope of the level
	 * @param eligible only eligible ({@code true}) or only ineligible candidates; empty
	 * for all
	 * @param search part of a name or code, any case; blank for all
	 * @param page counting from 1
	 */
	public record Query(Level level, Category category, Optional<String> scope, Optional<Boolean> eligible,
			String search, Sort sort, int page, int size) {

		public Query {
			page = Math.max(1, page);
			size = Math.min(500, Math.max(1, size));
			search = (search == null) ? "" : search.strip();
		}

	}

	/** One candidate's stored desk result; the rank is null when not eligible. */
	public record Row(Level level, Category category, String code, String name, String scope, boolean eligible,
			List<String> flags, BigDecimal deskScore, Integer deskRank, Map<String, BigDecimal> aspectScores) {
	}

	/** One page of a leaderboard and the number of candidates matching the query. */
	public record Page(List<Row> rows, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

	public Page board(int editionYear, Query query) {
		StringBuilder where = new StringBuilder(
				" FROM desk_score WHERE edition_year = :y AND score_level = :l AND category = :c");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("y", editionYear);
		params.put("l", query.level().name());
		params.put("c", query.category().name());
		query.scope().ifPresent(s -> {
			where.append(" AND scope = :s");
			params.put("s", s);
		});
		query.eligible().ifPresent(e -> {
			where.append(" AND eligible = :e");
			params.put("e", e);
		});
		if (!query.search().isEmpty()) {
			where.append(" AND (LOWER(candidate_name) LIKE :q OR LOWER(candidate_code) LIKE :q)");
			params.put("q", "%" + query.search().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
		}
		long total = this.jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
		List<Row> rows = this.jdbc
			.sql("SELECT " + COLUMNS + where + " ORDER BY " + query.sort().orderBy + " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", (long) (query.page() - 1) * query.size())
			.query((rs, n) -> row(rs, query.level(), query.category()))
			.list();
		return new Page(rows, total, query.page(), query.size());
	}

	/** The stored desk result of one candidate at a level. */
	public Optional<Row> find(int editionYear, Level level, Category category, String code) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM desk_score WHERE edition_year = :y AND score_level = :l"
					+ " AND category = :c AND candidate_code = :code")
			.param("y", editionYear)
			.param("l", level.name())
			.param("c", category.name())
			.param("code", code)
			.query((rs, n) -> row(rs, level, category))
			.optional();
	}

	/** The scopes of a level and category that have candidates, sorted. */
	public List<String> scopes(int editionYear, Level level, Category category) {
		return this.jdbc
			.sql("SELECT DISTINCT scope FROM desk_score WHERE edition_year = :y AND score_level = :l AND category = :c"
					+ " ORDER BY scope")
			.param("y", editionYear)
			.param("l", level.name())
			.param("c", category.name())
			.query(String.class)
			.list();
	}

	private static Row row(ResultSet rs, Level level, Category category) throws SQLException {
		int rank = rs.getInt("desk_rank");
		Integer deskRank = rs.wasNull() ? null : rank;
		String flags = rs.getString("flags");
		return new Row(level, category, rs.getString("candidate_code"), rs.getString("candidate_name"),
				rs.getString("scope"), rs.getBoolean("eligible"),
				flags.isEmpty() ? List.of() : Arrays.asList(flags.split(";")), rs.getBigDecimal("desk_score"), deskRank,
				DeskScores.scores(rs.getString("aspect_scores")));
	}

}
