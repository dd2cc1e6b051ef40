package id.paritrana.engine.rubric;

/**
 * Shortlist settings (DESIGN §3 SELEKSI): per category and scope, the top {@code top}
 * eligible candidates by desk score that also reach {@code minDeskScore}.
 */
public record Shortlist(int top, double minDeskScore) {

	public Shortlist {
		if (top < 1) {
			throw new IllegalArgumentException("shortlist top must be at least 1, got " + top);
		}
		if (!(minDeskScore >= 0 && minDeskScore <= 100)) {
			throw new IllegalArgumentException("minimum desk score must be within 0–100, got " + minDeskScore);
		}
	}

}
