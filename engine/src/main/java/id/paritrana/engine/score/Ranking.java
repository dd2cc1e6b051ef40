package id.paritrana.engine.score;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Competition ranking within each scope (DESIGN §5.4): qualifying candidates by a
 * published score in cents, higher first, ties broken by further keys (published aspect
 * scores in tie-break order, higher first); candidates equal on every key share a rank
 * (1, 2, 2, 4).
 */
final class Ranking {

	/** Published cents never exceed 100.00. */
	private static final long MAX_CENTS = 10_000;

	private static final int INDEX_BITS = 35;

	private Ranking() {
	}

	/**
	 * Ranks per scope. {@code keys[0]} is the score, further keys break ties; candidates
	 * with {@code qualifies[i] == false} get rank 0.
	 */
	static int[] rank(Scopes scopes, boolean[] qualifies, int[][] keys) {
		int[] ranks = new int[qualifies.length];
		// each scope ranks its own members: ranked side by side
		IntStream.range(0, scopes.members.length)
			.parallel()
			.forEach(s -> rank(scopes.members[s], qualifies, keys, ranks));
		return ranks;
	}

	private static void rank(int[] members, boolean[] qualifies, int[][] keys, int[] ranks) {
		long[] packed = new long[members.length];
		int[] run = new int[members.length];
		int m = 0;
		for (int i : members) {
			if (qualifies[i]) {
				packed[m++] = pack(keys, i);
			}
		}
		// Descending order of the first two keys as one primitive sort; later keys only
		// ever need sorting inside runs that tie on both.
		Arrays.sort(packed, 0, m);
		int start = 0;
		while (start < m) {
			int end = start + 1;
			long head = packed[start] >>> INDEX_BITS;
			while (end < m && (packed[end] >>> INDEX_BITS) == head) {
				end++;
			}
			for (int r = start; r < end; r++) {
				run[r] = (int) (packed[r] & ((1L << INDEX_BITS) - 1));
			}
			if (end - start > 1 && keys.length > 2) {
				IntSort.sort(run, start, end, (a, b) -> compareFrom(keys, 2, a, b));
			}
			start = end;
		}
		for (int r = 0; r < m; r++) {
			int i = run[r];
			// Within a run of equal packed keys only the later keys can differ.
			boolean tied = r > 0 && (packed[r] >>> INDEX_BITS) == (packed[r - 1] >>> INDEX_BITS)
					&& compareFrom(keys, 2, run[r - 1], i) == 0;
			ranks[i] = tied ? ranks[run[r - 1]] : r + 1;
		}
	}

	private static long pack(int[][] keys, int i) {
		long k0 = MAX_CENTS - keys[0][i];
		long k1 = (keys.length > 1) ? MAX_CENTS - keys[1][i] : 0;
		return (k0 << (INDEX_BITS + 14)) | (k1 << INDEX_BITS) | i;
	}

	/** Compares keys from {@code from} on, higher values first. */
	private static int compareFrom(int[][] keys, int from, int a, int b) {
		for (int k = from; k < keys.length; k++) {
			int c = Integer.compare(keys[k][b], keys[k][a]);
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

}
