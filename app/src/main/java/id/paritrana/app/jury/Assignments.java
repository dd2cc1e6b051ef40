package id.paritrana.app.jury;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.LevelLocks;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.InvalidInputException.Problem;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * Which jurors interview and score which nominee (DESIGN §3 WAWANCARA). Assigning
 * automatically gives every nominee of a category in a level scope at least the edition's
 * minimum of jurors from that level's panel, never across a conflict of interest
 * ({@link Conflicts}), keeping each juror's total load at the level within one of the
 * others' where conflicts allow; the same panel, nominees and conflicts always give the
 * same assignment. It is all or nothing: when a nominee has too few jurors without a
 * conflict, nothing changes and each such nominee is named. The committee then moves
 * jurors by hand; a conflicted juror is refused. Allowed while the level's SELEKSI or
 * WAWANCARA runs; every change is audited, and each juror is told of the nominees newly
 * assigned to them ({@link AssignmentMessages}).
 */
@Service
public class Assignments {

	private final JdbcClient jdbc;

	private final Editions editions;

	private final Stages stages;

	private final Shortlists shortlists;

	private final Panels panels;

	private final Conflicts conflicts;

	private final AuditLog audit;

	private final LevelLocks locks;

	private final AssignmentMessages messages;

	Assignments(JdbcClient jdbc, Editions editions, Stages stages, Shortlists shortlists, Panels panels,
			Conflicts conflicts, AuditLog audit, LevelLocks locks, AssignmentMessages messages) {
		this.locks = locks;
		this.messages = messages;
		this.jdbc = jdbc;
		this.editions = editions;
		this.stages = stages;
		this.shortlists = shortlists;
		this.panels = panels;
		this.conflicts = conflicts;
		this.audit = audit;
	}

	/** One juror assigned to one nominee. */
	public record Assignment(Level level, Category category, String candidateCode, String juror, String assignedBy,
			Instant assignedAt) {
	}

	/**
	 * What an automatic assignment made.
	 *
	 * @param jurorsByNominee the jurors of each nominee of the category, by candidate
	 * code
	 * @param loads each panel member's assignments at the level over every category
	 */
	public record Assigned(Category category, int minimum, Map<String, List<String>> jurorsByNominee,
			Map<String, Integer> loads) {
	}

	/**
	 * Whether the juror is assigned to that nominee (a candidate no longer nominated has
	 * no jurors).
	 */
	public boolean isAssigned(int editionYear, Level level, Category category, String candidateCode, String juror) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM jury_assignment WHERE edition_year = :y AND score_level = :l AND category = :c"
					+ " AND candidate_code = :code AND juror_username = :j")
			.param("y", editionYear)
			.param("l", level.name())
			.param("c", category.name())
			.param("code", candidateCode)
			.param("j", juror)
			.query(Long.class)
			.single() > 0 && this.shortlists.nominee(editionYear, level, category, candidateCode).isPresent();
	}

	/**
	 * Whether the juror is assigned to the candidate as a nominee at any level or
	 * category of the edition.
	 */
	public boolean isAssignedTo(int editionYear, String candidateCode, String juror) {
		return !nominated(editionYear, select(" AND a.candidate_code = :code AND a.juror_username = :j",
				Map.of("code", candidateCode, "j", juror), editionYear))
			.isEmpty();
	}

	/**
	 * The assignments to the nominees of a level scope (every category when none is
	 * given).
	 */
	public List<Assignment> of(int editionYear, String scope, Category category) {
		List<String> nominees = this.shortlists.nomineesOf(editionYear, scope)
			.stream()
			.filter(n -> category == null || n.category() == category)
			.map(Shortlists.Nominee::code)
			.toList();
		if (nominees.isEmpty()) {
			return List.of();
		}
		return nominated(editionYear,
				select(" AND a.score_level = :l AND (:c = '' OR a.category = :c)" + " AND a.candidate_code IN (:codes)",
						Map.of("l", Level.ofScope(scope).name(), "c", (category == null) ? "" : category.name(),
								"codes", nominees),
						editionYear));
	}

	/** The nominees a juror is assigned to in an edition. */
	public List<Assignment> ofJuror(int editionYear, String juror) {
		return nominated(editionYear, select(" AND a.juror_username = :j", Map.of("j", juror), editionYear));
	}

	/**
	 * The edition's assignments matching a condition, by level, category, candidate and
	 * juror (whether the candidate is still a nominee or not).
	 */
	private List<Assignment> select(String condition, Map<String, Object> params, int editionYear) {
		return this.jdbc
			.sql("SELECT a.score_level, a.category, a.candidate_code, a.juror_username, a.assigned_by, a.assigned_at"
					+ " FROM jury_assignment a WHERE a.edition_year = :y" + condition
					+ " ORDER BY a.score_level, a.category, a.candidate_code, a.juror_username")
			.param("y", editionYear)
			.params(params)
			.query((rs, n) -> assignment(rs))
			.list();
	}

	/**
	 * The assignments whose candidate is still a nominee of that level and category: a
	 * query per level.
	 */
	private List<Assignment> nominated(int editionYear, List<Assignment> assignments) {
		Set<String> nominees = new HashSet<>();
		assignments.stream()
			.map(Assignment::level)
			.distinct()
			.forEach(level -> this.shortlists
				.nomineesAmong(editionYear, level,
						assignments.stream().map(Assignment::candidateCode).distinct().toList())
				.forEach(n -> nominees.add(n.level() + "/" + n.category() + "/" + n.code())));
		return assignments.stream()
			.filter(a -> nominees.contains(a.level() + "/" + a.category() + "/" + a.candidateCode()))
			.toList();
	}

	/**
	 * The panel members that may be added to a nominee: on the level's panel, not
	 * assigned to it yet, and without a conflict with it. A conflicted juror is never
	 * among them.
	 */
	public List<Panels.Member> offered(int editionYear, String scope, Category category, String candidateCode) {
		return offered(editionYear, scope, category, List.of(candidateCode)).get(candidateCode);
	}

	/**
	 * {@link #offered} for every nominee of a category in a level scope, in a few
	 * queries.
	 */
	public Map<String, List<Panels.Member>> offeredByNominee(int editionYear, String scope, Category category) {
		return offered(editionYear, scope, category,
				this.shortlists.nominees(editionYear, Level.ofScope(scope), category, scope)
					.stream()
					.map(Shortlists.Nominee::code)
					.toList());
	}

	private Map<String, List<Panels.Member>> offered(int editionYear, String scope, Category category,
			List<String> candidates) {
		Map<String, Map<String, Conflicts.Conflict>> conflicted = this.conflicts.conflictsAmong(editionYear, scope,
				candidates);
		Map<String, List<String>> assigned = byNominee(of(editionYear, scope, category));
		List<Panels.Member> members = this.panels.members(editionYear, scope);
		Map<String, List<Panels.Member>> offered = new LinkedHashMap<>();
		for (String candidate : candidates) {
			offered.put(candidate,
					members.stream()
						.filter(m -> !conflicted.getOrDefault(m.username(), Map.of()).containsKey(candidate)
								&& !assigned.getOrDefault(candidate, List.of()).contains(m.username()))
						.toList());
		}
		return offered;
	}

	/**
	 * Assigns automatically after checking the user runs the level (see
	 * {@link #assignAs}).
	 */
	@Transactional
	public Assigned assign(SignedInUser user, int editionYear, String scope, Category category) {
		this.panels.authorize(user, scope);
		return assignAs(user.getUsername(), editionYear, scope, category);
	}

	/**
	 * Replaces the category's assignments in a level scope by an automatic one; for a
	 * caller that has already decided the actor may (the demo edition). Nominees with the
	 * fewest jurors free of conflict are served first; each takes the least-loaded free
	 * jurors (username breaks ties), so the result is deterministic.
	 * @throws InvalidInputException outside SELEKSI/WAWANCARA, for a category without
	 * interview, without nominees or panel, or naming each nominee with too few jurors
	 * free of conflict
	 */
	@Transactional
	public Assigned assignAs(String actor, int editionYear, String scope, Category category) {
		requireOpen(editionYear, scope);
		Level level = Level.ofScope(scope);
		if (!this.shortlists.interviewed(editionYear, category)) {
			throw new InvalidInputException("category", "assignment.error.noInterview", category.name());
		}
		List<Shortlists.Nominee> nominees = this.shortlists.nominees(editionYear, level, category, scope);
		if (nominees.isEmpty()) {
			throw new InvalidInputException("category", "assignment.error.noNominees", category.name());
		}
		List<String> jurors = this.panels.members(editionYear, scope).stream().map(Panels.Member::username).toList();
		if (jurors.isEmpty()) {
			throw new InvalidInputException("panel", "assignment.error.noPanel", scope);
		}
		int minimum = this.editions.minJurorsPerNominee(editionYear);
		Map<String, Map<String, Conflicts.Conflict>> conflicted = this.conflicts.conflictsAmong(editionYear, scope,
				nominees.stream().map(Shortlists.Nominee::code).toList());
		Map<String, List<String>> free = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		for (Shortlists.Nominee nominee : nominees) {
			List<String> available = jurors.stream()
				.filter(j -> !conflicted.getOrDefault(j, Map.of()).containsKey(nominee.code()))
				.toList();
			free.put(nominee.code(), available);
			if (available.size() < minimum) {
				problems.add(new Problem("candidate", "assignment.error.tooFew", nominee.code(), nominee.name(),
						available.size(), minimum, jurors.size() - available.size()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<Assignment> before = of(editionYear, scope, category);
		// the load of the other categories at this level stays; this category's is made
		// anew
		Map<String, Integer> loads = new TreeMap<>();
		jurors.forEach(j -> loads.put(j, 0));
		of(editionYear, scope, null).stream()
			.filter(a -> a.category() != category && loads.containsKey(a.juror()))
			.forEach(a -> loads.merge(a.juror(), 1, Integer::sum));
		Map<String, List<String>> chosen = plan(free, minimum, loads);
		this.jdbc
			.sql("DELETE FROM jury_assignment WHERE edition_year = :y AND score_level = :l AND category = :c"
					+ " AND candidate_code IN (:codes)")
			.param("y", editionYear)
			.param("l", level.name())
			.param("c", category.name())
			.param("codes", nominees.stream().map(Shortlists.Nominee::code).toList())
			.update();
		chosen.forEach((candidate, picked) -> picked
			.forEach(juror -> insert(editionYear, level, category, candidate, juror, actor)));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("minimum", minimum);
		after.put("jurorsByNominee", chosen);
		this.audit.recordAs(actor, "JURORS_ASSIGNED", "jury_assignment",
				editionYear + "/" + level + "/" + category + "/" + scope, Map.of("jurorsByNominee", byNominee(before)),
				after);
		// only the jurors a nominee did not have before are told
		Map<String, List<String>> had = byNominee(before);
		Map<Shortlists.Nominee, List<String>> added = new LinkedHashMap<>();
		for (Shortlists.Nominee nominee : nominees) {
			List<String> previous = had.getOrDefault(nominee.code(), List.of());
			added.put(nominee,
					chosen.getOrDefault(nominee.code(), List.of())
						.stream()
						.filter(juror -> !previous.contains(juror))
						.toList());
		}
		this.messages.assigned(editionYear, scope, added);
		return new Assigned(category, minimum, chosen, loads);
	}

	/**
	 * The assignment itself, free of any database: nominees with the fewest free jurors
	 * first (then by code), each taking the {@code minimum} least-loaded of its free
	 * jurors (then by username). Updates {@code loads}.
	 */
	static Map<String, List<String>> plan(Map<String, List<String>> free, int minimum, Map<String, Integer> loads) {
		List<String> order = new ArrayList<>(free.keySet());
		order.sort(Comparator.comparingInt((String c) -> free.get(c).size()).thenComparing(c -> c));
		Map<String, List<String>> chosen = new TreeMap<>();
		for (String candidate : order) {
			List<String> picked = free.get(candidate)
				.stream()
				.sorted(Comparator.comparingInt((String j) -> loads.get(j)).thenComparing(j -> j))
				.limit(minimum)
				.sorted()
				.toList();
			picked.forEach(j -> loads.merge(j, 1, Integer::sum));
			chosen.put(candidate, picked);
		}
		return chosen;
	}

	/**
	 * Assigns one more juror to a nominee by hand (audited).
	 * @throws InvalidInputException for a juror not on the panel, already assigned, or in
	 * conflict with the nominee (the refusal is audited too)
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public Assignment add(SignedInUser user, int editionYear, String scope, Category category, String candidateCode,
			String juror) {
		this.panels.authorize(user, scope);
		requireOpen(editionYear, scope);
		Level level = Level.ofScope(scope);
		Shortlists.Nominee nominee = requireNominee(editionYear, scope, category, candidateCode);
		if (!this.panels.isMember(editionYear, scope, juror)) {
			throw new InvalidInputException("juror", "assignment.error.notOnPanel", juror, scope);
		}
		if (isAssigned(editionYear, level, category, nominee.code(), juror)) {
			throw new InvalidInputException("juror", "assignment.error.already", juror, nominee.code());
		}
		Map<String, Map<String, Conflicts.Conflict>> conflicted = this.conflicts.conflictsAmong(editionYear, scope,
				List.of(nominee.code()));
		Conflicts.Conflict conflict = conflicted.getOrDefault(juror, Map.of()).get(nominee.code());
		if (conflict != null) {
			Map<String, Object> refused = new LinkedHashMap<>();
			refused.put("juror", juror);
			refused.put("candidate", nominee.code());
			refused.put("conflict", conflict.kind().name() + ": " + conflict.basis());
			this.audit.recordAs(user.getUsername(), "JUROR_ASSIGNMENT_REFUSED", "jury_assignment",
					editionYear + "/" + level + "/" + category + "/" + nominee.code() + "/" + juror, null, refused);
			throw new InvalidInputException("juror", "assignment.error.conflict", juror, nominee.code(),
					conflict.kind().name(), conflict.basis());
		}
		insert(editionYear, level, category, nominee.code(), juror, user.getUsername());
		this.audit.recordAs(user.getUsername(), "JUROR_ASSIGNED", "jury_assignment",
				editionYear + "/" + level + "/" + category + "/" + nominee.code() + "/" + juror, null,
				Map.of("juror", juror, "candidate", nominee.code()));
		this.messages.assigned(editionYear, scope, Map.of(nominee, List.of(juror)));
		return of(editionYear, scope, category).stream()
			.filter(a -> a.candidateCode().equals(nominee.code()) && a.juror().equals(juror))
			.findFirst()
			.orElseThrow();
	}

	/** Takes a juror off a nominee by hand (audited). */
	@Transactional
	public void remove(SignedInUser user, int editionYear, String scope, Category category, String candidateCode,
			String juror) {
		this.panels.authorize(user, scope);
		requireOpen(editionYear, scope);
		Level level = Level.ofScope(scope);
		Shortlists.Nominee nominee = requireNominee(editionYear, scope, category, candidateCode);
		if (!isAssigned(editionYear, level, category, nominee.code(), juror)) {
			throw new NotFoundException("assignment of " + juror + " to " + candidateCode);
		}
		this.jdbc
			.sql("DELETE FROM jury_assignment WHERE edition_year = :y AND score_level = :l AND category = :c"
					+ " AND candidate_code = :code AND juror_username = :j")
			.param("y", editionYear)
			.param("l", level.name())
			.param("c", category.name())
			.param("code", nominee.code())
			.param("j", juror)
			.update();
		this.audit.recordAs(user.getUsername(), "JUROR_UNASSIGNED", "jury_assignment",
				editionYear + "/" + level + "/" + category + "/" + nominee.code() + "/" + juror,
				Map.of("juror", juror, "candidate", nominee.code()), null);
	}

	/**
	 * 404 for an unknown edition or province; refused unless the level's SELEKSI or
	 * WAWANCARA runs.
	 */
	void requireOpen(int editionYear, String scope) {
		this.panels.requireLevel(editionYear, scope);
		// a determined or closed level's assignments are frozen with its results (DESIGN
		// §5.8)
		this.locks.requireOpen(editionYear, scope);
		if (!this.stages.running(editionYear, scope, Stage.SELEKSI)
				&& !this.stages.running(editionYear, scope, Stage.WAWANCARA)) {
			throw new InvalidInputException("stage", "assignment.error.stage",
					this.stages.current(editionYear, scope).name());
		}
	}

	Shortlists.Nominee requireNominee(int editionYear, String scope, Category category, String candidateCode) {
		return this.shortlists.nominee(editionYear, Level.ofScope(scope), category, candidateCode)
			.filter(n -> n.scope().equals(scope))
			.orElseThrow(() -> new NotFoundException("nominee " + candidateCode));
	}

	private void insert(int editionYear, Level level, Category category, String candidate, String juror, String actor) {
		this.jdbc
			.sql("INSERT INTO jury_assignment (edition_year, score_level, category, candidate_code, juror_username,"
					+ " assigned_by) VALUES (:y, :l, :c, :code, :j, :by)")
			.param("y", editionYear)
			.param("l", level.name())
			.param("c", category.name())
			.param("code", candidate)
			.param("j", juror)
			.param("by", actor)
			.update();
	}

	/** The jurors of each nominee, by candidate code. */
	static Map<String, List<String>> byNominee(List<Assignment> assignments) {
		Map<String, List<String>> jurors = new TreeMap<>();
		assignments.forEach(a -> jurors.computeIfAbsent(a.candidateCode(), c -> new ArrayList<>()).add(a.juror()));
		return jurors;
	}

	private static Assignment assignment(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Assignment(Level.valueOf(rs.getString(1)), Category.valueOf(rs.getString(2)), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant());
	}

}
