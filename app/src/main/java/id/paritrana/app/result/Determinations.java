package id.paritrana.app.result;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.dataset.DatasetVersions;
import id.paritrana.app.dataset.StoredMeasures;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.LevelLocks;
import id.paritrana.app.edition.PreconditionsRefusedException;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.StagePreconditions;
import id.paritrana.app.edition.StageState;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.jury.JuryScoring;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.TextLimits;
import id.paritrana.engine.award.Promotion;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;
import id.paritrana.engine.score.InvalidJuryScoresException;
import id.paritrana.engine.score.JuryProblem;
import id.paritrana.engine.score.JuryScores;
import id.paritrana.engine.score.Scorer;

/**
 * Final results and their determination (DESIGN §3 PENETAPAN, §5.3–§5.8). The final
 * results of a level scope score each category's candidates there with the edition's
 * rubric and the SUBMITTED jury scores of that level: at a province's level the
 * candidates of the province (the same as its desk scores), at the national level every
 * provincial government and the juara 1 each determined province promoted. Determining
 * freezes them into a snapshot with its SHA-256, locks the level and, for a province,
 * promotes its juara 1 of each category to the national level. A correction is a new
 * numbered revision with a reason.
 */
@Service
public class Determinations {

	/** The jury-scores.csv header of DESIGN §6. */
	static final String JURY_HEADER = "level,category,candidate_code,juror_id,criterion,score";

	private static final Logger log = LoggerFactory.getLogger(Determinations.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Editions editions;

	private final EditionRubrics rubrics;

	private final StoredMeasures measures;

	private final DatasetVersions datasetVersions;

	private final Stages stages;

	private final LevelLocks locks;

	private final ApplicationEventPublisher events;

	private final Results results;

	private final JuryScoring scoring;

	private final AuditLog audit;

	Determinations(JdbcClient jdbc, JdbcTemplate batch, Editions editions, EditionRubrics rubrics,
			StoredMeasures measures, DatasetVersions datasetVersions, Stages stages, LevelLocks locks,
			ApplicationEventPublisher events, Results results, JuryScoring scoring, AuditLog audit) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.editions = editions;
		this.rubrics = rubrics;
		this.measures = measures;
		this.datasetVersions = datasetVersions;
		this.stages = stages;
		this.locks = locks;
		this.events = events;
		this.results = results;
		this.scoring = scoring;
		this.audit = audit;
	}

	/**
	 * The final results of a level scope as they stand now, for whoever runs that level.
	 * @throws AccessDeniedException outside the user's role or province
	 */
	public LevelResults preview(SignedInUser user, int editionYear, String scope) {
		authorize(user, scope);
		this.stages.stagesOf(editionYear, scope);
		return compute(editionYear, scope);
	}

	/**
	 * Determines a level (its {@link Stage#PENETAPAN} running): freezes its final results
	 * into snapshot revision 1, locks it, and for a province promotes its winners. The
	 * provincial committee determines its own province; the national secretariat any
	 * level.
	 */
	@Transactional
	public Snapshot determine(SignedInUser user, int editionYear, String scope) {
		return determine(user, editionYear, scope, null);
	}

	/**
	 * As {@link #determine(SignedInUser, int, String)}; blocking preconditions (a nominee
	 * with fewer submitted sheets than the minimum of jurors) refuse it unless the
	 * national secretariat overrides them with a reason, audited with the preconditions
	 * it overrode.
	 * @throws PreconditionsRefusedException blocking preconditions and no override reason
	 */
	@Transactional
	public Snapshot determine(SignedInUser user, int editionYear, String scope, String overrideReason) {
		authorize(user, scope);
		this.stages.stagesOf(editionYear, scope);
		return determineAs(user.getUsername(), user.hasRole(Role.ADMIN_NASIONAL), editionYear, scope, overrideReason);
	}

	/**
	 * As {@link #determine}, by an actor outside a request (the demo edition, the command
	 * line); blocking preconditions still refuse it.
	 */
	@Transactional
	public Snapshot determineAs(String actor, int editionYear, String scope) {
		return determineAs(actor, editionYear, scope, null);
	}

	/**
	 * As {@link #determineAs(String, int, String)} with the national secretariat's
	 * override of blocking preconditions, for a system actor acting on its behalf;
	 * audited with the reason.
	 */
	@Transactional
	public Snapshot determineAs(String actor, int editionYear, String scope, String overrideReason) {
		return determineAs(actor, true, editionYear, scope, overrideReason);
	}

	private Snapshot determineAs(String actor, boolean mayOverride, int editionYear, String scope,
			String overrideReason) {
		this.editions.require(editionYear);
		if (this.results.current(editionYear, scope).isPresent()) {
			throw new InvalidInputException("level", "result.error.alreadyDetermined", scope);
		}
		StageState penetapan = this.stages.stages(editionYear, scope).get(Stage.PENETAPAN.ordinal()).state();
		if (penetapan != StageState.BERJALAN) {
			throw new InvalidInputException("stage", "result.error.notPenetapan", scope);
		}
		this.locks.requireOpen(editionYear, scope);
		Map<String, Object> checked = Stages.guard(mayOverride,
				this.stages.preconditions(editionYear, scope, StagePreconditions.determination()), overrideReason);
		long started = System.nanoTime();
		LevelResults computed = compute(editionYear, scope);
		long scored = System.nanoTime();
		Snapshot snapshot = freeze(actor, computed, 1, null);
		this.locks.markDetermined(actor, editionYear, scope);
		Map<String, Object> after = new LinkedHashMap<>(describe(snapshot, computed));
		after.putAll(checked);
		this.audit.recordAs(actor, "RESULTS_DETERMINED", "result_snapshot", Long.toString(snapshot.id()), null, after);
		this.events.publishEvent(new LevelDetermined(editionYear, scope, snapshot.id(), snapshot.revision(),
				promote(actor, snapshot, computed), actor));
		log.info("Level {} of edition {} determined by {}: {} rows, scored in {} ms, frozen and promoted in {} ms",
				scope, editionYear, actor, computed.rows().size(), (scored - started) / 1_000_000,
				(System.nanoTime() - scored) / 1_000_000);
		return snapshot;
	}

	/**
	 * Corrects a determined level: its final results computed again (from the jury scores
	 * and measures as they are now) and frozen as the next revision with the reason; the
	 * revision before is kept, marked superseded. Only the national secretariat revises
	 * (audited).
	 */
	@Transactional
	public Snapshot revise(SignedInUser user, int editionYear, String scope, String reason) {
		if (!user.hasRole(Role.ADMIN_NASIONAL)) {
			throw new AccessDeniedException("revising determined results needs ADMIN_NASIONAL");
		}
		this.stages.stagesOf(editionYear, scope);
		Snapshot before = this.results.current(editionYear, scope)
			.orElseThrow(() -> new InvalidInputException("level", "result.error.notDetermined", scope));
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "result.error.reason");
		}
		TextLimits.require("reason", reason, TextLimits.DECISION_REASON);
		LevelResults computed = compute(editionYear, scope);
		this.jdbc.sql("UPDATE result_snapshot SET superseded = TRUE WHERE id = :id").param("id", before.id()).update();
		Snapshot snapshot = freeze(user.getUsername(), computed, before.revision() + 1, reason.strip());
		Map<String, Object> after = new LinkedHashMap<>(describe(snapshot, computed));
		after.put("reason", reason.strip());
		this.audit.recordAs(user.getUsername(), "RESULTS_REVISED", "result_snapshot", Long.toString(snapshot.id()),
				Map.of("snapshot", before.id(), "revision", before.revision(), "sha256", before.sha256()), after);
		this.events.publishEvent(new LevelDetermined(editionYear, scope, snapshot.id(), snapshot.revision(),
				promote(user.getUsername(), snapshot, computed), user.getUsername()));
		return snapshot;
	}

	/**
	 * The engine result of one category of a level scope on its final ranks, for decision
	 * support (DESIGN §5.9): for a determined level, re-scored from what its current
	 * snapshot kept — the rubric YAML, the jury scores and the candidates of its rows,
	 * with their stored measures — else the final results as they stand now, with the
	 * SUBMITTED jury scores. No access rules here: callers check that the user runs the
	 * level.
	 * @throws InvalidInputException for a category not assessed at that level
	 */
	public FinalResult finalResult(int editionYear, String scope, Category category) {
		this.editions.require(editionYear);
		Level level = Level.ofScope(scope);
		if (!category.assessedAt(level)) {
			throw new InvalidInputException("kategori", "report.robustness.category", category.name());
		}
		Optional<Snapshot> snapshot = this.results.current(editionYear, scope);
		if (snapshot.isEmpty()) {
			Set<String> promoted = (level == Level.NASIONAL) ? promoted(editionYear).getOrDefault(category, Set.of())
					: Set.of();
			boolean all = level == Level.PROVINSI || category.entryLevel() == level;
			CandidateTable table = table(editionYear, level, scope, category, code -> all || promoted.contains(code));
			JuryScores jury = juryScores(editionYear, level, scope, category, table, new CanonicalForm.Lines());
			return new FinalResult(score(this.rubrics.rubric(editionYear, category), level, table, jury),
					Optional.empty());
		}
		long id = snapshot.get().id();
		Set<String> codes = new HashSet<>();
		this.results.rows(id).stream().filter(r -> r.category() == category).forEach(r -> codes.add(r.candidateCode()));
		CandidateTable table = table(editionYear, level, scope, category, codes::contains);
		Rubric rubric = this.results.rubric(id, category).orElseGet(() -> this.rubrics.rubric(editionYear, category));
		JuryScores jury = new JuryScores();
		this.results.inputs(id)
			.stream()
			.filter(i -> i.kind().equals("JURY") && i.content() != null)
			.flatMap(i -> CanonicalForm.records(i.content()).stream())
			.filter(f -> f.size() == 6 && f.get(1).equals(category.name()) && table.indexOf(f.get(2)).isPresent())
			.forEach(f -> jury.add(f.get(2), f.get(3), f.get(4), Integer.parseInt(f.get(5))));
		return new FinalResult(score(rubric, level, table, jury), snapshot);
	}

	/**
	 * A category's engine result on final ranks and, for a determined level, the snapshot
	 * it was re-scored from (empty: the current results).
	 */
	public record FinalResult(CategoryResult result, Optional<Snapshot> snapshot) {
	}

	/**
	 * The candidates of one category of a level scope whose code is included, with their
	 * stored measures.
	 */
	private CandidateTable table(int editionYear, Level level, String scope, Category category,
			java.util.function.Predicate<String> included) {
		CandidateTable.Builder builder = CandidateTable.builder(category);
		this.measures.forEach(editionYear, Optional.of(category),
				(level == Level.NASIONAL) ? Optional.empty() : Optional.of(scope), candidate -> {
					if (included.test(candidate.code())) {
						StoredMeasures.addTo(builder, candidate, scope);
					}
				});
		return builder.build();
	}

	/** Scores a category, jury scores the engine rejects as problems of the input. */
	private static CategoryResult score(Rubric rubric, Level level, CandidateTable table, JuryScores jury) {
		try {
			return Scorer.score(rubric, level, table, jury);
		}
		catch (InvalidJuryScoresException ex) {
			throw new InvalidInputException(ex.problems()
				.stream()
				.map(p -> new InvalidInputException.Problem("jury", "result.error.jury", rubric.category().name(),
						describe(p)))
				.toList());
		}
	}

	/**
	 * The ties at juara places of a level's results, with each category's tie-break order
	 * of the edition's rubric.
	 */
	public List<JuaraTies.Tie> ties(LevelResults results) {
		return JuaraTies.of(results.rows(), c -> this.rubrics.rubric(results.editionYear(), c).tieBreak());
	}

	/** The national candidates promoted so far, per category (DESIGN §5.6). */
	public Map<Category, Set<String>> promoted(int editionYear) {
		Map<Category, Set<String>> promoted = new EnumMap<>(Category.class);
		this.jdbc.sql("SELECT category, candidate_code FROM promotion WHERE edition_year = :y")
			.param("y", editionYear)
			.query((rs, n) -> Map.entry(Category.valueOf(rs.getString("category")), rs.getString("candidate_code")))
			.list()
			.forEach(e -> promoted.computeIfAbsent(e.getKey(), c -> new TreeSet<>()).add(e.getValue()));
		return promoted;
	}

	/**
	 * The committee of a province runs its level; the national secretariat every level.
	 */
	private void authorize(SignedInUser user, String scope) {
		if (!this.stages.runs(user, scope)) {
			throw new AccessDeniedException("results of level " + scope + " are outside the user's role or scope");
		}
	}

	/** The final results of a level scope, computed now. */
	LevelResults compute(int editionYear, String scope) {
		this.editions.require(editionYear);
		Level level = Level.ofScope(scope);
		Map<Category, CandidateTable.Builder> builders = new EnumMap<>(Category.class);
		for (Category category : Category.values()) {
			if (category.assessedAt(level)) {
				builders.put(category, CandidateTable.builder(category));
			}
		}
		Map<Category, Set<String>> promoted = (level == Level.NASIONAL) ? promoted(editionYear) : Map.of();
		Optional<String> province = (level == Level.NASIONAL) ? Optional.empty() : Optional.of(scope);
		this.measures.forEach(editionYear, Optional.empty(), province, candidate -> {
			CandidateTable.Builder builder = builders.get(candidate.category());
			if (builder == null) {
				return;
			}
			boolean included = (level == Level.PROVINSI) || candidate.category().entryLevel() == level
					|| promoted.getOrDefault(candidate.category(), Set.of()).contains(candidate.code());
			if (included) {
				StoredMeasures.addTo(builder, candidate, scope);
			}
		});
		List<ResultRow> rows = new ArrayList<>();
		List<ZoneWinner> zones = new ArrayList<>();
		CanonicalForm.Lines juryCsv = new CanonicalForm.Lines().add(JURY_HEADER.split(","));
		for (Map.Entry<Category, CandidateTable.Builder> entry : builders.entrySet()) {
			Category category = entry.getKey();
			CandidateTable table = entry.getValue().build();
			JuryScores jury = juryScores(editionYear, level, scope, category, table, juryCsv);
			CategoryResult result = score(this.rubrics.rubric(editionYear, category), level, table, jury);
			rows.addAll(LevelResults.rows(result));
			if (level == Level.NASIONAL && category == Category.PEMPROV && result.size() > 0) {
				zones.addAll(LevelResults.zoneAwards(editionYear, result));
			}
		}
		return new LevelResults(editionYear, level, scope, rows, zones, juryCsv.text());
	}

	private static String describe(JuryProblem p) {
		return p.toString();
	}

	/**
	 * The SUBMITTED jury scores of one category at one level for the candidates of the
	 * table (DESIGN §5.5), also appended to the canonical jury CSV in a fixed order.
	 */
	private JuryScores juryScores(int editionYear, Level level, String scope, Category category, CandidateTable table,
			CanonicalForm.Lines csv) {
		JuryScores jury = new JuryScores();
		for (JuryScoring.SubmittedMark s : this.scoring.submittedMarks(editionYear, level, category, scope)) {
			if (table.indexOf(s.candidate()).isEmpty()) {
				continue;
			}
			jury.add(s.candidate(), s.juror(), s.criterion(), s.score());
			csv.add(level.name(), category.name(), s.candidate(), s.juror(), s.criterion(),
					Integer.toString(s.score()));
		}
		return jury;
	}

	/** Stores the results as a snapshot revision with its inputs and digest. */
	private Snapshot freeze(String actor, LevelResults computed, int revision, String reason) {
		int year = computed.editionYear();
		List<CanonicalForm.Input> inputs = new ArrayList<>();
		Map<CanonicalForm.Input, String> contents = new LinkedHashMap<>();
		for (Category category : computed.categories()) {
			String yaml = this.rubrics.yaml(year, category);
			CanonicalForm.Input input = new CanonicalForm.Input("RUBRIC", category.name(),
					this.rubrics.version(year, category), CanonicalForm.sha256(yaml));
			inputs.add(input);
			contents.put(input, yaml);
		}
		List<Long> used = this.measures.run(year).map(StoredMeasures.MeasureRun::datasetVersionIds).orElse(List.of());
		this.datasetVersions.versions(used)
			.forEach(v -> inputs.add(new CanonicalForm.Input("DATASET", v.dataset(), v.version(), v.sha256())));
		CanonicalForm.Input jury = new CanonicalForm.Input("JURY", "jury-scores", 1,
				CanonicalForm.sha256(computed.jury()));
		inputs.add(jury);
		contents.put(jury, computed.jury());
		inputs.sort(Comparator.comparing(CanonicalForm.Input::kind).thenComparing(CanonicalForm.Input::name));

		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Snapshot unsaved = new Snapshot(0, year, computed.level(), computed.scope(), revision, "", actor, at, false,
				reason);
		String sha256 = CanonicalForm
			.sha256(new CanonicalForm.Parts(unsaved, computed.rows(), inputs, computed.zoneAwards()));
		try {
			this.jdbc
				.sql("INSERT INTO result_snapshot (edition_year, score_level, scope, revision, sha256, determined_by,"
						+ " determined_at, reason) VALUES (:y, :l, :s, :r, :sha, :by, :at, :reason)")
				.param("y", year)
				.param("l", computed.level().name())
				.param("s", computed.scope())
				.param("r", revision)
				.param("sha", sha256)
				.param("by", actor)
				.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
				.param("reason", reason)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// someone determined or revised the same level at the same moment: theirs
			// stands
			throw new InvalidInputException("level", "result.error.alreadyDetermined", computed.scope());
		}
		long id = this.jdbc
			.sql("SELECT id FROM result_snapshot WHERE edition_year = :y AND scope = :s AND revision = :r")
			.param("y", year)
			.param("s", computed.scope())
			.param("r", revision)
			.query(Long.class)
			.single();
		storeRows(id, computed.rows());
		for (CanonicalForm.Input input : inputs) {
			this.jdbc
				.sql("INSERT INTO result_input (snapshot_id, kind, name, version, sha256, content)"
						+ " VALUES (:id, :k, :n, :v, :sha, :c)")
				.param("id", id)
				.param("k", input.kind())
				.param("n", input.name())
				.param("v", input.version())
				.param("sha", input.sha256())
				.param("c", contents.get(input))
				.update();
		}
		for (ZoneWinner z : computed.zoneAwards()) {
			this.jdbc
				.sql("INSERT INTO result_zone_award (snapshot_id, zone, candidate_code, candidate_name, aspect_score)"
						+ " VALUES (:id, :z, :code, :name, :score)")
				.param("id", id)
				.param("z", z.zone().name())
				.param("code", z.candidateCode())
				.param("name", z.candidateName())
				.param("score", z.aspectScore())
				.update();
		}
		return this.results.require(id);
	}

	private void storeRows(long snapshotId, List<ResultRow> rows) {
		this.batch.batchUpdate(
				"INSERT INTO result_row (snapshot_id, position, category, candidate_code, candidate_name,"
						+ " eligible, flags, desk_score, desk_rank, jury_score, final_score, final_rank, aspect_scores,"
						+ " indicator_scores) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						ResultRow row = rows.get(i);
						ps.setLong(1, snapshotId);
						ps.setInt(2, i);
						ps.setString(3, row.category().name());
						ps.setString(4, row.candidateCode());
						ps.setString(5, row.candidateName());
						ps.setBoolean(6, row.eligible());
						ps.setString(7, String.join(";", row.flags()));
						ps.setBigDecimal(8, row.deskScore());
						setInt(ps, 9, row.deskRank());
						ps.setBigDecimal(10, row.juryScore());
						ps.setBigDecimal(11, row.finalScore());
						setInt(ps, 12, row.finalRank());
						ps.setString(13, Results.aspectsJson(row.aspectScores()));
						ps.setString(14, row.hasIndicatorScores() ? Results.aspectsJson(row.indicatorScores()) : null);
					}

					@Override
					public int getBatchSize() {
						return rows.size();
					}

				});
	}

	private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.INTEGER);
		}
		else {
			ps.setInt(index, value);
		}
	}

	/**
	 * A province's determination (or revision) promotes its juara 1 of each category (as
	 * the engine's {@link Promotion} decides: all of them on a shared first place) to the
	 * national level, replacing what the province promoted before, while the national
	 * level is open. The promotion is part of the determination; the national desk scores
	 * of the categories it changed, returned, follow it ({@link LevelDetermined},
	 * {@link PromotedWinners}).
	 */
	private Set<Category> promote(String actor, Snapshot snapshot, LevelResults computed) {
		if (snapshot.level() != Level.PROVINSI) {
			return Set.of();
		}
		int year = snapshot.editionYear();
		Map<Category, Set<String>> before = promoted(year);
		Map<Category, List<String>> winners = new TreeMap<>();
		for (ResultRow row : computed.rows()) {
			if (row.finalRank() != null && Promotion.promotes(row.finalRank())) {
				winners.computeIfAbsent(row.category(), c -> new ArrayList<>()).add(row.candidateCode());
			}
		}
		if (this.locks.lock(year, Level.NATIONAL_SCOPE).isPresent()) {
			// the national level is determined: its candidates stay as they were
			// determined
			return Set.of();
		}
		this.jdbc.sql("DELETE FROM promotion WHERE edition_year = :y AND province = :p")
			.param("y", year)
			.param("p", snapshot.scope())
			.update();
		winners.forEach((category,
				codes) -> codes.forEach(code -> this.jdbc
					.sql("INSERT INTO promotion (edition_year, category, candidate_code, province, snapshot_id)"
							+ " VALUES (:y, :c, :code, :p, :id)")
					.param("y", year)
					.param("c", category.name())
					.param("code", code)
					.param("p", snapshot.scope())
					.param("id", snapshot.id())
					.update()));
		Map<Category, Set<String>> after = promoted(year);
		Set<Category> changed = new TreeSet<>(before.keySet());
		changed.addAll(after.keySet());
		changed.removeIf(
				category -> before.getOrDefault(category, Set.of()).equals(after.getOrDefault(category, Set.of())));
		this.audit.recordAs(actor, "WINNERS_PROMOTED", "promotion", year + "/" + snapshot.scope(), null,
				Map.of("snapshot", snapshot.id(), "promoted", winners));
		return changed;
	}

	private static Map<String, Object> describe(Snapshot snapshot, LevelResults computed) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("level", snapshot.level().name());
		after.put("scope", snapshot.scope());
		after.put("revision", snapshot.revision());
		after.put("sha256", snapshot.sha256());
		after.put("rows", computed.rows().size());
		return after;
	}

}
