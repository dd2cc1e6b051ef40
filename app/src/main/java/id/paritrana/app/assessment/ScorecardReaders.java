package id.paritrana.app.assessment;

import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * Who else may read a candidate's scorecard beyond the roles of {@link DeskScoreAccess}:
 * a juror the candidate is assigned to (answered by the jury module, which this module
 * does not know of).
 */
public interface ScorecardReaders {

	/** Whether the user may read the scorecard of that candidate. */
	boolean mayRead(SignedInUser user, int editionYear, Level level, Category category, String code);

}
