package id.paritrana.app.dataset;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.paritrana.app.evidence.EvidenceDecided;
import id.paritrana.app.evidence.EvidenceKind;
import id.paritrana.app.system.Recomputations;

/**
 * Refreshes the regulation level a decided regulation counts for, after the decision
 * committed and in a transaction of its own, and publishes {@link MeasuresRefreshed} with
 * the change. No change ends the recomputation here.
 */
@Component
class EvidenceDecisions {

	private final CandidateMeasures measures;

	private final ApplicationEventPublisher events;

	private final Recomputations recomputations;

	EvidenceDecisions(CandidateMeasures measures, ApplicationEventPublisher events, Recomputations recomputations) {
		this.measures = measures;
		this.events = events;
		this.recomputations = recomputations;
	}

	@ApplicationModuleListener
	void on(EvidenceDecided decided) {
		if (decided.kind() != EvidenceKind.REGULASI) {
			return;
		}
		CandidateMeasures.RegulationRefresh refresh = this.measures.refreshRegulationLevel(decided.editionYear(),
				decided.candidateCode(), decided.actor());
		if (refresh.changed()) {
			this.events.publishEvent(new MeasuresRefreshed(decided.editionYear(), decided.candidateCode(),
					refresh.category(), decided.candidateCode().substring(0, 2), refresh.all(), decided.actor()));
		}
		else {
			this.recomputations.finished(decided.editionYear());
		}
	}

}
