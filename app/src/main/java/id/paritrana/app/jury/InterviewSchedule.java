package id.paritrana.app.jury;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.InvalidInputException.Problem;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The interview schedule of a level (DESIGN §3 WAWANCARA): one time slot per nominee — a
 * day, a start and end time and a place or online link — where two nominees of the same
 * panel never overlap. Set by whoever runs the level while its SELEKSI or WAWANCARA runs
 * (audited); read by them as a printable schedule, and by each juror for the nominees
 * assigned to them.
 */
@Service
public class InterviewSchedule {

	private final JdbcClient jdbc;

	private final Panels panels;

	private final Assignments assignments;

	private final AuditLog audit;

	private final Shortlists shortlists;

	private final InterviewInvitations invitations;

	InterviewSchedule(JdbcClient jdbc, Panels panels, Assignments assignments, AuditLog audit, Shortlists shortlists,
			InterviewInvitations invitations) {
		this.invitations = invitations;
		this.shortlists = shortlists;
		this.jdbc = jdbc;
		this.panels = panels;
		this.assignments = assignments;
		this.audit = audit;
	}

	/** One nominee's interview, with the jurors assigned to it. */
	public record Slot(Level level, Category category, String candidateCode, String candidateName, String scope,
			LocalDate date, LocalTime start, LocalTime end, String place, List<String> jurors) {
	}

	/** A slot as asked for. */
	public record SlotRequest(LocalDate date, LocalTime start, LocalTime end, String place) {
	}

	/** The interviews of a level scope, by day, start time and candidate. */
	public List<Slot> of(int editionYear, String scope) {
		return slots(editionYear, " AND s.level_scope = :s", Map.of("s", scope));
	}

	/**
	 * The interviews of a level scope grouped by day, in order (for the printable
	 * schedule).
	 */
	public Map<LocalDate, List<Slot>> byDay(int editionYear, String scope) {
		Map<LocalDate, List<Slot>> days = new TreeMap<>();
		of(editionYear, scope).forEach(s -> days.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s));
		return days;
	}

	/** The interviews of the nominees a juror is assigned to. */
	public List<Slot> ofJuror(int editionYear, String juror) {
		return slots(editionYear,
				" AND EXISTS (SELECT 1 FROM jury_assignment a WHERE a.edition_year = s.edition_year"
						+ " AND a.score_level = s.score_level AND a.category = s.category"
						+ " AND a.candidate_code = s.candidate_code AND a.juror_username = :j)",
				Map.of("j", juror));
	}

	/**
	 * Sets a nominee's interview after checking the user runs the level (see
	 * {@link #setAs}).
	 */
	@Transactional
	public Slot set(SignedInUser user, int editionYear, String scope, Category category, String candidateCode,
			SlotRequest request) {
		this.panels.authorize(user, scope);
		return setAs(user.getUsername(), editionYear, scope, category, candidateCode, request);
	}

	/**
	 * Sets (or moves) the interview of a nominee (audited with before and after).
	 * @throws InvalidInputException with every problem: missing date, times or place, an
	 * end not after the start, or an overlap with another nominee of the panel (named)
	 */
	@Transactional
	public Slot setAs(String actor, int editionYear, String scope, Category category, String candidateCode,
			SlotRequest request) {
		this.assignments.requireOpen(editionYear, scope);
		Shortlists.Nominee nominee = this.assignments.requireNominee(editionYear, scope, category, candidateCode);
		List<Problem> problems = new ArrayList<>();
		if (request.date() == null) {
			problems.add(new Problem("date", "schedule.error.date"));
		}
		if (request.start() == null || request.end() == null) {
			problems.add(new Problem("start", "schedule.error.times"));
		}
		else if (!request.end().isAfter(request.start())) {
			problems.add(new Problem("end", "schedule.error.endBeforeStart"));
		}
		String place = Panels.blankToNull(request.place());
		if (place == null) {
			problems.add(new Problem("place", "schedule.error.place"));
		}
		else if (place.length() > 500) {
			problems.add(new Problem("place", "schedule.error.placeLength", 500));
		}
		if (problems.isEmpty()) {
			slots(editionYear,
					" AND s.level_scope = :s AND s.slot_date = :d AND s.start_time < :end AND s.end_time > :start"
							+ " AND NOT (s.score_level = :l AND s.category = :c AND s.candidate_code = :code)",
					Map.of("s", scope, "d", request.date(), "start", request.start(), "end", request.end(), "l",
							nominee.level().name(), "c", category.name(), "code", nominee.code()))
				.forEach(other -> problems.add(new Problem("start", "schedule.error.overlap", other.candidateCode(),
						other.candidateName(), other.start().toString(), other.end().toString())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Optional<Slot> before = slot(editionYear, nominee.level(), category, nominee.code());
		this.jdbc
			.sql("DELETE FROM interview_slot WHERE edition_year = :y AND score_level = :l AND category = :c"
					+ " AND candidate_code = :code")
			.param("y", editionYear)
			.param("l", nominee.level().name())
			.param("c", category.name())
			.param("code", nominee.code())
			.update();
		this.jdbc.sql(
				"INSERT INTO interview_slot (edition_year, score_level, category, candidate_code, level_scope, slot_date,"
						+ " start_time, end_time, place, updated_by) VALUES (:y, :l, :c, :code, :s, :d, :start, :end,"
						+ " :place, :by)")
			.param("y", editionYear)
			.param("l", nominee.level().name())
			.param("c", category.name())
			.param("code", nominee.code())
			.param("s", scope)
			.param("d", request.date())
			.param("start", request.start())
			.param("end", request.end())
			.param("place", place)
			.param("by", actor)
			.update();
		Slot after = slot(editionYear, nominee.level(), category, nominee.code()).orElseThrow();
		this.audit.recordAs(actor, "INTERVIEW_SCHEDULED", "interview_slot",
				editionYear + "/" + nominee.level() + "/" + category + "/" + nominee.code(),
				before.map(InterviewSchedule::describe).orElse(null), describe(after));
		this.invitations.invite(editionYear, after);
		return after;
	}

	private Optional<Slot> slot(int editionYear, Level level, Category category, String code) {
		return slots(editionYear, " AND s.score_level = :l AND s.category = :c AND s.candidate_code = :code",
				Map.of("l", level.name(), "c", category.name(), "code", code))
			.stream()
			.findFirst();
	}

	/**
	 * Slots of current nominees matching a condition, each with its name and assigned
	 * jurors: two queries, and the nominees of each level scope the slots are in.
	 */
	private List<Slot> slots(int editionYear, String condition, Map<String, Object> params) {
		List<Slot> stored = this.jdbc
			.sql("SELECT s.score_level, s.category, s.candidate_code, s.level_scope, s.slot_date, s.start_time,"
					+ " s.end_time, s.place FROM interview_slot s WHERE s.edition_year = :y" + condition
					+ " ORDER BY s.slot_date, s.start_time, s.candidate_code")
			.param("y", editionYear)
			.params(params)
			.query((rs, n) -> new Slot(Level.valueOf(rs.getString(1)), Category.valueOf(rs.getString(2)),
					rs.getString(3), null, rs.getString(4), rs.getObject(5, LocalDate.class),
					rs.getObject(6, LocalTime.class), rs.getObject(7, LocalTime.class), rs.getString(8), List.of()))
			.list();
		// a slot of a candidate no longer nominated is not shown
		Map<String, String> names = new HashMap<>();
		stored.stream()
			.map(Slot::scope)
			.distinct()
			.forEach(scope -> this.shortlists.nomineesOf(editionYear, scope)
				.forEach(n -> names.put(n.level() + "/" + n.category() + "/" + n.code(), n.name())));
		List<Slot> slots = stored.stream()
			.filter(s -> names.containsKey(s.level() + "/" + s.category() + "/" + s.candidateCode()))
			.map(s -> new Slot(s.level(), s.category(), s.candidateCode(),
					names.get(s.level() + "/" + s.category() + "/" + s.candidateCode()), s.scope(), s.date(), s.start(),
					s.end(), s.place(), List.of()))
			.toList();
		if (slots.isEmpty()) {
			return slots;
		}
		Map<String, List<String>> jurors = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT a.score_level, a.category, a.candidate_code, a.juror_username FROM jury_assignment a"
					+ " WHERE a.edition_year = :y AND a.candidate_code IN (:codes) ORDER BY a.juror_username")
			.param("y", editionYear)
			.param("codes", slots.stream().map(Slot::candidateCode).distinct().toList())
			.query((rs, n) -> List.of(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3), rs.getString(4)))
			.list()
			.forEach(p -> jurors.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p.get(1)));
		return slots.stream()
			.map(s -> new Slot(s.level(), s.category(), s.candidateCode(), s.candidateName(), s.scope(), s.date(),
					s.start(), s.end(), s.place(),
					jurors.getOrDefault(s.level() + "/" + s.category() + "/" + s.candidateCode(), List.of())))
			.toList();
	}

	private static Map<String, Object> describe(Slot slot) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("date", slot.date().toString());
		view.put("start", slot.start().toString());
		view.put("end", slot.end().toString());
		view.put("place", slot.place());
		return view;
	}

}
