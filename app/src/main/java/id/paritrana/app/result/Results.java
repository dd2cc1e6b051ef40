package id.paritrana.app.result;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.engine.award.Zone;
import id.paritrana.engine.data.SafeCsvWriter;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.rubric.Rubrics;
import id.paritrana.engine.score.CategoryResult;

/**
 * Reading determined results (DESIGN §5.8): the snapshots of an edition with their
 * revisions, their canonical rows, the juara 1–3 and zone awards of the current
 * revisions, and the verification of a snapshot's digest. No access rules here:
 * determined results are public once published, and callers decide what to show to whom.
 */
@Service
public class Results {

	private static final String SNAPSHOT = "SELECT id, edition_year, score_level, scope, revision, sha256, determined_by,"
			+ " determined_at, superseded, reason FROM result_snapshot";

	private final JdbcClient jdbc;

	Results(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every snapshot of an edition, all revisions: national level first, then provinces,
	 * by revision.
	 */
	public List<Snapshot> snapshots(int editionYear) {
		return this.jdbc.sql(SNAPSHOT + " WHERE edition_year = :y")
			.param("y", editionYear)
			.query(Results::snapshot)
			.list()
			.stream()
			.sorted(Comparator.comparing((Snapshot s) -> !s.scope().equals(Level.NATIONAL_SCOPE))
				.thenComparing(Snapshot::scope)
				.thenComparingInt(Snapshot::revision))
			.toList();
	}

	/** One snapshot by id. */
	public Optional<Snapshot> snapshot(long id) {
		return this.jdbc.sql(SNAPSHOT + " WHERE id = :id").param("id", id).query(Results::snapshot).optional();
	}

	/**
	 * The current (not superseded) revision of a level's snapshot, if the level is
	 * determined.
	 */
	public Optional<Snapshot> current(int editionYear, String scope) {
		return this.jdbc.sql(SNAPSHOT + " WHERE edition_year = :y AND scope = :s AND NOT superseded")
			.param("y", editionYear)
			.param("s", scope)
			.query(Results::snapshot)
			.optional();
	}

	/** Every revision of a level's snapshot, oldest first. */
	public List<Snapshot> revisions(int editionYear, String scope) {
		return this.jdbc.sql(SNAPSHOT + " WHERE edition_year = :y AND scope = :s ORDER BY revision")
			.param("y", editionYear)
			.param("s", scope)
			.query(Results::snapshot)
			.list();
	}

	/**
	 * The most recently determined current snapshot of any edition (what the public
	 * portal opens on).
	 */
	public Optional<Snapshot> latestDetermined() {
		return this.jdbc.sql(SNAPSHOT + " WHERE NOT superseded ORDER BY determined_at DESC, id DESC")
			.query(Results::snapshot)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * The canonical rows of a snapshot in results.csv order (DESIGN §7.1).
	 * @throws NotFoundException when there is no such snapshot
	 */
	public List<ResultRow> rows(long snapshotId) {
		Snapshot snapshot = require(snapshotId);
		return this.jdbc
			.sql("SELECT category, candidate_code, candidate_name, eligible, flags, desk_score, desk_rank, jury_score,"
					+ " final_score, final_rank, aspect_scores, indicator_scores FROM result_row WHERE snapshot_id = :id ORDER BY position")
			.param("id", snapshotId)
			.query((rs, n) -> row(snapshot, rs))
			.list();
	}

	/**
	 * One candidate's row of a snapshot, if the snapshot has it.
	 * @throws NotFoundException when there is no such snapshot
	 */
	public Optional<ResultRow> row(long snapshotId, Category category, String candidateCode) {
		Snapshot snapshot = require(snapshotId);
		return this.jdbc
			.sql("SELECT category, candidate_code, candidate_name, eligible, flags, desk_score, desk_rank, jury_score,"
					+ " final_score, final_rank, aspect_scores, indicator_scores FROM result_row"
					+ " WHERE snapshot_id = :id AND category = :category AND candidate_code = :code")
			.param("id", snapshotId)
			.param("category", category.name())
			.param("code", candidateCode)
			.query((rs, n) -> row(snapshot, rs))
			.optional();
	}

	/**
	 * The results of a snapshot as a results.csv file to download (DESIGN §7.1): the
	 * canonical rows through the shared safe CSV writer, so a name starting like a
	 * spreadsheet formula is written as text (the digest is of the canonical form, not of
	 * this file).
	 */
	public String resultsCsv(long snapshotId) {
		StringWriter text = new StringWriter();
		try (SafeCsvWriter csv = SafeCsvWriter.to(text, SafeCsvWriter.LineEnding.LF)) {
			csv.record(CanonicalForm.RESULTS_HEADER.split(","));
			for (ResultRow row : rows(snapshotId)) {
				csv.record(CanonicalForm.resultsFields(row));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	/**
	 * The juara 1–3 of every category and level scope of the edition's current snapshots:
	 * by level (provincial first), scope, category in §4 order, place, candidate code.
	 */
	public List<Winner> winners(int editionYear) {
		List<Winner> winners = this.jdbc
			.sql("SELECT s.id, s.score_level, s.scope, r.category, r.final_rank, r.candidate_code, r.candidate_name,"
					+ " r.final_score FROM result_row r JOIN result_snapshot s ON s.id = r.snapshot_id"
					+ " WHERE s.edition_year = :y AND NOT s.superseded AND r.final_rank BETWEEN 1 AND :places")
			.param("y", editionYear)
			.param("places", CategoryResult.JUARA_PLACES)
			.query((rs, n) -> new Winner(rs.getLong("id"), editionYear, Level.valueOf(rs.getString("score_level")),
					rs.getString("scope"), Category.valueOf(rs.getString("category")), rs.getInt("final_rank"),
					rs.getString("candidate_code"), rs.getString("candidate_name"), rs.getBigDecimal("final_score")))
			.list();
		return winners.stream()
			.sorted(Comparator.comparing(Winner::level)
				.thenComparing(Winner::scope)
				.thenComparing(Winner::category)
				.thenComparingInt(Winner::place)
				.thenComparing(Winner::candidateCode))
			.toList();
	}

	/**
	 * The zone awards of the edition's current national snapshot, zones in §5.6 order.
	 */
	public List<ZoneWinner> zoneAwards(int editionYear) {
		return current(editionYear, Level.NATIONAL_SCOPE).map(s -> zoneAwards(s.id())).orElse(List.of());
	}

	List<ZoneWinner> zoneAwards(long snapshotId) {
		Snapshot snapshot = require(snapshotId);
		return this.jdbc
			.sql("SELECT zone, candidate_code, candidate_name, aspect_score FROM result_zone_award"
					+ " WHERE snapshot_id = :id")
			.param("id", snapshotId)
			.query((rs, n) -> new ZoneWinner(snapshotId, snapshot.editionYear(), Zone.valueOf(rs.getString("zone")),
					rs.getString("candidate_code"), rs.getString("candidate_name"), rs.getBigDecimal("aspect_score")))
			.list()
			.stream()
			.sorted(Comparator.comparing(ZoneWinner::zone).thenComparing(ZoneWinner::candidateCode))
			.toList();
	}

	/**
	 * What a snapshot was computed from: rubrics, data set versions and jury scores, by
	 * kind and name.
	 */
	public List<SnapshotInput> inputs(long snapshotId) {
		return this.jdbc.sql("SELECT kind, name, version, sha256, content FROM result_input WHERE snapshot_id = :id")
			.param("id", snapshotId)
			.query((rs, n) -> new SnapshotInput(rs.getString("kind"), rs.getString("name"), rs.getInt("version"),
					rs.getString("sha256"), rs.getString("content")))
			.list()
			.stream()
			.sorted(Comparator.comparing(SnapshotInput::kind).thenComparing(SnapshotInput::name))
			.toList();
	}

	/**
	 * The rubric of a category as the snapshot kept it (its YAML, parsed by the engine);
	 * empty when the snapshot kept none for that category.
	 */
	public Optional<Rubric> rubric(long snapshotId, Category category) {
		return inputs(snapshotId).stream()
			.filter(i -> i.kind().equals("RUBRIC") && i.name().equals(category.name()) && i.content() != null)
			.findFirst()
			.map(i -> Rubrics.parse(category.name() + " v" + i.version(), i.content()));
	}

	/**
	 * Recomputes the SHA-256 of a snapshot from its stored parts and compares it with the
	 * digest stored when it was determined: any change to a row, an input or the zone
	 * awards shows.
	 */
	public Verification verify(long snapshotId) {
		Snapshot snapshot = require(snapshotId);
		List<CanonicalForm.Input> inputs = inputs(snapshotId).stream()
			.map(i -> new CanonicalForm.Input(i.kind(), i.name(), i.version(), i.sha256()))
			.toList();
		boolean contentsMatch = inputs(snapshotId).stream()
			.allMatch(i -> i.content() == null || CanonicalForm.sha256(i.content()).equals(i.sha256()));
		String recomputed = CanonicalForm
			.sha256(new CanonicalForm.Parts(snapshot, rows(snapshotId), inputs, zoneAwards(snapshotId)));
		return new Verification(snapshot.id(), snapshot.sha256(), recomputed,
				contentsMatch && recomputed.equals(snapshot.sha256()));
	}

	/**
	 * A snapshot's stored digest, the digest recomputed from its stored parts, and
	 * whether all match.
	 */
	public record Verification(long snapshotId, String storedSha256, String recomputedSha256, boolean valid) {
	}

	/**
	 * One input of a snapshot: a category's rubric ({@code RUBRIC}, its YAML as content),
	 * a data set version ({@code DATASET}, the digest of its imported file) or the jury
	 * scores ({@code JURY}, their canonical CSV as content, in the jury-scores.csv format
	 * of DESIGN §6).
	 */
	public record SnapshotInput(String kind, String name, int version, String sha256, String content) {
	}

	Snapshot require(long snapshotId) {
		return snapshot(snapshotId).orElseThrow(() -> new NotFoundException("snapshot " + snapshotId));
	}

	private static Snapshot snapshot(ResultSet rs, int row) throws SQLException {
		return new Snapshot(rs.getLong("id"), rs.getInt("edition_year"), Level.valueOf(rs.getString("score_level")),
				rs.getString("scope"), rs.getInt("revision"), rs.getString("sha256"), rs.getString("determined_by"),
				rs.getObject("determined_at", OffsetDateTime.class).toInstant(), rs.getBoolean("superseded"),
				rs.getString("reason"));
	}

	private static ResultRow row(Snapshot snapshot, ResultSet rs) throws SQLException {
		String flags = rs.getString("flags");
		return new ResultRow(snapshot.level(), snapshot.scope(), Category.valueOf(rs.getString("category")),
				rs.getString("candidate_code"), rs.getString("candidate_name"), rs.getBoolean("eligible"),
				flags.isEmpty() ? List.of() : Arrays.asList(flags.split(";")), rs.getBigDecimal("desk_score"),
				(Integer) rs.getObject("desk_rank", Integer.class), rs.getBigDecimal("jury_score"),
				rs.getBigDecimal("final_score"), (Integer) rs.getObject("final_rank", Integer.class),
				DeskScores.scores(rs.getString("aspect_scores")), indicators(rs.getString("indicator_scores")));
	}

	/** Indicator scores stored as JSON like the aspect scores; null when not recorded. */
	static Map<String, BigDecimal> indicators(String json) {
		return (json == null) ? null : DeskScores.scores(json);
	}

	static String aspectsJson(Map<String, BigDecimal> aspects) {
		return DeskScores.scoresJson(aspects);
	}

}
