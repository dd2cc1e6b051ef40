package id.paritrana.engine.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Indicator;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubric;

/**
 * The scores and ranks of one category at one level (DESIGN §5.3–§5.4), held column by
 * column and read by candidate index (the index in the {@link CandidateTable}).
 *
 * <p>
 * Scores read here are the <em>published</em> values, rounded half up to 2 decimals
 * (§5.3); ranks follow them. Absent values use documented sentinels rather than objects
 * so that 750,000 candidates read fast: {@code NaN} for a score that does not exist,
 * {@link #NO_RANK} for a rank that does not exist.
 */
public final class CategoryResult {

	/** The rank of a candidate that is not ranked. */
	public static final int NO_RANK = 0;

	/** Bits of a position within a run of equal ranks (fewer than 2^21 members). */
	private static final int POSITION_BITS = 21;

	/** The number of juara places (§5.4): final ranks 1 to 3 are juara 1, 2 and 3. */
	public static final int JUARA_PLACES = 3;

	private final Level level;

	private final IndicatorScores scores;

	private final Totals totals;

	private final int[] juryCents;

	private final int[] deskRank;

	private final int[] finalRank;

	/**
	 * Peer summaries per indicator and scope, made on the first explanation that needs
	 * them.
	 */
	private Peers[][] peers;

	CategoryResult(Level level, IndicatorScores scores) {
		this.level = level;
		this.scores = scores;
		this.totals = new Totals(scores, scores.weights());
		this.juryCents = new int[scores.jury.length];
		for (int i = 0; i < this.juryCents.length; i++) {
			this.juryCents[i] = Rounding.centsOrNone(scores.jury[i]);
		}
		this.deskRank = this.totals.deskRanks(scores);
		this.finalRank = scores.rubric.hasJury() ? this.totals.finalRanks(scores) : this.deskRank;
	}

	/** The category scored. */
	public Category category() {
		return this.scores.rubric.category();
	}

	/** The level scored. */
	public Level level() {
		return this.level;
	}

	/** The rubric scored with. */
	public Rubric rubric() {
		return this.scores.rubric;
	}

	/** The candidates scored; index {@code i} here is index {@code i} there. */
	public CandidateTable candidates() {
		return this.scores.table;
	}

	/** The number of candidates. */
	public int size() {
		return this.scores.table.size();
	}

	/** Whether candidate {@code i} meets every eligibility condition (§4). */
	public boolean eligible(int i) {
		return this.scores.eligible[i];
	}

	/**
	 * The flags of candidate {@code i}, sorted (§5.1):
	 * {@code DATA_TIDAK_TERSEDIA:<indicator id>} for each missing measure,
	 * {@code TIDAK_MEMENUHI:<measure>} for each failed eligibility condition.
	 * Unmodifiable; empty when there are none.
	 */
	public SortedSet<String> flags(int i) {
		TreeSet<String> flags = new TreeSet<>();
		IndicatorScores s = this.scores;
		for (int k = 0; k < s.indicators.length; k++) {
			if (s.missing[k][i]) {
				flags.add("DATA_TIDAK_TERSEDIA:" + s.indicators[k].id());
			}
		}
		for (int c = 0; c < s.failed.length; c++) {
			if (s.failed[c][i]) {
				flags.add(s.rubric.eligibility().get(c).flag());
			}
		}
		return Collections.unmodifiableSortedSet(flags);
	}

	/** The published desk score of candidate {@code i} (§5.3). */
	public double deskScore(int i) {
		return Rounding.value(this.totals.deskCents[i]);
	}

	/** The unrounded desk score of candidate {@code i}. */
	public double deskScoreUnrounded(int i) {
		return this.totals.deskRaw[i];
	}

	/**
	 * The desk rank of candidate {@code i} within its scope, or {@link #NO_RANK} when not
	 * eligible (§5.4).
	 */
	public int deskRank(int i) {
		return this.deskRank[i];
	}

	/** Whether candidate {@code i} has jury scores at this level (§5.5). */
	public boolean hasJuryScore(int i) {
		return this.juryCents[i] != Rounding.NONE;
	}

	/**
	 * The published jury score of candidate {@code i}, or {@code NaN} without jury scores
	 * (§5.5).
	 */
	public double juryScore(int i) {
		return Rounding.value(this.juryCents[i]);
	}

	/**
	 * The published final score of candidate {@code i}, or {@code NaN} when it has none:
	 * in a category with an interview, only candidates with jury scores have one; without
	 * an interview it equals the desk score (§5.3).
	 */
	public double finalScore(int i) {
		return Rounding.value(this.totals.finalCents[i]);
	}

	/**
	 * The unrounded final score of candidate {@code i}, or {@code NaN} when it has none.
	 */
	public double finalScoreUnrounded(int i) {
		return this.totals.finalRaw[i];
	}

	/**
	 * The final rank of candidate {@code i} within its scope, or {@link #NO_RANK}: only
	 * eligible candidates with a final score are ranked (§5.4). Final ranks 1–3 are juara
	 * 1/2/3.
	 */
	public int finalRank(int i) {
		return this.finalRank[i];
	}

	/**
	 * The juara place of a rank: the rank itself from 1 to {@value #JUARA_PLACES} (shared
	 * ranks share the place), else 0 for a lower rank or {@link #NO_RANK}.
	 */
	public static int juaraPlace(int rank) {
		return (rank != NO_RANK && rank <= JUARA_PLACES) ? rank : 0;
	}

	/**
	 * The aspect ids, in rubric order; {@link #aspectScore} takes an index into this
	 * list.
	 */
	public List<String> aspectIds() {
		return this.scores.rubric.aspects().stream().map(a -> a.id()).toList();
	}

	/**
	 * The published score of aspect {@code aspect} (index into {@link #aspectIds()}) for
	 * candidate {@code i} (§5.3); {@code NaN} for the jury aspect without jury scores.
	 */
	public double aspectScore(int i, int aspect) {
		return Rounding.value(this.totals.aspectCents[aspect][i]);
	}

	/**
	 * The indicator ids, aspect by aspect in rubric order; {@link #indicatorScore} takes
	 * an index into this list.
	 */
	public List<String> indicatorIds() {
		return Arrays.stream(this.scores.indicators).map(Indicator::id).toList();
	}

	/**
	 * The published score of indicator {@code indicator} (index into
	 * {@link #indicatorIds()}) for candidate {@code i}: its unrounded score rounded half
	 * up to 2 decimals (§5.3); {@code NaN} for the jury indicator without jury scores.
	 */
	public double indicatorScore(int i, int indicator) {
		return Rounding.value(Rounding.centsOrNone(this.scores.score[indicator][i]));
	}

	/**
	 * The candidate indices in the row order of §7.1 within this category: by scope,
	 * final rank, desk rank (unranked last for both), candidate code.
	 */
	public int[] order() {
		int[][] members = this.scores.scopes.members;
		int[] offsets = new int[members.length + 1];
		for (int s = 0; s < members.length; s++) {
			offsets[s + 1] = offsets[s] + members[s].length;
		}
		int[] order = new int[size()];
		// each scope fills its own part of the order: sorted side by side
		IntStream.range(0, members.length).parallel().forEach(s -> order(members[s], order, offsets[s]));
		return order;
	}

	/** Sorts one scope's members into {@code order} from {@code filled} on. */
	private void order(int[] members, int[] order, int filled) {
		CandidateTable table = this.scores.table;
		IntSort.IntComparator byRanksThenCode = (a, b) -> {
			int c = compareRanks(this.finalRank[a], this.finalRank[b]);
			if (c == 0) {
				c = compareRanks(this.deskRank[a], this.deskRank[b]);
			}
			return (c != 0) ? c : table.code(a).compareTo(table.code(b));
		};
		int m = members.length;
		int bits = 32 - Integer.numberOfLeadingZeros(m + 1);
		if (3 * bits > 63) {
			System.arraycopy(members, 0, order, filled, m);
			IntSort.sort(order, filled, filled + m, byRanksThenCode);
			return;
		}
		// Ranks (unranked as m + 1, after every rank) and position packed into one long:
		// a primitive sort, then codes decide only among candidates with equal ranks.
		long low = (1L << bits) - 1;
		long[] keys = new long[m];
		for (int p = 0; p < m; p++) {
			int i = members[p];
			long fr = (this.finalRank[i] == NO_RANK) ? m + 1 : this.finalRank[i];
			long dr = (this.deskRank[i] == NO_RANK) ? m + 1 : this.deskRank[i];
			keys[p] = (fr << (2 * bits)) | (dr << bits) | p;
		}
		Arrays.sort(keys);
		int start = 0;
		while (start < m) {
			int end = start + 1;
			while (end < m && (keys[end] >>> bits) == (keys[start] >>> bits)) {
				end++;
			}
			for (int q = start; q < end; q++) {
				order[filled + q] = members[(int) (keys[q] & low)];
			}
			if (end - start > 1) {
				sortByCode(order, filled + start, filled + end, table);
			}
			start = end;
		}
	}

	/**
	 * Sorts {@code a[from, to)} by candidate code, as {@link String#compareTo} orders
	 * them: the first 5 characters of each code packed into one primitive key (a
	 * character as {@code min(c, 255)}, 0 past the end and after a 255: never against the
	 * codes' order), then whole codes compared only where those keys agree. Many
	 * candidates share their ranks (equal scores), so this sort can hold most of a
	 * category.
	 */
	private static void sortByCode(int[] a, int from, int to, CandidateTable table) {
		int n = to - from;
		long[] keys = new long[n];
		for (int q = 0; q < n; q++) {
			String code = table.code(a[from + q]);
			long prefix = 0;
			boolean saturated = false;
			for (int c = 0; c < 5; c++) {
				int ch = (c < code.length() && !saturated) ? Math.min(code.charAt(c), 255) : 0;
				// from a character of 255 or more on, only whole codes can tell two apart
				saturated |= ch == 255;
				prefix = (prefix << 8) | ch;
			}
			keys[q] = (prefix << POSITION_BITS) | q;
		}
		Arrays.sort(keys);
		int[] run = Arrays.copyOfRange(a, from, to);
		for (int q = 0; q < n; q++) {
			a[from + q] = run[(int) (keys[q] & ((1L << POSITION_BITS) - 1))];
		}
		int start = 0;
		while (start < n) {
			int end = start + 1;
			while (end < n && (keys[end] >>> POSITION_BITS) == (keys[start] >>> POSITION_BITS)) {
				end++;
			}
			if (end - start > 1) {
				IntSort.sort(a, from + start, from + end, (x, y) -> table.code(x).compareTo(table.code(y)));
			}
			start = end;
		}
	}

	private static int compareRanks(int a, int b) {
		// NO_RANK is 0: map it past every real rank so unranked rows come last.
		return Integer.compareUnsigned(a - 1, b - 1);
	}

	/**
	 * The explanation of candidate {@code i} (§5.7), computed on demand.
	 */
	public Explanation explain(int i) {
		IndicatorScores s = this.scores;
		List<Explanation.IndicatorExplanation> lines = new ArrayList<>();
		double totalWeight = 0;
		for (Indicator indicator : s.indicators) {
			totalWeight += indicator.weight();
		}
		for (int k = 0; k < s.indicators.length; k++) {
			Indicator indicator = s.indicators[k];
			String aspectId = s.rubric.aspects().get(s.aspectOf[k]).id();
			OptionalDouble value = OptionalDouble.empty();
			Optional<String> level = Optional.empty();
			double[] numeric = null;
			if (indicator.isJury()) {
				numeric = s.jury;
			}
			else if (indicator.measure().orElseThrow().isOrdinal()) {
				String l = s.table.levels(indicator.measure().get())[i];
				level = Optional.ofNullable(l);
			}
			else {
				numeric = s.table.numeric(indicator.measure().get());
			}
			if (numeric != null && !Double.isNaN(numeric[i])) {
				value = OptionalDouble.of(numeric[i]);
			}
			double score = s.score[k][i];
			Optional<String> flag = s.missing[k][i] ? Optional.of("DATA_TIDAK_TERSEDIA:" + indicator.id())
					: Optional.empty();
			lines.add(new Explanation.IndicatorExplanation(aspectId, indicator.id(), indicator.name(),
					indicator.measure().map(m -> m.id()), value, level, indicator.rule(), indicator.rule().describe(),
					score, indicator.weight(), indicator.weight() * score / totalWeight, flag,
					standing(k, i, numeric)));
		}
		double fin = finalScore(i);
		return new Explanation(s.table.code(i), s.table.scope(i), eligible(i), flags(i), deskScore(i),
				Double.isNaN(fin) ? OptionalDouble.empty() : OptionalDouble.of(fin), lines);
	}

	private Explanation.PeerStanding standing(int k, int i, double[] numeric) {
		IndicatorScores s = this.scores;
		Peers peers = peers(k, s.scopes.of[i], numeric);
		boolean hasValue = !s.missing[k][i] && !Double.isNaN(s.score[k][i]);
		// Rank among peers: one more than the number of peers with a higher score.
		OptionalInt rank = hasValue ? OptionalInt.of(peers.scores.length - upperBound(peers.scores, s.score[k][i]) + 1)
				: OptionalInt.empty();
		double[] values = peers.values;
		int m = values.length;
		if (m == 0) {
			return new Explanation.PeerStanding(rank, peers.scores.length, OptionalDouble.empty(),
					OptionalDouble.empty(), OptionalDouble.empty());
		}
		double median = (m % 2 == 1) ? values[m / 2] : (values[m / 2 - 1] + values[m / 2]) / 2;
		return new Explanation.PeerStanding(rank, peers.scores.length, OptionalDouble.of(values[0]),
				OptionalDouble.of(median), OptionalDouble.of(values[m - 1]));
	}

	/**
	 * The sorted scores and measure values of the peers with a value, for one indicator
	 * in one scope.
	 */
	private record Peers(double[] scores, double[] values) {
	}

	/**
	 * Peers are summarised once per indicator and scope, so explaining every candidate of
	 * a national category stays linear in its size rather than quadratic.
	 */
	private synchronized Peers peers(int k, int scope, double[] numeric) {
		if (this.peers == null) {
			this.peers = new Peers[this.scores.indicators.length][this.scores.scopes.names.length];
		}
		Peers cached = this.peers[k][scope];
		if (cached != null) {
			return cached;
		}
		IndicatorScores s = this.scores;
		int[] members = s.scopes.members[scope];
		double[] scores = new double[members.length];
		double[] values = new double[members.length];
		int n = 0;
		int m = 0;
		for (int j : members) {
			if (s.missing[k][j] || Double.isNaN(s.score[k][j])) {
				continue;
			}
			scores[n++] = s.score[k][j];
			if (numeric != null) {
				values[m++] = numeric[j];
			}
		}
		scores = Arrays.copyOf(scores, n);
		values = Arrays.copyOf(values, m);
		Arrays.sort(scores);
		Arrays.sort(values);
		cached = new Peers(scores, values);
		this.peers[k][scope] = cached;
		return cached;
	}

	/** The number of elements of a sorted array that are at most {@code x}. */
	private static int upperBound(double[] sorted, double x) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] <= x) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	IndicatorScores indicatorScores() {
		return this.scores;
	}

}
