package id.paritrana.app.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import id.paritrana.app.result.ResultRow;
import id.paritrana.app.result.Results;
import id.paritrana.app.result.Snapshot;
import id.paritrana.engine.rubric.Category;

/**
 * What changed between two revisions of a level: per candidate of either, its final rank
 * and score before and after (empty where it had none), and the differences; with the
 * later revision's reason.
 */
@Service
public class Changes {

	private final Results results;

	Changes(Results results) {
		this.results = results;
	}

	public Comparison between(Snapshot from, Snapshot to) {
		Map<String, ResultRow> before = byCandidate(from);
		Map<String, ResultRow> after = byCandidate(to);
		List<Change> changes = new ArrayList<>();
		java.util.Set<String> keys = new java.util.LinkedHashSet<>(after.keySet());
		keys.addAll(before.keySet());
		for (String key : keys) {
			ResultRow b = before.get(key);
			ResultRow a = after.get(key);
			ResultRow any = (a != null) ? a : b;
			changes.add(new Change(any.category(), any.candidateCode(), any.candidateName(),
					(b != null) ? b.finalRank() : null, (a != null) ? a.finalRank() : null,
					(b != null) ? b.finalScore() : null, (a != null) ? a.finalScore() : null));
		}
		changes.sort(Comparator.comparing(Change::category)
			.thenComparing(c -> c.rankAfter() == null ? Integer.MAX_VALUE : c.rankAfter())
			.thenComparing(Change::candidateCode));
		return new Comparison(from, to, changes);
	}

	private Map<String, ResultRow> byCandidate(Snapshot snapshot) {
		Map<String, ResultRow> rows = new LinkedHashMap<>();
		this.results.rows(snapshot.id()).forEach(r -> rows.put(r.category() + "/" + r.candidateCode(), r));
		return rows;
	}

	/** Two revisions and the change of every candidate between them. */
	public record Comparison(Snapshot from, Snapshot to, List<Change> changes) {

		/** Only the candidates whose rank or score changed. */
		public List<Change> changed() {
			return this.changes.stream().filter(Change::changed).toList();
		}

	}

	/** One candidate's final rank and score in the earlier and the later revision. */
	public record Change(Category category, String candidateCode, String candidateName, Integer rankBefore,
			Integer rankAfter, BigDecimal scoreBefore, BigDecimal scoreAfter) {

		public boolean changed() {
			return !java.util.Objects.equals(this.rankBefore, this.rankAfter)
					|| (this.scoreBefore == null) != (this.scoreAfter == null)
					|| (this.scoreBefore != null && this.scoreBefore.compareTo(this.scoreAfter) != 0);
		}

		/**
		 * Places gained (positive) or lost (negative); null when ranked in only one of
		 * them.
		 */
		public Integer rankDelta() {
			return (this.rankBefore != null && this.rankAfter != null) ? this.rankBefore - this.rankAfter : null;
		}

		public BigDecimal scoreDelta() {
			return (this.scoreBefore != null && this.scoreAfter != null) ? this.scoreAfter.subtract(this.scoreBefore)
					: null;
		}

	}

}
