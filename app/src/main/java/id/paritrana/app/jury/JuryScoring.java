package id.paritrana.app.jury;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.dataset.CurrentData;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.LevelLocks;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.StageState;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.app.system.TextLimits;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Criterion;
import id.paritrana.engine.rubric.Jury;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.score.JuryScores;

/**
 * The jurors' scoring sheets of the interview stage (DESIGN §3 WAWANCARA, §5.5). A juror
 * scores each interview sub-criterion of a nominee assigned to them with an integer 0–100
 * and a comment; drafts may be partial, a submission needs every sub-criterion and is
 * final unless the chair (KETUA) of the level's team reopens it. Scoring is open only
 * while the level's {@link Stage#WAWANCARA} runs. Every save names the version of the
 * sheet it was made from; a save from an older version is refused
 * ({@link StaleSheetException}), never overwrites.
 *
 * <p>
 * Secrecy: a juror only ever reads their own sheets; the chair, the provincial committee
 * and the national secretariat see the progress of a level at any time and the jurors'
 * numbers once its interview stage is done.
 */
@Service
public class JuryScoring {

	/** Where a juror's sheet stands; {@code NEW} before its first save. */
	public enum SheetStatus {

		NEW, DRAFT, SUBMITTED

	}

	/** One sub-criterion's stored score (empty in a draft) and comment. */
	public record Mark(Integer score, String comment) {
	}

	/**
	 * One sub-criterion as typed in a form: the score as text, so that anything typed
	 * gets its own message.
	 */
	public record Input(String score, String comment) {
	}

	/** A sub-criterion of a sheet with its score and comment, in the rubric's order. */
	public record Line(String criterion, String name, Integer score, String comment) {
	}

	/**
	 * A juror's sheet of a nominee with the nominee's summary: its name, scope and desk
	 * score. {@code editable} while the interview stage runs and the sheet is not
	 * submitted.
	 */
	public record Sheet(int editionYear, Level level, Category category, String candidateCode, String candidateName,
			String scope, BigDecimal deskScore, String juror, SheetStatus status, int version, Instant updatedAt,
			Instant submittedAt, StageState interview, boolean editable, List<Line> lines) {
	}

	/**
	 * A nominee assigned to a juror, with the state of the juror's sheet and its
	 * interview (null until scheduled).
	 */
	public record Nominee(int editionYear, Level level, Category category, String code, String name, String scope,
			BigDecimal deskScore, SheetStatus status, int version, InterviewSchedule.Slot interview) {
	}

	/**
	 * The progress of one nominee: its jurors, and how many submitted or hold a draft.
	 */
	public record Progress(String code, String name, int assigned, int submitted, int drafts) {
	}

	private final JdbcClient jdbc;

	private final JurySheets sheets;

	private final JurorSeats seats;

	private final Editions editions;

	private final EditionRubrics rubrics;

	private final Stages stages;

	private final LevelLocks locks;

	private final AuditLog audit;

	private final InterviewSchedule schedule;

	private final CurrentData data;

	private final Shortlists shortlists;

	JuryScoring(JdbcClient jdbc, JurySheets sheets, JurorSeats seats, Editions editions, EditionRubrics rubrics,
			Stages stages, LevelLocks locks, AuditLog audit, InterviewSchedule schedule, CurrentData data,
			Shortlists shortlists) {
		this.shortlists = shortlists;
		this.schedule = schedule;
		this.data = data;
		this.locks = locks;
		this.jdbc = jdbc;
		this.sheets = sheets;
		this.seats = seats;
		this.editions = editions;
		this.rubrics = rubrics;
		this.stages = stages;
		this.audit = audit;
	}

	/**
	 * The level scope a nominee is interviewed in: its province, or {@code ID} at the
	 * national level.
	 */
	/**
	 * The level scope of a nominee's panel: its province, or {@code ID} at the national
	 * level.
	 */
	String panelOf(int year, Level level, Category category, String code) {
		return level.scope(this.seats.nomineeScope(year, level, category, code)
			.orElseThrow(() -> new NotFoundException(category + " " + code)));
	}

	/** The state of a level's interview stage. */
	public StageState interviewState(int year, Level level, String scope) {
		return this.stages.stages(year, level.scope(scope)).get(Stage.WAWANCARA.ordinal()).state();
	}

	/**
	 * The nominees assigned to a juror in every edition, newest first, with their
	 * interview (if scheduled), without those they have a conflict of interest with: a
	 * few queries per edition.
	 */
	public List<Nominee> myNominees(SignedInUser me) {
		requireJuror(me);
		List<Nominee> stored = this.jdbc
			.sql("SELECT a.edition_year, a.score_level, a.category, a.candidate_code, h.status, h.version"
					+ " FROM jury_assignment a LEFT JOIN jury_sheet h ON h.edition_year = a.edition_year"
					+ " AND h.score_level = a.score_level AND h.category = a.category"
					+ " AND h.candidate_code = a.candidate_code AND h.juror_username = a.juror_username"
					+ " WHERE a.juror_username = :j")
			.param("j", me.getUsername())
			.query((rs, row) -> new Nominee(rs.getInt("edition_year"), Level.valueOf(rs.getString("score_level")),
					Category.valueOf(rs.getString("category")), rs.getString("candidate_code"), null, null, null,
					Optional.ofNullable(rs.getString("status")).map(SheetStatus::valueOf).orElse(SheetStatus.NEW),
					rs.getInt("version"), null))
			.list();
		// the candidates still nominated, with their scope, name and desk score: a query
		// per edition and level
		Map<String, Shortlists.Nominee> nominated = new HashMap<>();
		stored.stream()
			.collect(Collectors.groupingBy(n -> n.editionYear() + "/" + n.level()))
			.forEach((panel, ofPanel) -> this.shortlists
				.nomineesAmong(ofPanel.get(0).editionYear(), ofPanel.get(0).level(),
						ofPanel.stream().map(Nominee::code).distinct().toList())
				.forEach(n -> nominated.put(panel + "/" + n.category() + "/" + n.code(), n)));
		List<Nominee> assigned = new ArrayList<>();
		for (Nominee n : stored) {
			Shortlists.Nominee nominee = nominated
				.get(n.editionYear() + "/" + n.level() + "/" + n.category() + "/" + n.code());
			if (nominee != null) {
				assigned.add(new Nominee(n.editionYear(), n.level(), n.category(), n.code(), nominee.name(),
						nominee.scope(), nominee.deskScore(), n.status(), n.version(), null));
			}
		}
		Map<Integer, Map<String, List<Nominee>>> byPanel = new TreeMap<>(Comparator.reverseOrder());
		assigned.forEach(n -> byPanel.computeIfAbsent(n.editionYear(), y -> new TreeMap<>())
			.computeIfAbsent(n.level().scope(n.scope()), s -> new ArrayList<>())
			.add(n));
		List<Nominee> nominees = new ArrayList<>();
		byPanel.forEach((year, panels) -> {
			Map<String, InterviewSchedule.Slot> slots = new HashMap<>();
			this.schedule.ofJuror(year, me.getUsername())
				.forEach(slot -> slots.put(slot.level() + " " + slot.category() + " " + slot.candidateCode(), slot));
			panels.forEach((levelScope, ofPanel) -> {
				Set<String> conflicted = this.seats.conflictedPairs(year, levelScope,
						ofPanel.stream().map(Nominee::code).distinct().toList());
				for (Nominee n : ofPanel) {
					if (!conflicted.contains(JurorSeats.pair(me.getUsername(), n.code()))) {
						nominees.add(new Nominee(n.editionYear(), n.level(), n.category(), n.code(), n.name(),
								n.scope(), n.deskScore(), n.status(), n.version(),
								slots.get(n.level() + " " + n.category() + " " + n.code())));
					}
				}
			});
		});
		nominees.sort(Comparator.comparing(Nominee::editionYear)
			.reversed()
			.thenComparing(Nominee::level, Comparator.reverseOrder())
			.thenComparing(Nominee::category)
			.thenComparing(Nominee::name));
		return nominees;
	}

	/** The signed-in juror's own sheet of a nominee assigned to them. */
	public Sheet ownSheet(SignedInUser me, int year, Level level, Category category, String code) {
		String scope = ownSeat(me, year, level, category, code);
		JurySheets.Key key = new JurySheets.Key(year, level, category, code, me.getUsername());
		return view(key, scope, this.sheets.find(key));
	}

	/**
	 * Saves the signed-in juror's sheet of a nominee as a draft, or submits it.
	 * {@code version} is the version the form was made from (0 for a sheet never saved).
	 * @throws InvalidInputException for a score that is not an integer 0–100, a missing
	 * score in a submission, a closed interview stage or an already submitted sheet
	 * @throws StaleSheetException when the sheet was saved since that version
	 */
	@Transactional
	public Sheet save(SignedInUser me, int year, Level level, Category category, String code, int version,
			Map<String, Input> inputs, boolean submit) {
		String scope = ownSeat(me, year, level, category, code);
		requireRunning(year, level, scope);
		Jury jury = interview(year, category);
		Map<String, Mark> marks = SheetPolicy.marks(jury, inputs, submit);
		JurySheets.Key key = new JurySheets.Key(year, level, category, code, me.getUsername());
		SheetStatus target = SheetPolicy.target(submit);
		boolean won = (version == 0) ? this.sheets.create(key, target) : this.sheets.advance(key, version, target);
		if (!won) {
			throw refusal(key, version);
		}
		// the row is ours until commit: the scores read here are those the save replaces
		Map<String, Mark> replaced = (version == 0) ? Map.of() : this.sheets.find(key).orElseThrow().marks();
		this.sheets.replaceMarks(key, marks);
		this.audit.recordAs(me.getUsername(), submit ? "JURY_SHEET_SUBMITTED" : "JURY_SHEET_SAVED", "jury_sheet",
				key.id(), Map.of("version", version, "scores", replaced),
				Map.of("version", version + 1, "status", target.name(), "scores", marks));
		return view(key, scope, this.sheets.find(key));
	}

	/**
	 * The chair of the level's team reopens a submitted sheet, with a reason: it is a
	 * draft of its juror again. Audited with the state before and after.
	 */
	@Transactional
	public Sheet reopen(SignedInUser me, int year, Level level, Category category, String code, String juror,
			String reason) {
		if (!me.hasRole(Role.PENILAI)) {
			throw new AccessDeniedException("only the chair of a team reopens a sheet");
		}
		this.editions.require(year);
		String scope = this.seats.nomineeScope(year, level, category, code)
			.orElseThrow(() -> new NotFoundException(category + " " + code));
		if (!this.seats.chairs(year, level.scope(scope), me.getUsername())) {
			throw new AccessDeniedException("only the chair of the team of " + level.scope(scope) + " reopens");
		}
		JurySheets.Key key = new JurySheets.Key(year, level, category, code, juror);
		JurySheets.Stored before = this.sheets.find(key).orElseThrow(() -> new NotFoundException("sheet " + key.id()));
		requireReason(reason);
		requireRunning(year, level, scope);
		if (!SheetPolicy.reopenable(before.status()) || !this.sheets.reopen(key, before.version())) {
			throw new InvalidInputException("status", "jury.error.notSubmitted");
		}
		this.audit.recordAs(me.getUsername(), "JURY_SHEET_REOPENED", "jury_sheet", key.id(),
				Map.of("status", before.status().name(), "version", before.version()),
				Map.of("status", SheetStatus.DRAFT.name(), "version", before.version() + 1, "reason", reason.strip()));
		return view(key, scope, this.sheets.find(key));
	}

	/** A juror's sheet of a nominee, as chosen among several. */
	public record SheetChoice(Level level, Category category, String code, String juror) {
	}

	/** The most sheets reopened at once. */
	public static final int MAX_REOPENED_AT_ONCE = 200;

	/**
	 * The chair reopens several submitted sheets with one reason, all or nothing: each
	 * goes through {@link #reopen} (the same checks and audit entry); when any of them
	 * cannot be reopened (not a nominee, no sheet, not submitted, the interviews not
	 * running) nothing is reopened and each such sheet is named with why. A sheet of a
	 * level the user does not chair is refused (403, audited).
	 */
	@Transactional
	public List<Sheet> reopenAll(SignedInUser me, int year, List<SheetChoice> chosen, String reason) {
		if (!me.hasRole(Role.PENILAI)) {
			throw new AccessDeniedException("only the chair of a team reopens a sheet");
		}
		this.editions.require(year);
		if (chosen.stream()
			.anyMatch(c -> c == null || c.level() == null || c.category() == null || c.code() == null
					|| c.juror() == null)) {
			throw new InvalidInputException("sheets", "jury.bulk.incomplete");
		}
		List<SheetChoice> sheets = chosen.stream().distinct().toList();
		if (sheets.isEmpty()) {
			throw new InvalidInputException("sheets", "jury.bulk.none");
		}
		if (sheets.size() > MAX_REOPENED_AT_ONCE) {
			throw new InvalidInputException("sheets", "jury.bulk.tooMany", MAX_REOPENED_AT_ONCE);
		}
		requireReason(reason);
		List<Sheet> reopened = new ArrayList<>();
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		for (SheetChoice sheet : sheets) {
			try {
				reopened.add(reopen(me, year, sheet.level(), sheet.category(), sheet.code(), sheet.juror(), reason));
			}
			catch (InvalidInputException ex) {
				ex.problems().forEach(p -> problems.add(sheetProblem(sheet, p.messageKey(), p.args())));
			}
			catch (NotFoundException ex) {
				problems.add(sheetProblem(sheet, "jury.bulk.notFound"));
			}
		}
		if (!problems.isEmpty()) {
			// the sheets reopened before are rolled back with this transaction
			throw new InvalidInputException(problems);
		}
		return reopened;
	}

	private static InvalidInputException.Problem sheetProblem(SheetChoice sheet, String key, Object... args) {
		return new InvalidInputException.Problem("sheets", "jury.bulk.sheet", sheet.juror(), sheet.code(),
				new DefaultMessageSourceResolvable("category." + sheet.category().name()),
				new DefaultMessageSourceResolvable(new String[] { key }, args));
	}

	/** A reopening's reason: required, within the audit's limit. */
	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "jury.error.reason");
		}
		TextLimits.require("reason", reason, TextLimits.AUDITED_REASON);
	}

	/**
	 * One juror's sheet: the juror's own, or, once the level's interview stage is done,
	 * any sheet of the level for its chair, committee or the national secretariat.
	 */
	public Sheet jurorSheet(SignedInUser me, int year, Level level, Category category, String code, String juror) {
		if (me.getUsername().equals(juror)) {
			return ownSheet(me, year, level, category, code);
		}
		if (!me.hasRole(Role.PENILAI) && !me.hasRole(Role.ADMIN_NASIONAL) && !me.hasRole(Role.PANITIA_PROVINSI)) {
			throw new AccessDeniedException("sheets of jurors");
		}
		this.editions.require(year);
		String scope = this.seats.nomineeScope(year, level, category, code)
			.orElseThrow(() -> new NotFoundException(category + " " + code));
		requirePanelViewer(me, year, level.scope(scope));
		if (!SheetPolicy.othersMayRead(interviewState(year, level, scope))) {
			throw new AccessDeniedException("another juror's scores before the interview stage is done");
		}
		JurySheets.Key key = new JurySheets.Key(year, level, category, code, juror);
		Optional<JurySheets.Stored> stored = this.sheets.find(key);
		if (stored.isEmpty()) {
			throw new NotFoundException("sheet " + key.id());
		}
		return view(key, scope, stored);
	}

	/** One submitted sub-criterion score of a juror for a nominee. */
	public record SubmittedMark(String candidate, String juror, String criterion, int score) {
	}

	/**
	 * The submitted scores of one level, category and scope, as the engine reads them:
	 * what determination ranks by. Drafts, and sheets of a juror with a conflict of
	 * interest with the candidate, are left out. One query.
	 */
	public JuryScores submittedScores(int year, Level level, Category category, String scope) {
		JuryScores scores = new JuryScores();
		for (SubmittedMark m : submittedMarks(year, level, category, scope)) {
			scores.add(m.candidate(), m.juror(), m.criterion(), m.score());
		}
		return scores;
	}

	/**
	 * The marks behind {@link #submittedScores}, ordered by candidate, juror and
	 * criterion (the order a determination's canonical jury scores are written in).
	 */
	public List<SubmittedMark> submittedMarks(int year, Level level, Category category, String scope) {
		List<String> nominees = this.shortlists.nominees(year, level, category, scope)
			.stream()
			.map(Shortlists.Nominee::code)
			.toList();
		if (nominees.isEmpty()) {
			return List.of();
		}
		List<SubmittedMark> marks = this.jdbc
			.sql("SELECT s.candidate_code, s.juror_username, s.criterion, s.score FROM jury_score s"
					+ " JOIN jury_sheet h ON h.edition_year = s.edition_year AND h.score_level = s.score_level"
					+ " AND h.category = s.category AND h.candidate_code = s.candidate_code"
					+ " AND h.juror_username = s.juror_username"
					+ " WHERE s.edition_year = :y AND s.score_level = :l AND s.category = :c"
					+ " AND s.candidate_code IN (:codes) AND h.status = 'SUBMITTED' AND s.score IS NOT NULL"
					+ " ORDER BY s.candidate_code, s.juror_username, s.criterion")
			.param("y", year)
			.param("l", level.name())
			.param("c", category.name())
			.param("codes", nominees)
			.query((rs, row) -> new SubmittedMark(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
		Set<String> conflicted = this.seats.conflictedPairs(year, level.scope(scope),
				marks.stream().map(SubmittedMark::candidate).distinct().toList());
		return marks.stream().filter(m -> !conflicted.contains(JurorSeats.pair(m.juror(), m.candidate()))).toList();
	}

	/**
	 * The progress of every nominee of one level, category and scope, by desk rank (none
	 * last) and code: jurors assigned, sheets submitted and drafts. Two queries.
	 */
	public List<Progress> progress(int year, Level level, Category category, String scope) {
		List<Shortlists.Nominee> nominees = this.shortlists.nominees(year, level, category, scope);
		if (nominees.isEmpty()) {
			return List.of();
		}
		String of = " WHERE edition_year = :y AND score_level = :l AND category = :c AND candidate_code IN (:codes)";
		Map<String, Integer> counts = new HashMap<>();
		this.jdbc
			.sql("SELECT candidate_code, 'ASSIGNED', COUNT(*) FROM jury_assignment" + of + " GROUP BY candidate_code"
					+ " UNION ALL SELECT candidate_code, status, COUNT(*) FROM jury_sheet" + of
					+ " GROUP BY candidate_code, status")
			.param("y", year)
			.param("l", level.name())
			.param("c", category.name())
			.param("codes", nominees.stream().map(Shortlists.Nominee::code).toList())
			.query((rs, row) -> counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3)))
			.list();
		return nominees.stream()
			.map(n -> new Progress(n.code(), n.name(), counts.getOrDefault(n.code() + "/ASSIGNED", 0),
					counts.getOrDefault(n.code() + "/" + SheetStatus.SUBMITTED, 0),
					counts.getOrDefault(n.code() + "/" + SheetStatus.DRAFT, 0)))
			.toList();
	}

	/**
	 * A sheet recorded outside the form, whole: one taken over from an imported
	 * jury-scores file, or the demo's. A submitted one scores every sub-criterion.
	 */
	public record RecordedSheet(String code, String juror, SheetStatus status, Map<String, Integer> scores) {
	}

	/**
	 * What taking over the imported jury scores made: sheets created, and juror ×
	 * candidate pairs skipped.
	 */
	public record TakenOver(int created, int skipped) implements Serializable {
	}

	/**
	 * Records whole sheets of one level and category at version 1, leaving any sheet that
	 * exists alone: one batch of sheets, one of scores, one audit entry.
	 * @return the number of sheets created
	 * @throws InvalidInputException when a sheet scores an unknown sub-criterion, a score
	 * outside 0–100, or is submitted without every sub-criterion
	 */
	@Transactional
	public int record(String actor, int year, Level level, Category category, List<RecordedSheet> recorded) {
		Jury jury = interview(year, category);
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		for (RecordedSheet sheet : recorded) {
			sheet.scores().forEach((criterion, score) -> {
				if (!jury.hasCriterion(criterion) || score == null || score < 0 || score > 100) {
					problems.add(new InvalidInputException.Problem("score." + criterion, "jury.error.recorded",
							sheet.code(), sheet.juror(), criterion, String.valueOf(score)));
				}
			});
			if (sheet.status() == SheetStatus.SUBMITTED && sheet.scores().size() < jury.criteria().size()) {
				problems.add(new InvalidInputException.Problem("scores", "jury.error.recordedIncomplete", sheet.code(),
						sheet.juror()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		int created = this.sheets.createAll(year, level, category, recorded);
		this.audit.recordAs(actor, "JURY_SHEETS_RECORDED", "jury_sheet", year + "/" + level + "/" + category, null,
				Map.of("sheets", created, "offered", recorded.size()));
		return created;
	}

	/**
	 * The imported {@code jury-scores} data set of a level and category (DESIGN §6):
	 * candidate → the file's juror id → sub-criterion → score, of the current version
	 * only. One query.
	 */
	public Map<String, Map<String, Map<String, Integer>>> importedScores(int year, Level level, Category category) {
		Map<String, Map<String, Map<String, Integer>>> imported = new TreeMap<>();
		for (CurrentData.JuryScore s : this.data.juryScores(year, level, category)) {
			imported.computeIfAbsent(s.candidateCode(), k -> new TreeMap<>())
				.computeIfAbsent(s.jurorId(), k -> new LinkedHashMap<>())
				.put(s.criterion(), s.score());
		}
		return imported;
	}

	/**
	 * Takes over the imported jury scores of a level scope and category: each juror id of
	 * the file becomes a pseudo-juror whose submitted sheets hold its scores of the
	 * scope's nominees. A juror id that does not score every sub-criterion of a nominee
	 * is skipped; existing sheets stay. Only for whoever runs the level, while its
	 * interview stage runs.
	 */
	@Transactional
	public TakenOver takeOverImported(SignedInUser me, int year, Level level, Category category, String scope) {
		if (!this.stages.runs(me, level.scope(scope))) {
			throw new AccessDeniedException("level " + level.scope(scope) + " is outside the user's scope");
		}
		return takeOverImportedAs(me.getUsername(), year, level, category, scope);
	}

	/**
	 * {@link #takeOverImported} for a caller that checked the actor itself (the demo):
	 * the same validation, stage check and audit.
	 */
	@Transactional
	public TakenOver takeOverImportedAs(String actor, int year, Level level, Category category, String scope) {
		this.editions.require(year);
		requireRunning(year, level, scope);
		Jury jury = interview(year, category);
		Set<String> nominees = new HashSet<>(
				this.progress(year, level, category, scope).stream().map(Progress::code).toList());
		List<RecordedSheet> sheets = new ArrayList<>();
		int skipped = 0;
		for (Map.Entry<String, Map<String, Map<String, Integer>>> candidate : importedScores(year, level, category)
			.entrySet()) {
			if (!nominees.contains(candidate.getKey())) {
				continue;
			}
			for (Map.Entry<String, Map<String, Integer>> juror : candidate.getValue().entrySet()) {
				boolean complete = jury.criteria().stream().allMatch(c -> juror.getValue().containsKey(c.id()))
						&& juror.getValue().keySet().stream().allMatch(jury::hasCriterion);
				if (complete) {
					sheets.add(new RecordedSheet(candidate.getKey(), juror.getKey(), SheetStatus.SUBMITTED,
							juror.getValue()));
				}
				else {
					skipped++;
				}
			}
		}
		return new TakenOver(record(actor, year, level, category, sheets), skipped);
	}

	/** Whether any sheet of the edition exists. */
	public boolean anySheet(int year) {
		return this.jdbc.sql("SELECT COUNT(*) FROM jury_sheet WHERE edition_year = :y")
			.param("y", year)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The interview of a category's rubric in an edition; a category without one has no
	 * sheets.
	 */
	Jury interview(int year, Category category) {
		return this.rubrics.rubric(year, category)
			.jury()
			.orElseThrow(() -> new InvalidInputException("category", "jury.error.noInterview", category.name()));
	}

	/**
	 * Refuses (403) who may not see a level's panel: the national secretariat, the
	 * province's committee and the chair of the level's team may.
	 */
	void requirePanelViewer(SignedInUser me, int year, String levelScope) {
		boolean allowed = this.stages.runs(me, levelScope)
				|| (me.hasRole(Role.PENILAI) && this.seats.chairs(year, levelScope, me.getUsername()));
		if (!allowed) {
			throw new AccessDeniedException("the panel of " + levelScope + " is outside the user's role or scope");
		}
	}

	boolean chairs(SignedInUser me, int year, String levelScope) {
		return me.hasRole(Role.PENILAI) && this.seats.chairs(year, levelScope, me.getUsername());
	}

	private static void requireJuror(SignedInUser me) {
		if (!me.hasRole(Role.PENILAI)) {
			throw new AccessDeniedException("scoring sheets are for jurors");
		}
	}

	/**
	 * The scope of a nominee the signed-in juror may score: refused (403) for anyone but
	 * a juror, for a nominee not assigned to them and for one they have a conflict of
	 * interest with, even when an assignment says otherwise; 404 for an unknown edition.
	 */
	private String ownSeat(SignedInUser me, int year, Level level, Category category, String code) {
		requireJuror(me);
		this.editions.require(year);
		if (!this.seats.assigned(year, level, category, code, me.getUsername())) {
			throw new AccessDeniedException(category + " " + code + " is not assigned to " + me.getUsername());
		}
		if (this.seats.conflicted(year, code, me.getUsername())) {
			throw new AccessDeniedException(me.getUsername() + " has a conflict of interest with " + code);
		}
		return this.seats.nomineeScope(year, level, category, code)
			.orElseThrow(() -> new NotFoundException(category + " " + code));
	}

	private void requireRunning(int year, Level level, String scope) {
		// a determined or closed level is frozen whatever its stages say (DESIGN §5.8)
		this.locks.requireOpen(year, level.scope(scope));
		SheetPolicy.requireInterviewsRunning(interviewState(year, level, scope));
	}

	/**
	 * Why a conditional write found nothing to write: a newer version, or a submitted
	 * sheet.
	 */
	private RuntimeException refusal(JurySheets.Key key, int version) {
		Optional<JurySheets.Stored> current = this.sheets.find(key);
		if (current.isPresent() && current.get().version() == version
				&& current.get().status() == SheetStatus.SUBMITTED) {
			return new InvalidInputException("status", "jury.error.submitted");
		}
		return new StaleSheetException(current.map(JurySheets.Stored::updatedAt).orElseGet(Instant::now));
	}

	private Sheet view(JurySheets.Key key, String scope, Optional<JurySheets.Stored> stored) {
		Jury jury = interview(key.year(), key.category());
		Map<String, Mark> marks = stored.map(JurySheets.Stored::marks).orElse(Map.of());
		List<Line> lines = new ArrayList<>();
		for (Criterion criterion : jury.criteria()) {
			Mark mark = marks.getOrDefault(criterion.id(), new Mark(null, null));
			lines.add(new Line(criterion.id(), criterion.name(), mark.score(), mark.comment()));
		}
		SheetStatus status = stored.map(JurySheets.Stored::status).orElse(SheetStatus.NEW);
		StageState interview = interviewState(key.year(), key.level(), scope);
		Optional<Shortlists.Nominee> desk = this.shortlists.nominee(key.year(), key.level(), key.category(),
				key.code());
		return new Sheet(key.year(), key.level(), key.category(), key.code(),
				desk.map(Shortlists.Nominee::name).orElse(key.code()), scope,
				desk.map(Shortlists.Nominee::deskScore).orElse(null), key.juror(), status,
				stored.map(JurySheets.Stored::version).orElse(0), stored.map(JurySheets.Stored::updatedAt).orElse(null),
				stored.map(JurySheets.Stored::submittedAt).orElse(null), interview,
				SheetPolicy.editable(interview, status), lines);
	}

}
