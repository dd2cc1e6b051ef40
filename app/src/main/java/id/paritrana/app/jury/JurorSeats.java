package id.paritrana.app.jury;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.paritrana.app.assessment.Shortlists;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * Where a juror sits, for their sheets: the nominees assigned to them, their conflicts of
 * interest (declared or derived, by {@link Conflicts}) and whether they chair a level's
 * team.
 */
@Component
class JurorSeats {

	private final Assignments assignments;

	private final Conflicts conflicts;

	private final Panels panels;

	private final Shortlists shortlists;

	JurorSeats(Assignments assignments, Conflicts conflicts, Panels panels, Shortlists shortlists) {
		this.assignments = assignments;
		this.conflicts = conflicts;
		this.panels = panels;
		this.shortlists = shortlists;
	}

	/** Whether the juror is assigned to the nominee, whatever their conflicts. */
	boolean assigned(int year, Level level, Category category, String code, String juror) {
		return this.assignments.isAssigned(year, level, category, code, juror);
	}

	/**
	 * Whether the juror is assigned to the candidate at any level, whatever their
	 * conflicts.
	 */
	boolean assignedAnywhere(int year, String code, String juror) {
		return this.assignments.isAssignedTo(year, code, juror);
	}

	/**
	 * Whether the juror has a conflict of interest with the candidate: declared or
	 * derived.
	 */
	boolean conflicted(int year, String code, String juror) {
		return this.conflicts.conflicted(year, juror, code);
	}

	/**
	 * The pairs "juror candidate" in conflict among a level's team and the given
	 * candidates, in a few queries.
	 */
	Set<String> conflictedPairs(int year, String levelScope, Collection<String> candidates) {
		Set<String> pairs = new HashSet<>();
		for (Map.Entry<String, Map<String, Conflicts.Conflict>> byJuror : this.conflicts
			.conflictsAmong(year, levelScope, candidates)
			.entrySet()) {
			byJuror.getValue().keySet().forEach(candidate -> pairs.add(pair(byJuror.getKey(), candidate)));
		}
		return pairs;
	}

	static String pair(String juror, String candidate) {
		return juror + ' ' + candidate;
	}

	/**
	 * Whether the user chairs (KETUA) the team of a level: a province code or {@code ID}.
	 */
	boolean chairs(int year, String levelScope, String username) {
		return this.panels.isChair(year, levelScope, username);
	}

	/**
	 * The scope of a nominee (its province at the provincial level, {@code ID} at the
	 * national).
	 */
	Optional<String> nomineeScope(int year, Level level, Category category, String code) {
		return this.shortlists.nominee(year, level, category, code).map(Shortlists.Nominee::scope);
	}

}
