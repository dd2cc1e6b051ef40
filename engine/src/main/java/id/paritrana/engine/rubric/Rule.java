package id.paritrana.engine.rubric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an indicator turns a measure value into a score in [0, 100] (DESIGN §5.2). Rules
 * are immutable and check their parameters on construction.
 */
public sealed interface Rule permits Rule.Linear, Rule.Bands, Rule.Ordinal, Rule.Percentile, Rule.MinMax, Rule.Jury {

	/**
	 * The rule's type as written in a rubric file ({@code linear}, {@code bands}, ...).
	 */
	String type();

	/**
	 * Whether the score depends on the other candidates of the scope (§5.2
	 * "peer-relative").
	 */
	default boolean isPeerRelative() {
		return false;
	}

	/**
	 * A short human-readable statement of the rule and its parameters, e.g.
	 * {@code linear 0 → 80}.
	 */
	String describe();

	/**
	 * {@code linear a → b}: {@code 100 × clamp((x − a) / (b − a), 0, 1)}; {@code a > b}
	 * gives a decreasing rule.
	 */
	record Linear(double from, double to) implements Rule {

		public Linear {
			if (!Double.isFinite(from) || !Double.isFinite(to) || from == to) {
				throw new IllegalArgumentException(
						"linear rule needs two different finite ends, got " + from + " → " + to);
			}
		}

		/** The score of value {@code x}. */
		public double score(double x) {
			double t = (x - this.from) / (this.to - this.from);
			return 100.0 * Math.max(0.0, Math.min(1.0, t));
		}

		@Override
		public String type() {
			return "linear";
		}

		@Override
		public String describe() {
			return "linear " + number(this.from) + " → " + number(this.to);
		}

	}

	/**
	 * One band: values at or above {@code min} score {@code score} (until the next band).
	 */
	record Band(double min, double score) {

		public Band {
			if (!Double.isFinite(min)) {
				throw new IllegalArgumentException("band lower bound must be finite, got " + min);
			}
			if (!(score >= 0 && score <= 100)) {
				throw new IllegalArgumentException("band score must be within 0–100, got " + score);
			}
		}

	}

	/**
	 * {@code bands}: the score of the highest band whose lower bound ≤ x; 0 below the
	 * first band. Bands are listed by strictly ascending lower bound.
	 */
	record Bands(List<Band> bands) implements Rule {

		public Bands {
			bands = List.copyOf(bands);
			if (bands.isEmpty()) {
				throw new IllegalArgumentException("bands rule needs at least one band");
			}
			for (int i = 1; i < bands.size(); i++) {
				if (!(bands.get(i).min() > bands.get(i - 1).min())) {
					throw new IllegalArgumentException("band lower bounds must be strictly ascending");
				}
			}
		}

		/** The score of value {@code x}. */
		public double score(double x) {
			double score = 0.0;
			for (Band band : this.bands) {
				if (band.min() <= x) {
					score = band.score();
				}
				else {
					break;
				}
			}
			return score;
		}

		@Override
		public String type() {
			return "bands";
		}

		@Override
		public String describe() {
			List<String> parts = new ArrayList<>();
			for (Band band : this.bands) {
				parts.add("≥" + number(band.min()) + " → " + number(band.score()));
			}
			return "bands: " + String.join(", ", parts);
		}

	}

	/**
	 * {@code ordinal}: the score listed for the level. Iteration order is the declaration
	 * order.
	 */
	record Ordinal(Map<String, Double> scores) implements Rule {

		public Ordinal {
			if (scores.isEmpty()) {
				throw new IllegalArgumentException("ordinal rule needs at least one level");
			}
			for (Map.Entry<String, Double> entry : scores.entrySet()) {
				double s = entry.getValue();
				if (!(s >= 0 && s <= 100)) {
					throw new IllegalArgumentException(
							"score of level " + entry.getKey() + " must be within 0–100, got " + s);
				}
			}
			scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
		}

		/** The score of a level; {@code NaN} when the level is not listed. */
		public double score(String level) {
			Double s = this.scores.get(level);
			return (s != null) ? s : Double.NaN;
		}

		@Override
		public String type() {
			return "ordinal";
		}

		@Override
		public String describe() {
			List<String> parts = new ArrayList<>();
			this.scores.forEach((level, s) -> parts.add(level + " " + number(s)));
			return "ordinal: " + String.join(", ", parts);
		}

	}

	/**
	 * {@code percentile} (peer-relative):
	 * {@code 100 × (peers below x + ½ × peers equal to x,
	 * itself excluded) / (peers − 1)}; 100 when alone.
	 */
	record Percentile() implements Rule {

		@Override
		public String type() {
			return "percentile";
		}

		@Override
		public boolean isPeerRelative() {
			return true;
		}

		@Override
		public String describe() {
			return "percentile among peers";
		}

	}

	/**
	 * {@code minmax} (peer-relative): {@code 100 × (x − min) / (max − min)}; 100 when all
	 * equal.
	 */
	record MinMax() implements Rule {

		@Override
		public String type() {
			return "minmax";
		}

		@Override
		public boolean isPeerRelative() {
			return true;
		}

		@Override
		public String describe() {
			return "minmax among peers";
		}

	}

	/**
	 * The jury indicator: its score is the candidate's jury score (§5.5); it reads no
	 * measure.
	 */
	record Jury() implements Rule {

		@Override
		public String type() {
			return "jury";
		}

		@Override
		public String describe() {
			return "jury";
		}

	}

	private static String number(double d) {
		return (d == Math.rint(d) && Math.abs(d) < 1e15) ? Long.toString((long) d) : Double.toString(d);
	}

}
