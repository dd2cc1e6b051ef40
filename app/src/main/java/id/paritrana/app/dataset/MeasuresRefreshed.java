package id.paritrana.app.dataset;

import id.paritrana.app.system.EditionEvent;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Category;

/**
 * The stored regulation level of a government changed after a decision on its evidence
 * (published with the change): the desk scores of its category and province are stale, or
 * those of the whole edition when {@code all} (every government's level changed between
 * missing and {@code NONE}).
 */
public record MeasuresRefreshed(int editionYear, String candidateCode, Category category, String provinceCode,
		boolean all, String actor) implements EditionEvent {

	/**
	 * The refreshed province's level and the national one, or every level when
	 * {@code all}.
	 */
	@Override
	public boolean concerns(String levelScope) {
		return this.all || Level.NATIONAL_SCOPE.equals(levelScope) || levelScope.equals(this.provinceCode);
	}

}
