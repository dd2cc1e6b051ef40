/**
 * Scoring of one category at one level (DESIGN §5.2–§5.5, §5.7, §5.9): candidates in a
 * columnar {@link id.paritrana.engine.score.CandidateTable}, jury scores, the
 * {@link id.paritrana.engine.score.Scorer}, its columnar
 * {@link id.paritrana.engine.score.CategoryResult}, explanations, Kendall's W and
 * robustness.
 */
package id.paritrana.engine.score;
