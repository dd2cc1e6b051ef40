package id.paritrana.app.evidence;

import id.paritrana.app.system.EditionEvent;
import id.paritrana.engine.rubric.Level;

/**
 * A verifier accepted or rejected a piece of evidence (published with the decision, after
 * which the measures it counts for are refreshed: docs/events.md).
 */
public record EvidenceDecided(int editionYear, long evidenceId, String candidateCode, EvidenceKind kind,
		EvidenceStatus status, String actor) implements EditionEvent {

	/**
	 * A regulation counts for its government's desk score at its province's level and,
	 * like every score, at the national level; no other kind of evidence changes a score.
	 */
	@Override
	public boolean concerns(String levelScope) {
		return this.kind == EvidenceKind.REGULASI && (Level.NATIONAL_SCOPE.equals(levelScope)
				|| EvidenceOwners.provinceOfGovernment(this.candidateCode).filter(levelScope::equals).isPresent());
	}

}
