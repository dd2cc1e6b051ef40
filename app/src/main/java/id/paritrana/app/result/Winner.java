package id.paritrana.app.result;

import java.math.BigDecimal;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * A juara 1, 2 or 3 (final rank 1–3, shared on equal scores) of one category in one level
 * scope, as the current revision of that level's snapshot records it.
 */
public record Winner(long snapshotId, int editionYear, Level level, String scope, Category category, int place,
		String candidateCode, String candidateName, BigDecimal finalScore) {
}
