package id.paritrana.app.jury;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The stored sheets and their scores. Every write is conditional on the version the
 * writer read, so that of two concurrent saves of one sheet exactly one wins; a sheet's
 * scores are replaced as a whole, in the transaction that moved its version on.
 */
@Component
class JurySheets {

	/** A sheet's key: one juror × one nominee of one level and category of an edition. */
	record Key(int year, Level level, Category category, String code, String juror) {

		String id() {
			return this.year + "/" + this.level + "/" + this.category + "/" + this.code + "/" + this.juror;
		}

	}

	/** A stored sheet's state; its scores by criterion. */
	record Stored(JuryScoring.SheetStatus status, int version, Instant updatedAt, Instant submittedAt,
			Map<String, JuryScoring.Mark> marks) {
	}

	private static final String KEY = " edition_year = :y AND score_level = :l AND category = :c"
			+ " AND candidate_code = :code AND juror_username = :j";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	JurySheets(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	private JdbcClient.StatementSpec keyed(String sql, Key key) {
		return this.jdbc.sql(sql)
			.param("y", key.year())
			.param("l", key.level().name())
			.param("c", key.category().name())
			.param("code", key.code())
			.param("j", key.juror());
	}

	Optional<Stored> find(Key key) {
		Optional<Stored> head = keyed("SELECT status, version, updated_at, submitted_at FROM jury_sheet WHERE" + KEY,
				key)
			.query((rs, row) -> new Stored(JuryScoring.SheetStatus.valueOf(rs.getString("status")),
					rs.getInt("version"), instant(rs.getObject("updated_at", OffsetDateTime.class)),
					instant(rs.getObject("submitted_at", OffsetDateTime.class)), new LinkedHashMap<>()))
			.optional();
		head.ifPresent(
				sheet -> keyed("SELECT criterion, score, comment FROM jury_score WHERE" + KEY, key).query((rs, row) -> {
					sheet.marks()
						.put(rs.getString("criterion"), new JuryScoring.Mark(
								(Integer) rs.getObject("score", Integer.class), rs.getString("comment")));
					return null;
				}).list());
		return head;
	}

	/**
	 * Creates the sheet at version 1 unless it exists (a race with another first save,
	 * which then wins): true when this call created it. {@code ON CONFLICT DO NOTHING}
	 * keeps a concurrent insert from aborting the transaction with a duplicate key.
	 */
	boolean create(Key key, JuryScoring.SheetStatus status) {
		return keyed("INSERT INTO jury_sheet (edition_year, score_level, category, candidate_code, juror_username,"
				+ " status, version, updated_at, submitted_at) VALUES (:y, :l, :c, :code, :j, :status, 1, :now,"
				+ " :submitted) ON CONFLICT DO NOTHING", key)
			.param("status", status.name())
			.param("now", now())
			.param("submitted", status == JuryScoring.SheetStatus.SUBMITTED ? now() : null)
			.update() == 1;
	}

	/**
	 * Moves a draft at the expected version to the next version and status: false when it
	 * is not there.
	 */
	boolean advance(Key key, int expectedVersion, JuryScoring.SheetStatus status) {
		return keyed("UPDATE jury_sheet SET status = :status, version = version + 1, updated_at = :now,"
				+ " submitted_at = :submitted WHERE" + KEY + " AND version = :v AND status = 'DRAFT'", key)
			.param("status", status.name())
			.param("now", now())
			.param("submitted", status == JuryScoring.SheetStatus.SUBMITTED ? now() : null)
			.param("v", expectedVersion)
			.update() == 1;
	}

	/**
	 * A submitted sheet back to a draft: false when it is not submitted at that version.
	 */
	boolean reopen(Key key, int expectedVersion) {
		return keyed("UPDATE jury_sheet SET status = 'DRAFT', version = version + 1, updated_at = :now,"
				+ " submitted_at = NULL WHERE" + KEY + " AND version = :v AND status = 'SUBMITTED'", key)
			.param("now", now())
			.param("v", expectedVersion)
			.update() == 1;
	}

	/**
	 * Creates whole sheets at version 1 where none exists, with their scores: two
	 * batches.
	 */
	int createAll(int year, Level level, Category category, List<JuryScoring.RecordedSheet> recorded) {
		OffsetDateTime now = now();
		List<Object[]> heads = new ArrayList<>();
		for (JuryScoring.RecordedSheet sheet : recorded) {
			heads.add(new Object[] { year, level.name(), category.name(), sheet.code(), sheet.juror(),
					sheet.status().name(), now, (sheet.status() == JuryScoring.SheetStatus.SUBMITTED) ? now : null });
		}
		int[] inserted = this.batch.batchUpdate(
				"INSERT INTO jury_sheet (edition_year, score_level, category,"
						+ " candidate_code, juror_username, status, version, updated_at, submitted_at)"
						+ " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT DO NOTHING",
				heads, new int[] { Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
						Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE });
		List<Object[]> rows = new ArrayList<>();
		int created = 0;
		for (int i = 0; i < recorded.size(); i++) {
			if (inserted[i] == 0) {
				continue;
			}
			created++;
			JuryScoring.RecordedSheet sheet = recorded.get(i);
			sheet.scores()
				.forEach((criterion, score) -> rows.add(new Object[] { year, level.name(), category.name(),
						sheet.code(), sheet.juror(), criterion, score, null }));
		}
		if (!rows.isEmpty()) {
			this.batch.batchUpdate(INSERT_SCORE, rows, SCORE_TYPES);
		}
		return created;
	}

	/** Replaces the sheet's scores: one delete and one batch of inserts. */
	void replaceMarks(Key key, Map<String, JuryScoring.Mark> marks) {
		keyed("DELETE FROM jury_score WHERE" + KEY, key).update();
		List<Object[]> rows = new ArrayList<>();
		marks.forEach((criterion, mark) -> rows.add(new Object[] { key.year(), key.level().name(),
				key.category().name(), key.code(), key.juror(), criterion, mark.score(), mark.comment() }));
		if (!rows.isEmpty()) {
			this.batch.batchUpdate(INSERT_SCORE, rows, SCORE_TYPES);
		}
	}

	static final String INSERT_SCORE = "INSERT INTO jury_score (edition_year, score_level, category, candidate_code,"
			+ " juror_username, criterion, score, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

	static final int[] SCORE_TYPES = { Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.INTEGER, Types.VARCHAR };

	private static OffsetDateTime now() {
		return OffsetDateTime.now();
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
