package id.paritrana.engine.score;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Measure;

/**
 * The candidates of one category at one level, with their measure values (DESIGN §5.1),
 * held column by column so that whole categories score from primitive arrays (§8).
 *
 * <p>
 * Candidate {@code i} has a code (government code or NPP), a name and a scope: its
 * province code {@code NN} at the provincial level, {@code ID} at the national level. A
 * numeric measure is a {@code double} with {@code NaN} for missing; an ordinal measure
 * (e.g. {@code regulation_level}) is one of the measure's levels, {@code null} for
 * missing.
 *
 * <p>
 * Immutable once built. The arrays returned by {@link #numeric(String)} and
 * {@link #levels(String)} are the table's own storage, shared for speed: do not modify
 * them.
 */
public final class CandidateTable {

	private final Category category;

	private final String[] codes;

	private final String[] names;

	private final String[] scopes;

	/**
	 * Number of each candidate's scope in {@link #scopeNames}, assigned as scopes first
	 * appear.
	 */
	private final int[] scopeIds;

	private final String[] scopeNames;

	private final double[][] numeric;

	private final String[][] levels;

	private final CodeIndex index;

	private CandidateTable(Builder b) {
		int n = b.size;
		this.category = b.category;
		this.codes = Arrays.copyOf(b.codes, n);
		this.names = Arrays.copyOf(b.names, n);
		this.scopes = Arrays.copyOf(b.scopes, n);
		this.scopeIds = Arrays.copyOf(b.scopeIds, n);
		this.scopeNames = b.scopeIndex.keySet().toArray(new String[0]);
		this.numeric = new double[b.numeric.length][];
		this.levels = new String[b.levels.length][];
		for (int m = 0; m < this.numeric.length; m++) {
			if (b.numeric[m] != null) {
				this.numeric[m] = Arrays.copyOf(b.numeric[m], n);
			}
			if (b.levels[m] != null) {
				this.levels[m] = Arrays.copyOf(b.levels[m], n);
			}
		}
		this.index = b.index;
	}

	/** A builder for the candidates of {@code category}. */
	public static Builder builder(Category category) {
		return new Builder(category, 16);
	}

	/**
	 * A builder for about {@code expected} candidates of {@code category}: room made once
	 * rather than by doubling.
	 */
	public static Builder builder(Category category, int expected) {
		return new Builder(category, Math.max(16, expected));
	}

	/** The category of every candidate in the table. */
	public Category category() {
		return this.category;
	}

	/** The number of candidates. */
	public int size() {
		return this.codes.length;
	}

	/** The code of candidate {@code i}: government code or NPP. */
	public String code(int i) {
		return this.codes[i];
	}

	/** The name of candidate {@code i}. */
	public String name(int i) {
		return this.names[i];
	}

	/**
	 * The scope of candidate {@code i}: province code {@code NN}, or {@code ID} at the
	 * national level.
	 */
	public String scope(int i) {
		return this.scopes[i];
	}

	int scopeId(int i) {
		return this.scopeIds[i];
	}

	/** The distinct scopes, numbered as {@link #scopeId} numbers them. */
	String[] scopeNames() {
		return this.scopeNames.clone();
	}

	/** The index of the candidate with {@code code}, if present. */
	public OptionalInt indexOf(String code) {
		int i = this.index.find(this.codes, code);
		return (i >= 0) ? OptionalInt.of(i) : OptionalInt.empty();
	}

	/**
	 * The values of a numeric measure, one per candidate, {@code NaN} where missing (all
	 * {@code NaN} when the measure was never set). Shared storage: do not modify.
	 * @throws IllegalArgumentException if the id is not a numeric measure of §5.1
	 */
	public double[] numeric(String measureId) {
		return numeric(numericMeasure(measureId));
	}

	// Lazily filled so absent measures cost nothing; synchronized because the table is
	// shared.
	synchronized double[] numeric(Measure measure) {
		double[] column = this.numeric[measure.ordinal()];
		if (column == null) {
			column = new double[size()];
			Arrays.fill(column, Double.NaN);
			this.numeric[measure.ordinal()] = column;
		}
		return column;
	}

	/**
	 * The levels of an ordinal measure, one per candidate, {@code null} where missing.
	 * Shared storage: do not modify.
	 * @throws IllegalArgumentException if the id is not an ordinal measure of §5.1
	 */
	public String[] levels(String measureId) {
		return levels(ordinalMeasure(measureId));
	}

	synchronized String[] levels(Measure measure) {
		String[] column = this.levels[measure.ordinal()];
		if (column == null) {
			column = new String[size()];
			this.levels[measure.ordinal()] = column;
		}
		return column;
	}

	private static Measure numericMeasure(String measureId) {
		Measure measure = Measure.of(measureId);
		if (measure.isOrdinal()) {
			throw new IllegalArgumentException("measure " + measureId + " is ordinal; use levels");
		}
		return measure;
	}

	private static Measure ordinalMeasure(String measureId) {
		Measure measure = Measure.of(measureId);
		if (!measure.isOrdinal()) {
			throw new IllegalArgumentException("measure " + measureId + " is numeric; use numeric");
		}
		return measure;
	}

	/** Collects candidates and their measure values; not thread-safe. */
	public static final class Builder {

		private final Category category;

		private int size;

		private String[] codes;

		private String[] names;

		private String[] scopes;

		private int[] scopeIds;

		// Insertion-ordered so that scope numbers follow the order of first appearance.
		private final Map<String, Integer> scopeIndex = new LinkedHashMap<>();

		private final double[][] numeric = new double[Measure.values().length][];

		private final String[][] levels = new String[Measure.values().length][];

		private final CodeIndex index;

		private boolean built;

		private Builder(Category category, int capacity) {
			this.category = Objects.requireNonNull(category, "category");
			this.codes = new String[capacity];
			this.names = new String[capacity];
			this.scopes = new String[capacity];
			this.scopeIds = new int[capacity];
			this.index = new CodeIndex(capacity);
		}

		/**
		 * Adds a candidate with every measure missing.
		 * @return the candidate's index, counting from 0 in order of addition
		 * @throws IllegalArgumentException if the code was added before
		 */
		public int add(String code, String name, String scope) {
			checkNotBuilt();
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(scope, "scope");
			if (this.size == this.codes.length) {
				int capacity = this.size * 2;
				this.codes = Arrays.copyOf(this.codes, capacity);
				this.names = Arrays.copyOf(this.names, capacity);
				this.scopes = Arrays.copyOf(this.scopes, capacity);
				this.scopeIds = Arrays.copyOf(this.scopeIds, capacity);
				for (int m = 0; m < this.numeric.length; m++) {
					if (this.numeric[m] != null) {
						this.numeric[m] = grow(this.numeric[m], capacity);
					}
					if (this.levels[m] != null) {
						this.levels[m] = Arrays.copyOf(this.levels[m], capacity);
					}
				}
			}
			this.codes[this.size] = code;
			if (this.index.add(this.codes, this.size) >= 0) {
				this.codes[this.size] = null;
				throw new IllegalArgumentException("duplicate candidate code " + code);
			}
			this.names[this.size] = name;
			this.scopes[this.size] = scope;
			Integer id = this.scopeIndex.get(scope);
			if (id == null) {
				id = this.scopeIndex.size();
				this.scopeIndex.put(scope, id);
			}
			this.scopeIds[this.size] = id;
			return this.size++;
		}

		/**
		 * Sets a numeric measure of candidate {@code index}; {@code NaN} marks it
		 * missing.
		 * @throws IllegalArgumentException if the measure is unknown or ordinal, or the
		 * value infinite
		 */
		public Builder set(String measureId, int index, double value) {
			return set(numericMeasure(measureId), index, value);
		}

		/**
		 * As {@link #set(String, int, double)}, for a numeric measure.
		 * @throws IllegalArgumentException if the measure is ordinal, or the value
		 * infinite
		 */
		public Builder set(Measure measure, int index, double value) {
			checkNotBuilt();
			if (measure.isOrdinal()) {
				throw new IllegalArgumentException("measure " + measure.id() + " is ordinal; use levels");
			}
			checkIndex(index);
			if (Double.isInfinite(value)) {
				throw new IllegalArgumentException(
						"measure " + measure.id() + " of " + this.codes[index] + " is infinite");
			}
			double[] column = this.numeric[measure.ordinal()];
			if (column == null) {
				column = grow(new double[0], this.codes.length);
				this.numeric[measure.ordinal()] = column;
			}
			column[index] = value;
			return this;
		}

		/**
		 * Sets an ordinal measure (e.g. {@code regulation_level}) of candidate
		 * {@code index}; {@code null} marks it missing.
		 * @throws IllegalArgumentException if the measure is unknown or numeric, or the
		 * level not one of its levels
		 */
		public Builder setLevel(String measureId, int index, String level) {
			checkNotBuilt();
			Measure measure = ordinalMeasure(measureId);
			checkIndex(index);
			if (level != null && !measure.levels().contains(level)) {
				throw new IllegalArgumentException(
						"level " + level + " of " + measureId + " is not one of " + measure.levels());
			}
			String[] column = this.levels[measure.ordinal()];
			if (column == null) {
				column = new String[this.codes.length];
				this.levels[measure.ordinal()] = column;
			}
			column[index] = level;
			return this;
		}

		/** The table; the builder cannot be used afterwards. */
		public CandidateTable build() {
			checkNotBuilt();
			this.built = true;
			return new CandidateTable(this);
		}

		private void checkIndex(int index) {
			if (index < 0 || index >= this.size) {
				throw new IndexOutOfBoundsException("no candidate " + index + " (size " + this.size + ")");
			}
		}

		private void checkNotBuilt() {
			if (this.built) {
				throw new IllegalStateException("table already built");
			}
		}

		private static double[] grow(double[] column, int capacity) {
			int old = column.length;
			double[] grown = Arrays.copyOf(column, capacity);
			Arrays.fill(grown, old, capacity, Double.NaN);
			return grown;
		}

	}

}
