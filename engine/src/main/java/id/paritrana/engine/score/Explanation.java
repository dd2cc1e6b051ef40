package id.paritrana.engine.score;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedSet;

import id.paritrana.engine.rubric.Rule;

/**
 * Why a candidate scored what it did (DESIGN §5.7): per indicator the measure value, the
 * rule and its parameters, the score, weight and weighted contribution, any flag, and the
 * standing among peers. Raw inputs of measures are added by the data side, which knows
 * them.
 *
 * @param deskScore published desk score
 * @param finalScore published final score, empty without one
 */
public record Explanation(String candidateCode, String scope, boolean eligible, SortedSet<String> flags,
		double deskScore, OptionalDouble finalScore, List<IndicatorExplanation> indicators) {

	public Explanation {
		indicators = List.copyOf(indicators);
	}

	/**
	 * One indicator of the candidate.
	 *
	 * @param measure the measure id; empty for the jury indicator
	 * @param value the numeric measure value (for the jury indicator: the jury score);
	 * empty when missing or ordinal
	 * @param level the ordinal level (e.g. {@code PERDA}); empty for numeric measures or
	 * when missing
	 * @param score the indicator score, unrounded; {@code NaN} for the jury indicator
	 * without jury scores
	 * @param contribution weight × score / 100: what the indicator adds to the final
	 * score
	 * @param flag {@code DATA_TIDAK_TERSEDIA:<indicator>} when the measure is missing
	 */
	public record IndicatorExplanation(String aspectId, String indicatorId, String name, Optional<String> measure,
			OptionalDouble value, Optional<String> level, Rule rule, String ruleText, double score, double weight,
			double contribution, Optional<String> flag, PeerStanding standing) {
	}

	/**
	 * Where the candidate stands among the peers of its scope on one indicator: peers are
	 * the candidates of the same scope with a value.
	 *
	 * @param rank competition rank by indicator score among peers (1 = best); empty when
	 * the candidate has no value
	 * @param peers the number of peers with a value (the candidate included when it has
	 * one)
	 * @param min lowest numeric value among peers; empty for ordinal measures or without
	 * peers
	 * @param median median numeric value among peers (mean of the middle two for an even
	 * count)
	 * @param max highest numeric value among peers
	 */
	public record PeerStanding(OptionalInt rank, int peers, OptionalDouble min, OptionalDouble median,
			OptionalDouble max) {
	}

}
