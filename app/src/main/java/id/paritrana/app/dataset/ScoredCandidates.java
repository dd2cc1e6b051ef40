package id.paritrana.app.dataset;

import java.util.Map;

/**
 * How many candidates of each level scope of an edition have desk scores, for the
 * {@link ResultGuard}'s refusal. The assessment module owns the desk scores and answers
 * (it depends on this module, so this module asks through this interface).
 */
public interface ScoredCandidates {

	/**
	 * Candidates with desk scores by level scope (a province code, or {@code ID}); scopes
	 * without any are absent.
	 */
	Map<String, Long> byScope(int editionYear);

}
