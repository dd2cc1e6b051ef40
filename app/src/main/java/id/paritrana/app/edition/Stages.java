package id.paritrana.app.edition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.engine.rubric.Level;
import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.region.AreaLevel;
import id.paritrana.app.region.Areas;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.app.system.TextLimits;

/**
 * The stage state machine of each level of an edition (DESIGN §3): the national level
 * ({@code ID}, run by the national secretariat) and each province's level (its code, run
 * by its committee). Stages run one after another: at most one is
 * {@link StageState#BERJALAN}, those before it are done. Moving backwards needs
 * {@code ADMIN_NASIONAL} and a reason; every change is audited with the states before and
 * after.
 */
@Service
public class Stages {

	/** The level scope of the national level. */
	public static final String NATIONAL = Level.NATIONAL_SCOPE;

	private final JdbcClient jdbc;

	private final Areas areas;

	private final AuditLog audit;

	// asked lazily: the modules that find incomplete work depend on the stages themselves
	private final ObjectProvider<StageFindings> findings;

	private final StageMessages messages;

	Stages(JdbcClient jdbc, Areas areas, AuditLog audit, ObjectProvider<StageFindings> findings,
			StageMessages messages) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.areas = areas;
		this.audit = audit;
		this.findings = findings;
	}

	/**
	 * The stage a level is in: the first stage that is not done (running, or next to
	 * start); the last stage once every stage is done. A level whose stages were never
	 * touched is in {@link Stage#SOSIALISASI}.
	 */
	public Stage current(int editionYear, String levelScope) {
		return new LevelStages(read(editionYear, levelScope)).current();
	}

	/**
	 * The seven stages of a level, in order; all {@link StageState#BELUM} for a level not
	 * yet run.
	 */
	public List<StageStatus> stages(int editionYear, String levelScope) {
		return read(editionYear, levelScope);
	}

	/** The stages of a level that exists, for a user who may see it; 404 otherwise. */
	public List<StageStatus> stagesOf(int editionYear, String levelScope) {
		requireLevel(editionYear, levelScope);
		return read(editionYear, levelScope);
	}

	/**
	 * Whether the user runs that level: the national secretariat, or the province's
	 * committee.
	 */
	public boolean runs(SignedInUser user, String levelScope) {
		return user.hasRole(Role.ADMIN_NASIONAL) || (!levelScope.equals(NATIONAL) && user.hasRole(Role.PANITIA_PROVINSI)
				&& user.scope().coversProvince(levelScope));
	}

	private List<StageStatus> read(int editionYear, String levelScope) {
		return readAll(editionYear, " AND level_scope = :scope", levelScope).getOrDefault(levelScope,
				LevelStages.notStarted().stages());
	}

	/**
	 * The seven stages of every level of an edition that has been run or planned, by
	 * scope, in one query (for the edition's progress page).
	 */
	public Map<String, List<StageStatus>> stagesOfEveryLevel(int editionYear) {
		return readAll(editionYear, "", null);
	}

	private Map<String, List<StageStatus>> readAll(int editionYear, String condition, String levelScope) {
		Map<String, List<StageStatus>> levels = new java.util.HashMap<>();
		this.jdbc
			.sql("SELECT level_scope, stage, planned_start, planned_end, state FROM edition_stage"
					+ " WHERE edition_year = :year" + condition)
			.param("year", editionYear)
			.param("scope", levelScope)
			.query((rs, row) -> {
				StageStatus status = new StageStatus(Stage.valueOf(rs.getString("stage")),
						rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_end", LocalDate.class),
						StageState.valueOf(rs.getString("state")));
				levels
					.computeIfAbsent(rs.getString("level_scope"),
							scope -> new ArrayList<>(LevelStages.notStarted().stages()))
					.set(status.stage().ordinal(), status);
				return status;
			})
			.list();
		return levels;
	}

	/** A level whose stage runs, with the end planned for that stage. */
	public record PlannedEnd(int editionYear, String levelScope, LocalDate plannedEnd) {
	}

	/**
	 * The levels of every edition where that stage runs and has a planned end, in one
	 * query (for the reminders before it ends).
	 */
	public List<PlannedEnd> runningWithPlannedEnd(Stage stage) {
		return this.jdbc
			.sql("SELECT edition_year, level_scope, planned_end FROM edition_stage WHERE stage = :stage"
					+ " AND state = 'BERJALAN' AND planned_end IS NOT NULL ORDER BY edition_year, level_scope")
			.param("stage", stage.name())
			.query((rs, row) -> new PlannedEnd(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.list();
	}

	/**
	 * Whether {@link Stage#SELEKSI} has started on any level of the edition, which locks
	 * its rubrics.
	 */
	public boolean selectionStarted(int editionYear) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM edition_stage WHERE edition_year = :year AND position >= :seleksi"
					+ " AND state <> 'BELUM'")
			.param("year", editionYear)
			.param("seleksi", Stage.SELEKSI.ordinal())
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * The level scopes of an edition that have been run or planned: {@code ID} first,
	 * then provinces.
	 */
	public List<String> levels(int editionYear) {
		return this.jdbc
			.sql("SELECT level_scope FROM edition_stage WHERE edition_year = :year AND position = 0"
					+ " ORDER BY CASE WHEN level_scope = :national THEN 0 ELSE 1 END, level_scope")
			.param("year", editionYear)
			.param("national", NATIONAL)
			.query(String.class)
			.list();
	}

	/**
	 * Starts the level's first stage that is not done, or finishes the running one and
	 * starts the next. The national level starts {@link Stage#SELEKSI} only once every
	 * provincial level that has started is determined ({@link Stage#PENETAPAN} done) or
	 * closed by the national secretariat ({@link LevelLocks#close}). Blocking
	 * preconditions of the stage about to start ({@link StagePreconditions}) refuse the
	 * move unless the national secretariat overrides them with a reason, which is audited
	 * with the preconditions it overrode.
	 * @param overrideReason why to move despite blocking preconditions; null or blank for
	 * none
	 * @throws PreconditionsRefusedException blocking preconditions remain and no override
	 * was given
	 */
	@Transactional
	public List<StageStatus> advance(SignedInUser user, int editionYear, String levelScope, String overrideReason) {
		authorize(user, levelScope);
		requireLevel(editionYear, levelScope);
		Move move = nextMove(editionYear, levelScope);
		Map<String, Object> checked = guard(user.hasRole(Role.ADMIN_NASIONAL), move.preconditions(), overrideReason);
		return move(user.getUsername(), editionYear, levelScope, checked);
	}

	/** {@link #advance} without an override. */
	@Transactional
	public List<StageStatus> advance(SignedInUser user, int editionYear, String levelScope) {
		return advance(user, editionYear, levelScope, null);
	}

	/**
	 * {@link #advance} on behalf of the system (the demo edition, a scheduled task): the
	 * caller has already decided that the actor may; blocking preconditions still refuse
	 * it. The change is audited under the actor's name.
	 */
	@Transactional
	public List<StageStatus> advanceAs(String actor, int editionYear, String levelScope) {
		return advanceAs(actor, editionYear, levelScope, null);
	}

	/**
	 * {@link #advanceAs(String, int, String)} with the national secretariat's override of
	 * blocking preconditions, for a system actor acting on its behalf; audited with the
	 * reason.
	 */
	@Transactional
	public List<StageStatus> advanceAs(String actor, int editionYear, String levelScope, String overrideReason) {
		requireLevel(editionYear, levelScope);
		Map<String, Object> checked = guard(true, nextMove(editionYear, levelScope).preconditions(), overrideReason);
		return move(actor, editionYear, levelScope, checked);
	}

	/**
	 * The move a level would make now: the stage it would start (empty when it only
	 * finishes the last) and what is incomplete for it. For the confirmation step before
	 * {@link #advance}.
	 */
	public Move nextMove(SignedInUser user, int editionYear, String levelScope) {
		authorize(user, levelScope);
		requireLevel(editionYear, levelScope);
		return nextMove(editionYear, levelScope);
	}

	/**
	 * A move forward: the stage it starts (null when it finishes the last) and its
	 * preconditions.
	 */
	public record Move(Stage starting, List<StagePreconditions.Precondition> preconditions) {

		public boolean blocked() {
			return StagePreconditions.blocks(this.preconditions);
		}

	}

	private Move nextMove(int editionYear, String levelScope) {
		Stage starting = new LevelStages(read(editionYear, levelScope)).starting().orElse(null);
		return new Move(starting, preconditions(editionYear, levelScope, StagePreconditions.entering(starting)));
	}

	/** What the modules find incomplete on a level for the given checks. */
	public List<StagePreconditions.Precondition> preconditions(int editionYear, String levelScope,
			java.util.Set<StagePreconditions.Check> checks) {
		if (checks.isEmpty()) {
			return List.of();
		}
		List<StagePreconditions.Finding> found = new ArrayList<>();
		this.findings.orderedStream().forEach(source -> found.addAll(source.find(editionYear, levelScope, checks)));
		return StagePreconditions.evaluate(checks, found);
	}

	/**
	 * Refuses a move whose preconditions block, unless overridden with a reason by the
	 * national secretariat; answers what the audit entry records of them (the
	 * preconditions, the override).
	 * @param mayOverride whether the actor is the national secretariat
	 * @throws PreconditionsRefusedException blocking preconditions and no override reason
	 * @throws AccessDeniedException an override by anyone else
	 */
	public static Map<String, Object> guard(boolean mayOverride, List<StagePreconditions.Precondition> preconditions,
			String overrideReason) {
		Map<String, Object> recorded = new LinkedHashMap<>();
		if (preconditions.isEmpty()) {
			return recorded;
		}
		recorded.put("preconditions", StagePreconditions.describe(preconditions));
		if (StagePreconditions.blocks(preconditions)) {
			if (overrideReason == null || overrideReason.isBlank()) {
				throw new PreconditionsRefusedException(preconditions);
			}
			if (!mayOverride) {
				throw new AccessDeniedException("overriding blocking preconditions needs ADMIN_NASIONAL");
			}
			TextLimits.require("overrideReason", overrideReason, TextLimits.AUDITED_REASON);
			recorded.put("override", overrideReason.strip());
		}
		return recorded;
	}

	private List<StageStatus> move(String actor, int editionYear, String levelScope, Map<String, Object> checked) {
		List<StageStatus> before = stages(editionYear, levelScope);
		LevelStages level = new LevelStages(before);
		boolean nationalSelection = levelScope.equals(NATIONAL)
				&& level.starting().filter(s -> s == Stage.SELEKSI).isPresent();
		Map<Stage, StageState> changes = level.advance(locked(editionYear, levelScope),
				nationalSelection ? undeterminedProvinces(editionYear) : List.of());
		ensureLevel(editionYear, levelScope);
		changes.forEach((stage, state) -> setState(editionYear, levelScope, stage, state));
		this.messages.moved(editionYear, levelScope, changes);
		return audited(actor, "STAGE_ADVANCED", editionYear, levelScope, before, checked);
	}

	/** Whether that stage of the level is running now ({@link StageState#BERJALAN}). */
	public boolean running(int editionYear, String levelScope, Stage stage) {
		return new LevelStages(read(editionYear, levelScope)).running(stage);
	}

	/**
	 * Moves a level back to an earlier stage, which runs again; the stages after it are
	 * reset to {@link StageState#BELUM}. Only the national secretariat may, with a
	 * reason.
	 */
	@Transactional
	public List<StageStatus> moveBack(SignedInUser user, int editionYear, String levelScope, Stage target,
			String reason) {
		authorize(user, levelScope);
		if (!user.hasRole(Role.ADMIN_NASIONAL)) {
			throw new AccessDeniedException("moving a stage back needs ADMIN_NASIONAL");
		}
		requireLevel(editionYear, levelScope);
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		if (reason == null || reason.isBlank()) {
			problems.add(new InvalidInputException.Problem("reason", "stage.error.reason"));
		}
		TextLimits.check("reason", reason, TextLimits.AUDITED_REASON, problems);
		List<StageStatus> before = stages(editionYear, levelScope);
		LevelStages level = new LevelStages(before);
		problems.addAll(level.backProblems(target, locked(editionYear, levelScope), levelScope));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		level.back(target).forEach((stage, state) -> setState(editionYear, levelScope, stage, state));
		return audited(user, "STAGE_MOVED_BACK", editionYear, levelScope, before, Map.of("reason", reason.strip()));
	}

	/** Sets the planned dates of one stage of a level (either may be empty). */
	@Transactional
	public List<StageStatus> plan(SignedInUser user, int editionYear, String levelScope, Stage stage, LocalDate start,
			LocalDate end) {
		authorize(user, levelScope);
		requireLevel(editionYear, levelScope);
		if (stage == null) {
			throw new InvalidInputException("stage", "stage.error.unknown");
		}
		checkDates("plannedEnd", start, end);
		List<StageStatus> before = stages(editionYear, levelScope);
		ensureLevel(editionYear, levelScope);
		this.jdbc
			.sql("UPDATE edition_stage SET planned_start = :start, planned_end = :end"
					+ " WHERE edition_year = :year AND level_scope = :scope AND stage = :stage")
			.param("start", start)
			.param("end", end)
			.param("year", editionYear)
			.param("scope", levelScope)
			.param("stage", stage.name())
			.update();
		return audited(user, "STAGE_PLANNED", editionYear, levelScope, before, Map.of());
	}

	/**
	 * The national level of a new edition, with its planned dates; every stage
	 * {@link StageState#BELUM}.
	 */
	void createNationalLevel(int editionYear, Map<Stage, LocalDate[]> planned) {
		for (Stage stage : Stage.values()) {
			LocalDate[] dates = planned.getOrDefault(stage, new LocalDate[2]);
			insert(editionYear, NATIONAL, stage, dates[0], dates[1]);
		}
	}

	static void checkDates(String field, LocalDate start, LocalDate end) {
		if (start != null && end != null && end.isBefore(start)) {
			throw new InvalidInputException(field, "stage.error.dates");
		}
	}

	/**
	 * Refuses (403) a user who does not run the level, then answers 404 for an unknown
	 * edition or province: the role and scope are checked first so that nothing is
	 * revealed outside them.
	 */
	private void authorize(SignedInUser user, String levelScope) {
		if (!runs(user, levelScope)) {
			throw new AccessDeniedException("level " + levelScope + " is outside the user's role or scope");
		}
	}

	private void requireLevel(int editionYear, String levelScope) {
		boolean editionExists = this.jdbc.sql("SELECT COUNT(*) FROM edition WHERE award_year = :year")
			.param("year", editionYear)
			.query(Integer.class)
			.single() > 0;
		if (!editionExists) {
			throw new NotFoundException("edition " + editionYear);
		}
		boolean known = levelScope.equals(NATIONAL)
				|| this.areas.find(levelScope).filter(a -> a.level() == AreaLevel.PROVINSI).isPresent();
		if (!known) {
			throw new NotFoundException("level " + levelScope);
		}
	}

	private boolean locked(int editionYear, String levelScope) {
		return this.jdbc.sql("SELECT COUNT(*) FROM level_lock WHERE edition_year = :year AND level_scope = :scope")
			.param("year", editionYear)
			.param("scope", levelScope)
			.query(Integer.class)
			.single() > 0;
	}

	private List<String> undeterminedProvinces(int editionYear) {
		return this.jdbc
			.sql("SELECT level_scope FROM edition_stage WHERE edition_year = :year AND level_scope <> :national"
					+ " AND stage = 'PENETAPAN' AND state <> 'SELESAI'"
					+ " AND level_scope NOT IN (SELECT level_scope FROM level_lock WHERE edition_year = :year)"
					+ " AND level_scope IN (SELECT level_scope FROM edition_stage WHERE edition_year = :year"
					+ " AND state <> 'BELUM') ORDER BY level_scope")
			.param("year", editionYear)
			.param("national", NATIONAL)
			.query(String.class)
			.list();
	}

	/** A province's level gets its rows when it is first run or planned. */
	private void ensureLevel(int editionYear, String levelScope) {
		boolean exists = this.jdbc
			.sql("SELECT COUNT(*) FROM edition_stage WHERE edition_year = :year AND level_scope = :scope")
			.param("year", editionYear)
			.param("scope", levelScope)
			.query(Integer.class)
			.single() > 0;
		if (!exists) {
			for (Stage stage : Stage.values()) {
				insert(editionYear, levelScope, stage, null, null);
			}
		}
	}

	private void insert(int editionYear, String levelScope, Stage stage, LocalDate start, LocalDate end) {
		this.jdbc.sql(
				"INSERT INTO edition_stage (edition_year, level_scope, stage, position, planned_start, planned_end, state)"
						+ " VALUES (:year, :scope, :stage, :position, :start, :end, 'BELUM')")
			.param("year", editionYear)
			.param("scope", levelScope)
			.param("stage", stage.name())
			.param("position", stage.ordinal())
			.param("start", start)
			.param("end", end)
			.update();
	}

	void setState(int editionYear, String levelScope, Stage stage, StageState state) {
		this.jdbc
			.sql("UPDATE edition_stage SET state = :state WHERE edition_year = :year AND level_scope = :scope"
					+ " AND stage = :stage")
			.param("state", state.name())
			.param("year", editionYear)
			.param("scope", levelScope)
			.param("stage", stage.name())
			.update();
	}

	private List<StageStatus> audited(SignedInUser user, String action, int editionYear, String levelScope,
			List<StageStatus> before, Map<String, Object> extra) {
		return audited(user.getUsername(), action, editionYear, levelScope, before, extra);
	}

	List<StageStatus> audited(String actor, String action, int editionYear, String levelScope, List<StageStatus> before,
			Map<String, Object> extra) {
		List<StageStatus> after = stages(editionYear, levelScope);
		Map<String, Object> afterState = new LinkedHashMap<>(describe(after));
		afterState.putAll(extra);
		this.audit.recordAs(actor, action, "edition_stage", editionYear + "/" + levelScope, describe(before),
				afterState);
		return after;
	}

	private static Map<String, Object> describe(List<StageStatus> stages) {
		Map<String, Object> states = new LinkedHashMap<>();
		for (StageStatus s : stages) {
			states.put(s.stage().name(), s.state().name() + " " + s.plannedStart() + ".." + s.plannedEnd());
		}
		return states;
	}

}
