package id.paritrana.engine.rubric;

import java.util.Objects;
import java.util.Optional;

/**
 * An eligibility condition (DESIGN §4, §5.1), e.g. {@code arrears = 0}: a candidate
 * failing it (or missing its measure) is flagged {@code TIDAK_MEMENUHI:<measure>} and
 * never ranked.
 */
public record Condition(Measure measure, Operator operator, double threshold) {

	public Condition {
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(operator, "operator");
		if (measure.isOrdinal()) {
			throw new IllegalArgumentException("eligibility needs a numeric measure, " + measure + " is ordinal");
		}
		if (!Double.isFinite(threshold)) {
			throw new IllegalArgumentException("threshold must be finite");
		}
	}

	/**
	 * Whether value {@code x} meets the condition; a missing value ({@code NaN}) never
	 * does.
	 */
	public boolean test(double x) {
		return !Double.isNaN(x) && this.operator.test(x, this.threshold);
	}

	/**
	 * The flag of a candidate failing this condition, e.g.
	 * {@code TIDAK_MEMENUHI:arrears}.
	 */
	public String flag() {
		return "TIDAK_MEMENUHI:" + this.measure.id();
	}

	@Override
	public String toString() {
		return this.measure.id() + " " + this.operator.symbol() + " " + this.threshold;
	}

	/** Comparison operators, written in rubric files as their symbol. */
	public enum Operator {

		EQ("="), NE("!="), GT(">"), GE(">="), LT("<"), LE("<=");

		private final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

		/** The symbol as written in a rubric file. */
		public String symbol() {
			return this.symbol;
		}

		boolean test(double x, double t) {
			return switch (this) {
				case EQ -> x == t;
				case NE -> x != t;
				case GT -> x > t;
				case GE -> x >= t;
				case LT -> x < t;
				case LE -> x <= t;
			};
		}

		/**
		 * The operator written as {@code symbol} ({@code ≥} and {@code ≤} accepted too).
		 */
		public static Optional<Operator> bySymbol(String symbol) {
			String s = switch (symbol) {
				case "≥" -> ">=";
				case "≤" -> "<=";
				case "==" -> "=";
				case "≠" -> "!=";
				default -> symbol;
			};
			for (Operator op : values()) {
				if (op.symbol.equals(s)) {
					return Optional.of(op);
				}
			}
			return Optional.empty();
		}

	}

}
