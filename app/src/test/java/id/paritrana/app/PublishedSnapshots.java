package id.paritrana.app;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Determined results written straight into the snapshot tables, as the determination
 * would leave them, so the public portal can be tested on its own; and the clean-up of a
 * test's edition.
 */
public final class PublishedSnapshots {

	private PublishedSnapshots() {
	}

	/**
	 * A new current revision of a level (the one before, if any, superseded); its digest
	 * made of the year and revision.
	 */
	public static long snapshot(JdbcClient jdbc, int year, String level, String scope, int revision, String reason) {
		jdbc.sql("UPDATE result_snapshot SET superseded = TRUE WHERE edition_year = :y AND scope = :s")
			.param("y", year)
			.param("s", scope)
			.update();
		jdbc.sql("INSERT INTO result_snapshot (edition_year, score_level, scope, revision, sha256, determined_by,"
				+ " determined_at, superseded, reason) VALUES (:y, :l, :s, :r, :sha, 'test', CURRENT_TIMESTAMP, FALSE, :reason)")
			.param("y", year)
			.param("l", level)
			.param("s", scope)
			.param("r", revision)
			.param("sha", digest(year, revision))
			.param("reason", reason)
			.update();
		return jdbc.sql("SELECT id FROM result_snapshot WHERE edition_year = :y AND scope = :s AND revision = :r")
			.param("y", year)
			.param("s", scope)
			.param("r", revision)
			.query(Long.class)
			.single();
	}

	/**
	 * A ranked, eligible row without an interview: desk score = final score, desk rank =
	 * final rank.
	 */
	public static void row(JdbcClient jdbc, long snapshot, int position, String category, String code, String name,
			String finalScore, Integer rank, String aspects) {
		jdbc.sql("INSERT INTO result_row (snapshot_id, position, category, candidate_code, candidate_name, eligible,"
				+ " flags, desk_score, desk_rank, jury_score, final_score, final_rank, aspect_scores)"
				+ " VALUES (:s, :p, :c, :code, :name, TRUE, '', :score, :rank, NULL, :score, :rank, :aspects)")
			.param("s", snapshot)
			.param("p", position)
			.param("c", category)
			.param("code", code)
			.param("name", name)
			.param("score", new java.math.BigDecimal(finalScore))
			.param("rank", rank)
			.param("aspects", aspects)
			.update();
	}

	/**
	 * The indicator scores of a row, JSON text {"indicator id": score} as the
	 * determination stores them.
	 */
	public static void indicators(JdbcClient jdbc, long snapshot, int position, String indicators) {
		jdbc.sql("UPDATE result_row SET indicator_scores = :i WHERE snapshot_id = :s AND position = :p")
			.param("i", indicators)
			.param("s", snapshot)
			.param("p", position)
			.update();
	}

	/**
	 * A rubric the snapshot kept (kind RUBRIC, named by its category), with its YAML
	 * text.
	 */
	public static void rubric(JdbcClient jdbc, long snapshot, String category, int version, String yaml) {
		jdbc.sql("INSERT INTO result_input (snapshot_id, kind, name, version, sha256, content)"
				+ " VALUES (:s, 'RUBRIC', :c, :v, :sha, :yaml)")
			.param("s", snapshot)
			.param("c", category)
			.param("v", version)
			.param("sha", String.format("%064x", version))
			.param("yaml", yaml)
			.update();
	}

	/** The digest {@link #snapshot} gives a revision. */
	public static String digest(int year, int revision) {
		return String.format("%064x", year * 100 + revision);
	}

	/** Removes the editions with their snapshots, certificates and coverage data. */
	public static void forget(JdbcClient jdbc, int... years) {
		for (int year : years) {
			String snapshots = "(SELECT id FROM result_snapshot WHERE edition_year = " + year + ")";
			jdbc.sql("DELETE FROM certificate WHERE edition_year = :y").param("y", year).update();
			jdbc.sql("DELETE FROM result_row WHERE snapshot_id IN " + snapshots).update();
			jdbc.sql("DELETE FROM result_zone_award WHERE snapshot_id IN " + snapshots).update();
			jdbc.sql("DELETE FROM result_input WHERE snapshot_id IN " + snapshots).update();
			jdbc.sql("DELETE FROM result_snapshot WHERE edition_year = :y").param("y", year).update();
			ImportedData.forget(jdbc, year);
			jdbc.sql("DELETE FROM edition_rubric WHERE edition_year = :y").param("y", year).update();
			jdbc.sql("DELETE FROM edition_stage WHERE edition_year = :y").param("y", year).update();
			jdbc.sql("DELETE FROM edition WHERE award_year = :y").param("y", year).update();
		}
	}

}
