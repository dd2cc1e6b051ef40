package id.paritrana.engine.score;

import java.util.List;
import java.util.Map;

import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubric;

/**
 * Scores and ranks one category at one level (DESIGN §5.2–§5.5): the entry point of the
 * engine.
 */
public final class Scorer {

	private Scorer() {
	}

	/**
	 * Scores the candidates of one category at one level.
	 * @param rubric the category's rubric
	 * @param level the level; the category must be assessed at it (§4)
	 * @param candidates the candidates with their measures; the category must be the
	 * rubric's
	 * @param jury the raw juror scores of this category at this level (may be empty)
	 * @throws InvalidJuryScoresException before scoring, listing every problem, when the
	 * jury scores are invalid input (§5.5)
	 * @throws IllegalArgumentException if categories disagree, the category has no such
	 * level, or a scope does not fit the level (a province code {@code NN} at the
	 * provincial level, {@code ID} at the national level)
	 */
	public static CategoryResult score(Rubric rubric, Level level, CandidateTable candidates, JuryScores jury) {
		if (rubric.category() != candidates.category()) {
			throw new IllegalArgumentException(
					"rubric of " + rubric.category() + " cannot score candidates of " + candidates.category());
		}
		if (!rubric.category().assessedAt(level)) {
			throw new IllegalArgumentException(rubric.category() + " is not assessed at level " + level);
		}
		checkScopes(level, candidates);
		List<JuryProblem> problems = jury.validate(rubric.jury(), candidates);
		if (!problems.isEmpty()) {
			throw new InvalidJuryScoresException(problems);
		}
		Map<String, Double> juryByCode = rubric.jury()
			.map(j -> JuryAggregation.aggregate(j.method(), jury.jurorMeans()))
			.orElse(Map.of());
		return new CategoryResult(level, new IndicatorScores(rubric, candidates, juryByCode));
	}

	/**
	 * Scopes are province codes at the provincial level and {@code ID} at the national
	 * level (§7.1).
	 */
	private static void checkScopes(Level level, CandidateTable candidates) {
		for (String scope : candidates.scopeNames()) {
			boolean valid = (level == Level.NASIONAL) ? scope.equals(Level.NATIONAL_SCOPE)
					: scope.length() == 2 && Character.isDigit(scope.charAt(0)) && Character.isDigit(scope.charAt(1));
			if (!valid) {
				throw new IllegalArgumentException("scope '" + scope + "' is not valid at level " + level
						+ ((level == Level.NASIONAL) ? ": expected ID" : ": expected a province code NN"));
			}
		}
	}

	/**
	 * Scores without jury scores: desk scores and ranks only (final = desk without an
	 * interview).
	 */
	public static CategoryResult score(Rubric rubric, Level level, CandidateTable candidates) {
		return score(rubric, level, candidates, new JuryScores());
	}

}
