package id.paritrana.engine.score;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Candidates grouped by scope (province code or {@code ID}); scopes sorted by code. */
final class Scopes {

	final String[] names;

	/** Scope number of each candidate, an index into {@link #names}. */
	final int[] of;

	/** Candidate indices of each scope, ascending. */
	final int[][] members;

	Scopes(CandidateTable table) {
		int n = table.size();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < n; i++) {
			seen.putIfAbsent(table.scope(i), 0);
		}
		this.names = seen.keySet().toArray(new String[0]);
		Arrays.sort(this.names);
		for (int s = 0; s < this.names.length; s++) {
			seen.put(this.names[s], s);
		}
		this.of = new int[n];
		int[] counts = new int[this.names.length];
		for (int i = 0; i < n; i++) {
			int s = seen.get(table.scope(i));
			this.of[i] = s;
			counts[s]++;
		}
		this.members = new int[this.names.length][];
		for (int s = 0; s < counts.length; s++) {
			this.members[s] = new int[counts[s]];
		}
		int[] fill = new int[this.names.length];
		for (int i = 0; i < n; i++) {
			int s = this.of[i];
			this.members[s][fill[s]++] = i;
		}
	}

}
