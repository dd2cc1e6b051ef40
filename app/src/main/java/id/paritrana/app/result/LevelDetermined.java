package id.paritrana.app.result;

import java.util.Set;

import id.paritrana.app.system.EditionEvent;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Category;

/**
 * A level was determined, or its determination revised (published with the snapshot): the
 * categories whose promoted candidates changed with it ({@code promotionChanged}, none
 * but for a province) are scored again at the national level after it.
 */
public record LevelDetermined(int editionYear, String scope, long snapshotId, int revision,
		Set<Category> promotionChanged, String actor) implements EditionEvent {

	/** Only the national level scores the promoted winners. */
	@Override
	public boolean concerns(String levelScope) {
		return Level.NATIONAL_SCOPE.equals(levelScope);
	}

}
