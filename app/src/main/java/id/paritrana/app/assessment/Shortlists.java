package id.paritrana.app.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.LevelLocks;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.engine.award.ShortlistSelection;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Shortlist;
import id.paritrana.engine.score.CategoryResult;

/**
 * The shortlist of each level, category and scope (DESIGN §3 SELEKSI): the nominees who
 * go on to the interview. Making it takes the top N eligible candidates by desk rank
 * whose desk score reaches the edition's minimum (both from the edition's rubric), all
 * candidates tied at rank N included, as {@code AUTO} nominees; the committee adds an
 * eligible candidate of the scope ({@code ADDED}) or removes a nominee, each with a
 * written reason. Changes are allowed only while the level's {@link Stage#SELEKSI} runs,
 * by whoever runs the level (the national secretariat anywhere, a province's committee in
 * its province; the national level is the secretariat's), and are audited with the
 * nominees before and after.
 */
@Service
public class Shortlists {

	private static final String NOMINEE_COLUMNS = "n.score_level, n.category, n.scope, n.candidate_code,"
			+ " COALESCE(d.candidate_name, n.candidate_code) AS candidate_name, n.origin, n.reason, n.added_by,"
			+ " n.added_at, d.desk_score, d.desk_rank";

	private static final String NOMINEE_FROM = " FROM nominee n LEFT JOIN desk_score d ON d.edition_year = n.edition_year"
			+ " AND d.score_level = n.score_level AND d.category = n.category AND d.candidate_code = n.candidate_code";

	private final JdbcClient jdbc;

	private final Editions editions;

	private final EditionRubrics rubrics;

	private final Stages stages;

	private final AuditLog audit;

	private final LevelLocks locks;

	Shortlists(JdbcClient jdbc, Editions editions, EditionRubrics rubrics, Stages stages, AuditLog audit,
			LevelLocks locks) {
		this.locks = locks;
		this.jdbc = jdbc;
		this.editions = editions;
		this.rubrics = rubrics;
		this.stages = stages;
		this.audit = audit;
	}

	/** How a candidate became a nominee. */
	public enum Origin {

		/** By the edition's shortlist settings. */
		AUTO,
		/** Added by the committee, with a reason. */
		ADDED

	}

	/**
	 * One nominee with its desk result (null score and rank when it has none at that
	 * level).
	 */
	public record Nominee(Level level, Category category, String scope, String code, String name, Origin origin,
			String reason, String addedBy, Instant addedAt, BigDecimal deskScore, Integer deskRank) {
	}

	/**
	 * A shortlist just made.
	 *
	 * @param tiedAtCutOff whether more than {@code top} entered because candidates share
	 * rank N
	 * @param interview false for a category without a jury aspect: ranked on the desk
	 * score only
	 */
	public record Made(List<Nominee> nominees, int top, double minDeskScore, boolean tiedAtCutOff, boolean interview) {
	}

	/**
	 * The current nominees of one level, category and scope, by desk rank (added ones
	 * without a rank last).
	 */
	public List<Nominee> nominees(int editionYear, Level level, Category category, String scope) {
		return select(" AND n.category = :c AND n.scope = :s",
				Map.of("l", level.name(), "c", category.name(), "s", scope), editionYear);
	}

	/**
	 * Every nominee of a level scope (a province code or {@code ID}), by category, rank
	 * and code.
	 */
	public List<Nominee> nomineesOf(int editionYear, String scope) {
		return select(" AND n.scope = :s", Map.of("l", Level.ofScope(scope).name(), "s", scope), editionYear).stream()
			.sorted(java.util.Comparator.comparing((Nominee n) -> n.category().ordinal()))
			.toList();
	}

	/** Every nominee of a level, of every category and scope, in one query. */
	public List<Nominee> nomineesAt(int editionYear, Level level) {
		return select("", Map.of("l", level.name()), editionYear);
	}

	/** The nominee of that level and category, if the candidate is one. */
	public Optional<Nominee> nominee(int editionYear, Level level, Category category, String code) {
		return select(" AND n.category = :c AND n.candidate_code = :code",
				Map.of("l", level.name(), "c", category.name(), "code", code), editionYear)
			.stream()
			.findFirst();
	}

	/**
	 * The nominees of a level among these candidates, of any category and scope (one
	 * query).
	 */
	public List<Nominee> nomineesAmong(int editionYear, Level level, java.util.Collection<String> codes) {
		return codes.isEmpty() ? List.of()
				: select(" AND n.candidate_code IN (:codes)", Map.of("l", level.name(), "codes", codes), editionYear);
	}

	/**
	 * Nominees of a level ({@code :l}) matching a condition, by desk rank (none last) and
	 * code.
	 */
	private List<Nominee> select(String condition, Map<String, Object> params, int editionYear) {
		return this.jdbc
			.sql("SELECT " + NOMINEE_COLUMNS + NOMINEE_FROM + " WHERE n.edition_year = :y AND n.score_level = :l"
					+ condition + " ORDER BY d.desk_rank NULLS LAST, n.candidate_code")
			.params(params)
			.param("y", editionYear)
			.query((rs, n) -> nominee(rs))
			.list();
	}

	/**
	 * Whether the category's rubric has a jury aspect: without one its nominees are not
	 * interviewed.
	 */
	public boolean interviewed(int editionYear, Category category) {
		return this.rubrics.rubric(editionYear, category).jury().isPresent();
	}

	/** The edition's shortlist settings of a category (top N, minimum desk score). */
	public Shortlist settings(int editionYear, Category category) {
		return this.rubrics.rubric(editionYear, category).shortlist();
	}

	/**
	 * Makes the shortlist, after checking the user runs the level (see {@link #makeAs}).
	 */
	@Transactional
	public Made make(SignedInUser user, int editionYear, Category category, String scope) {
		authorize(user, scope);
		return makeAs(user.getUsername(), editionYear, category, scope);
	}

	/**
	 * Makes the shortlist of a category in a level scope from the stored desk scores,
	 * replacing the earlier {@code AUTO} nominees and keeping the {@code ADDED} ones
	 * (audited). For a caller that has already decided the actor may (the demo edition).
	 * @throws InvalidInputException when the level's SELEKSI is not running
	 */
	@Transactional
	public Made makeAs(String actor, int editionYear, Category category, String scope) {
		requireSelection(editionYear, scope);
		Level level = Level.ofScope(scope);
		Shortlist settings = settings(editionYear, category);
		List<String> before = codes(editionYear, level, category, scope);
		Map<String, Object> keys = keys(editionYear, level, category, scope);
		this.jdbc
			.sql("DELETE FROM nominee WHERE edition_year = :y AND score_level = :l AND category = :c AND scope = :s"
					+ " AND origin = 'AUTO'")
			.params(keys)
			.update();
		List<String> selected = selection(keys, settings);
		if (!selected.isEmpty()) {
			this.jdbc
				.sql("INSERT INTO nominee (edition_year, score_level, category, scope, candidate_code, origin, added_by)"
						+ " SELECT edition_year, score_level, category, scope, candidate_code, 'AUTO', :by FROM desk_score"
						+ " WHERE edition_year = :y AND score_level = :l AND category = :c AND scope = :s"
						+ " AND candidate_code IN (:selected) AND candidate_code NOT IN (SELECT candidate_code FROM nominee"
						+ " WHERE edition_year = :y AND score_level = :l AND category = :c)")
				.params(keys)
				.param("by", actor)
				.param("selected", selected)
				.update();
		}
		List<Nominee> nominees = nominees(editionYear, level, category, scope);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("nominees", nominees.stream().map(Nominee::code).toList());
		after.put("top", settings.top());
		after.put("minDeskScore", settings.minDeskScore());
		this.audit.recordAs(actor, "SHORTLIST_MADE", "shortlist", id(editionYear, level, category, scope),
				Map.of("nominees", before), after);
		return new Made(nominees, settings.top(), settings.minDeskScore(), selected.size() > settings.top(),
				interviewed(editionYear, category));
	}

	/**
	 * Adds an eligible candidate of the scope to the shortlist with the committee's
	 * reason (audited).
	 * @throws InvalidInputException without a reason, for an unknown or ineligible
	 * candidate of the scope, a candidate already nominated, or outside SELEKSI
	 */
	@Transactional
	public Nominee add(SignedInUser user, int editionYear, Category category, String scope, String code,
			String reason) {
		authorize(user, scope);
		requireSelection(editionYear, scope);
		Level level = Level.ofScope(scope);
		String because = requireReason(reason);
		String candidate = (code == null) ? "" : code.strip();
		Leaderboards.Row row = this.jdbc
			.sql("SELECT eligible, scope FROM desk_score WHERE edition_year = :y AND score_level = :l AND category = :c"
					+ " AND candidate_code = :code")
			.param("y", editionYear)
			.param("l", level.name())
			.param("c", category.name())
			.param("code", candidate)
			.query((rs, n) -> new Leaderboards.Row(level, category, candidate, candidate, rs.getString("scope"),
					rs.getBoolean("eligible"), List.of(), null, null, Map.of()))
			.optional()
			.filter(r -> r.scope().equals(scope))
			.orElseThrow(() -> new InvalidInputException("candidate", "shortlist.error.unknownCandidate", candidate));
		if (!row.eligible()) {
			throw new InvalidInputException("candidate", "shortlist.error.notEligible", candidate);
		}
		if (nominee(editionYear, level, category, candidate).isPresent()) {
			throw new InvalidInputException("candidate", "shortlist.error.alreadyNominee", candidate);
		}
		this.jdbc
			.sql("INSERT INTO nominee (edition_year, score_level, category, scope, candidate_code, origin, reason,"
					+ " added_by) VALUES (:y, :l, :c, :s, :code, 'ADDED', :reason, :by)")
			.params(keys(editionYear, level, category, scope))
			.param("code", candidate)
			.param("reason", because)
			.param("by", user.getUsername())
			.update();
		Nominee added = nominee(editionYear, level, category, candidate).orElseThrow();
		this.audit.recordAs(user.getUsername(), "NOMINEE_ADDED", "nominee",
				id(editionYear, level, category, scope) + "/" + candidate, null,
				Map.of("candidate", candidate, "origin", Origin.ADDED.name(), "reason", because));
		return added;
	}

	/**
	 * Removes a nominee with the committee's reason; the audit log keeps the nominee as
	 * it was and the reason.
	 * @throws InvalidInputException without a reason or outside SELEKSI
	 * @throws NotFoundException when the candidate is not a nominee of that scope
	 */
	@Transactional
	public void remove(SignedInUser user, int editionYear, Category category, String scope, String code,
			String reason) {
		authorize(user, scope);
		requireSelection(editionYear, scope);
		Level level = Level.ofScope(scope);
		String because = requireReason(reason);
		Nominee nominee = nominee(editionYear, level, category, code).filter(n -> n.scope().equals(scope))
			.orElseThrow(() -> new NotFoundException("nominee " + code));
		this.jdbc
			.sql("DELETE FROM nominee WHERE edition_year = :y AND score_level = :l AND category = :c"
					+ " AND candidate_code = :code")
			.param("y", editionYear)
			.param("l", level.name())
			.param("c", category.name())
			.param("code", code)
			.update();
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("candidate", nominee.code());
		before.put("origin", nominee.origin().name());
		before.put("reason", nominee.reason());
		before.put("addedBy", nominee.addedBy());
		this.audit.recordAs(user.getUsername(), "NOMINEE_REMOVED", "nominee",
				id(editionYear, level, category, scope) + "/" + code, before,
				Map.of("removed", true, "reason", because));
	}

	/**
	 * Refuses (403) a user who does not run the level, then answers 404 for an unknown
	 * edition or province: the role and scope first, so nothing is revealed outside them.
	 */
	public void authorize(SignedInUser user, String scope) {
		if (!this.stages.runs(user, scope)) {
			throw new AccessDeniedException("shortlist of level " + scope + " is outside the user's role or scope");
		}
	}

	private void requireSelection(int editionYear, String scope) {
		this.editions.require(editionYear);
		this.stages.stagesOf(editionYear, scope);
		// a determined or closed level's shortlist is frozen with its results (DESIGN
		// §5.8)
		this.locks.requireOpen(editionYear, scope);
		if (!this.stages.running(editionYear, scope, Stage.SELEKSI)) {
			throw new InvalidInputException("stage", "shortlist.error.notSelection",
					this.stages.current(editionYear, scope).name());
		}
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "shortlist.error.reason");
		}
		if (reason.strip().length() > 1000) {
			throw new InvalidInputException("reason", "shortlist.error.reasonLength", 1000);
		}
		return reason.strip();
	}

	/**
	 * The codes of the candidates of a level, category and scope ({@code keys}) whose
	 * stored desk rank and score enter the shortlist by the engine's
	 * {@link ShortlistSelection}.
	 */
	private List<String> selection(Map<String, Object> keys, Shortlist settings) {
		List<String> selected = new ArrayList<>();
		this.jdbc
			.sql("SELECT candidate_code, desk_rank, desk_score FROM desk_score WHERE edition_year = :y"
					+ " AND score_level = :l AND category = :c AND scope = :s")
			.params(keys)
			.query((RowCallbackHandler) rs -> {
				int rank = rs.getInt("desk_rank");
				if (ShortlistSelection.enters(rs.wasNull() ? CategoryResult.NO_RANK : rank,
						rs.getBigDecimal("desk_score").doubleValue(), settings)) {
					selected.add(rs.getString("candidate_code"));
				}
			});
		return selected;
	}

	private List<String> codes(int editionYear, Level level, Category category, String scope) {
		return this.jdbc
			.sql("SELECT candidate_code FROM nominee WHERE edition_year = :y AND score_level = :l AND category = :c"
					+ " AND scope = :s ORDER BY candidate_code")
			.params(keys(editionYear, level, category, scope))
			.query(String.class)
			.list();
	}

	private static Map<String, Object> keys(int editionYear, Level level, Category category, String scope) {
		return Map.of("y", editionYear, "l", level.name(), "c", category.name(), "s", scope);
	}

	private static String id(int editionYear, Level level, Category category, String scope) {
		return editionYear + "/" + level + "/" + category + "/" + scope;
	}

	private static Nominee nominee(java.sql.ResultSet rs) throws java.sql.SQLException {
		int rank = rs.getInt("desk_rank");
		Integer deskRank = rs.wasNull() ? null : rank;
		return new Nominee(Level.valueOf(rs.getString("score_level")), Category.valueOf(rs.getString("category")),
				rs.getString("scope"), rs.getString("candidate_code"), rs.getString("candidate_name"),
				Origin.valueOf(rs.getString("origin")), rs.getString("reason"), rs.getString("added_by"),
				rs.getObject("added_at", OffsetDateTime.class).toInstant(), rs.getBigDecimal("desk_score"), deskRank);
	}

}
