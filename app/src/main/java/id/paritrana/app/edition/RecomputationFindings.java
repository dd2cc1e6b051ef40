package id.paritrana.app.edition;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.paritrana.app.edition.StagePreconditions.Check;
import id.paritrana.app.edition.StagePreconditions.Finding;
import id.paritrana.app.system.Recomputations;

/**
 * A recomputation of measures or desk scores that an event asked for, concerning the
 * level, and that has not finished (docs/events.md): a shortlist or a determination taken
 * now would rank on scores about to change.
 */
@Component
class RecomputationFindings implements StageFindings {

	private final Recomputations recomputations;

	RecomputationFindings(Recomputations recomputations) {
		this.recomputations = recomputations;
	}

	@Override
	public List<Finding> find(int editionYear, String levelScope, Set<Check> checks) {
		if (!checks.contains(Check.RECOMPUTATION_PENDING) || !this.recomputations.pending(editionYear, levelScope)) {
			return List.of();
		}
		return List.of(new Finding(Check.RECOMPUTATION_PENDING, "DESK_SCORES", "/edisi/" + editionYear + "/skor-meja"));
	}

}
