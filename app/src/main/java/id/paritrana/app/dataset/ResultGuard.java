package id.paritrana.app.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.TextLimits;
import id.paritrana.engine.area.Areas;
import id.paritrana.engine.data.DataSet;

/**
 * Keeps results true once a level has moved on from its data: an import, a computation of
 * measures or of desk scores changes what every level of the edition is scored on, so it
 * is refused while any level of the edition is past {@link Stage#VERIFIKASI}
 * (shortlisted, interviewing, determined or awarded). The refusal names each such level,
 * its stage and how many of its candidates have desk scores (what the change would
 * reach). Only the national administrator may go ahead anyway, with a reason of at least
 * {@link #MIN_REASON} characters; the override is audited
 * ({@code RESULTS_GUARD_OVERRIDDEN}) with the levels it reached.
 *
 * <p>
 * Callers decide who may override: the pages and the API pass a reason only from a
 * national administrator, the command line (run by the server's operator) passes
 * {@code --override-reason}.
 */
@Service
public class ResultGuard {

	/** The shortest reason accepted for an override. */
	public static final int MIN_REASON = 20;

	private final ScoredCandidates scoredCandidates;

	private final Stages stages;

	private final AreaCodes areaCodes;

	private final AuditLog audit;

	ResultGuard(ScoredCandidates scoredCandidates, Stages stages, AreaCodes areaCodes, AuditLog audit) {
		this.scoredCandidates = scoredCandidates;
		this.stages = stages;
		this.areaCodes = areaCodes;
		this.audit = audit;
	}

	/**
	 * Whether importing the data set is guarded: every data set but {@code jury-scores},
	 * which feeds the interviews (WAWANCARA) and reaches a level's scores only when its
	 * panel takes the imported scores over, an audited step of its own.
	 */
	public static boolean guards(DataSet set) {
		return set != DataSet.JURY_SCORES;
	}

	/**
	 * What a change would reach: a level past {@link Stage#VERIFIKASI} and its candidates
	 * with desk scores.
	 */
	public record SettledLevel(String scope, String name, Stage stage, long candidates) {
	}

	/** The levels of the edition past {@link Stage#VERIFIKASI}, national first. */
	public List<SettledLevel> settled(int editionYear) {
		List<SettledLevel> settled = new ArrayList<>();
		Map<String, Long> scored = null;
		for (String scope : this.stages.levels(editionYear)) {
			Stage stage = this.stages.current(editionYear, scope);
			if (stage.compareTo(Stage.VERIFIKASI) > 0) {
				scored = (scored != null) ? scored : this.scoredCandidates.byScope(editionYear);
				settled.add(new SettledLevel(scope, name(scope), stage, scored.getOrDefault(scope, 0L)));
			}
		}
		return settled;
	}

	private String name(String scope) {
		if (scope.equals(Stages.NATIONAL)) {
			return "Nasional";
		}
		Areas areas = this.areaCodes.areas();
		int g = areas.government(scope);
		return (g >= 0 && g < areas.provinceCount()) ? areas.provinceName(g) : scope;
	}

	/**
	 * The problems that refuse a change of the edition's data now: none when no level is
	 * past {@link Stage#VERIFIKASI}, or when an override reason long enough is given;
	 * otherwise every level the change would reach, or why the reason is refused. Audits
	 * nothing.
	 */
	public List<InvalidInputException.Problem> refusal(int editionYear, Optional<String> overrideReason) {
		List<SettledLevel> settled = settled(editionYear);
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		if (settled.isEmpty()) {
			return problems;
		}
		String reason = overrideReason.map(String::strip).orElse("");
		if (reason.isEmpty()) {
			problems.add(new InvalidInputException.Problem("edition", "guard.refused", editionYear, settled.size()));
			for (SettledLevel level : settled) {
				problems.add(new InvalidInputException.Problem("edition", "guard.level", level.name(), level.scope(),
						level.stage().name(), level.candidates()));
			}
			problems.add(new InvalidInputException.Problem("overrideReason", "guard.howToOverride", MIN_REASON));
		}
		else if (reason.length() < MIN_REASON) {
			problems.add(new InvalidInputException.Problem("overrideReason", "guard.reasonTooShort", MIN_REASON,
					reason.length()));
		}
		TextLimits.check("overrideReason", reason, TextLimits.AUDITED_REASON, problems);
		return problems;
	}

	/**
	 * Refuses a change of the edition's data while a level is past
	 * {@link Stage#VERIFIKASI}, unless overridden with a reason, which is audited with
	 * the levels it reaches.
	 * @param action what would change, for the audit log as a labelled code (e.g.
	 * {@code IMPORT employers})
	 * @param overrideReason the reason of an override the caller allowed; empty for none
	 * @throws InvalidInputException naming every level it would reach, or why the reason
	 * is refused
	 */
	public void check(int editionYear, String action, String actor, Optional<String> overrideReason) {
		List<InvalidInputException.Problem> problems = refusal(editionYear, overrideReason);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<SettledLevel> settled = settled(editionYear);
		if (settled.isEmpty()) {
			return;
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("action", action);
		after.put("reason", overrideReason.orElseThrow().strip());
		this.audit
			.recordAs(actor, "RESULTS_GUARD_OVERRIDDEN", "edition", Integer.toString(editionYear),
					Map.of("settledLevels",
							settled.stream().map(l -> l.scope() + " " + l.stage() + " " + l.candidates()).toList()),
					after);
	}

}
