package id.paritrana.engine.score;

import java.util.Arrays;

/** Candidates grouped by scope (province code or {@code ID}); scopes sorted by code. */
final class Scopes {

	final String[] names;

	/** Scope number of each candidate, an index into {@link #names}. */
	final int[] of;

	/** Candidate indices of each scope, ascending. */
	final int[][] members;

	Scopes(CandidateTable table) {
		int n = table.size();
		String[] byId = table.scopeNames();
		this.names = byId.clone();
		Arrays.sort(this.names);
		// The table numbers scopes as they first appear; renumber them in sorted order.
		int[] sortedNumber = new int[byId.length];
		for (int id = 0; id < byId.length; id++) {
			sortedNumber[id] = Arrays.binarySearch(this.names, byId[id]);
		}
		this.of = new int[n];
		int[] counts = new int[this.names.length];
		for (int i = 0; i < n; i++) {
			int s = sortedNumber[table.scopeId(i)];
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
