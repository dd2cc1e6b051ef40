package id.paritrana.engine.rubric;

/** How juror scores become a candidate's jury score (DESIGN §5.5). */
public enum JuryMethod {

	/** Mean over jurors (the default). */
	MEAN,

	/** With 5 or more jurors, drop one highest and one lowest, then mean. */
	TRIMMED,

	/**
	 * Each juror's scores are standardised over the candidates that juror scored, using
	 * the <em>population</em> standard deviation (the juror's candidates are the whole
	 * set they judged, not a sample); a juror whose scores are all equal contributes z =
	 * 0. The mean z of a candidate maps to {@code clamp(70 + 10 z̄, 0, 100)}.
	 */
	ZSCORE

}
