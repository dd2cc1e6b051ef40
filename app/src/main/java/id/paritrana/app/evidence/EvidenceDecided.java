package id.paritrana.app.evidence;

import id.paritrana.app.system.EditionEvent;

/**
 * A verifier accepted or rejected a piece of evidence (published with the decision, after
 * which the measures it counts for are refreshed: docs/events.md).
 */
public record EvidenceDecided(int editionYear, long evidenceId, String candidateCode, EvidenceKind kind,
		EvidenceStatus status, String actor) implements EditionEvent {
}
