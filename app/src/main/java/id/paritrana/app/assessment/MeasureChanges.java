package id.paritrana.app.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.paritrana.app.dataset.MeasuresRefreshed;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.Recomputations;

/**
 * Scores again what refreshed measures made stale, after the refresh committed and in a
 * transaction of its own: the category of the changed government in its scope, or the
 * whole edition when every government's measure changed. Nothing is scored before the
 * edition's first computation of desk scores.
 */
@Component
class MeasureChanges {

	private static final Logger log = LoggerFactory.getLogger(MeasureChanges.class);

	private final DeskScores deskScores;

	private final Recomputations recomputations;

	MeasureChanges(DeskScores deskScores, Recomputations recomputations) {
		this.deskScores = deskScores;
		this.recomputations = recomputations;
	}

	@ApplicationModuleListener
	void on(MeasuresRefreshed refreshed) {
		int year = refreshed.editionYear();
		if (this.deskScores.run(year).isEmpty()) {
			return;
		}
		try {
			if (refreshed.all()) {
				this.deskScores.compute(year, refreshed.actor());
			}
			else {
				String scope = refreshed.category().entryLevel().scope(refreshed.provinceCode());
				this.deskScores.recompute(year, refreshed.category(), scope, refreshed.actor());
			}
			this.recomputations.finished(year);
		}
		catch (InvalidInputException ex) {
			// a determined level's scores are frozen (DESIGN §5.8); trying again would
			// not change that
			log.warn("Desk scores of edition {} not recomputed after {}: {}", year, refreshed, ex.getMessage());
		}
	}

}
