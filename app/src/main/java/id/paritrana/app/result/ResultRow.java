package id.paritrana.app.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.score.CategoryResult;

/**
 * One row of a snapshot's canonical results: a row of {@code results.csv} (DESIGN §7.1)
 * with the published aspect scores (aspect id → score, in the rubric's order) and
 * indicator scores (indicator id → score, in the rubric's order; null when the snapshot
 * did not record them, as snapshots determined before they were kept). Scores have 2
 * decimals; ranks, the jury score and the final score are null where results.csv leaves
 * them empty; the jury aspect and indicator appear only with jury scores.
 */
public record ResultRow(Level level, String scope, Category category, String candidateCode, String candidateName,
		boolean eligible, List<String> flags, BigDecimal deskScore, Integer deskRank, BigDecimal juryScore,
		BigDecimal finalScore, Integer finalRank, Map<String, BigDecimal> aspectScores,
		Map<String, BigDecimal> indicatorScores) {

	public ResultRow {
		flags = List.copyOf(flags);
		aspectScores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aspectScores));
		indicatorScores = (indicatorScores == null) ? null
				: java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indicatorScores));
	}

	/** Whether the snapshot recorded this row's indicator scores. */
	public boolean hasIndicatorScores() {
		return this.indicatorScores != null;
	}

	/**
	 * Juara 1, 2 or 3 (final rank 1–3, as the engine's {@link CategoryResult#juaraPlace}
	 * has it), else 0.
	 */
	public int juara() {
		return (this.finalRank != null) ? CategoryResult.juaraPlace(this.finalRank) : 0;
	}

}
