/**
 * Candidates of an edition (DESIGN §3, §4): who is assessed in each category and scope,
 * with eligibility, flags, desk score and evidence counts; each candidate's own page ("my
 * candidacy" for its operator) with its questionnaire, which informs verifiers and jurors
 * but feeds no score.
 *
 * <p>
 * <b>Events.</b> Publishes none and consumes none: what it does is done when it answers
 * (docs/events.md).
 */
package id.paritrana.app.candidate;
