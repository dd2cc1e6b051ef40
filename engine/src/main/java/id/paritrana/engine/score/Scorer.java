package id.paritrana.engine.score;

import java.util.List;
import java.util.Map;

import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubric;

/**
 * Scores and ranks one category at one level (DESIGN §5.2–§5.5): the entry point of the engine.
 */
public final class Scorer {

	private Scorer() {
	}

	/**
	 * Scores the candidates of one category at one level.
	 * @param rubric the category's rubric
	 * @param level the level; the category must be assessed at it (§4)
	 * @param candidates the candidates with their measures; the category must be the rubric's
	 * @param jury the raw juror scores of this category at this level (may be empty)
	 * @throws InvalidJuryScoresException before scoring, listing every problem, when the jury
	 * scores are invalid input (§5.5)
	 * @throws IllegalArgumentException if categories disagree or the category has no such level
	 */
	public static CategoryResult score(Rubric rubric, Level level, CandidateTable candidates, JuryScores jury) {
		if (rubric.category() != candidates.category()) {
			throw new IllegalArgumentException(
					"rubric of " + rubric.category() + " cannot score candidates of " + candidates.category());
		}
		if (!rubric.category().assessedAt(level)) {
			throw new IllegalArgumentException(rubric.category() + " is not assessed at level " + level);
		}
		List<JuryProblem> problems = jury.validate(rubric.jury(), candidates);
		if (!problems.isEmpty()) {
			throw new InvalidJuryScoresException(problems);
		}
		Map<String, Double> juryByCode = rubric.jury()
			.map(j -> JuryAggregation.aggregate(j.method(), jury.jurorMeans()))
			.orElse(Map.of());
		return new CategoryResult(level, new IndicatorScores(rubric, candidates, juryByCode));
	}

	/** Scores without jury scores: desk scores and ranks only (final = desk without an interview). */
	public static CategoryResult score(Rubric rubric, Level level, CandidateTable candidates) {
		return score(rubric, level, candidates, new JuryScores());
	}

}
