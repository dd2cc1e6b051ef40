package id.paritrana.engine.rubric;

/** How juror scores become a candidate's jury score (DESIGN §5.5). */
public enum JuryMethod {

	/** Mean over jurors (the default). */
	MEAN,

	/** With 5 or more jurors, drop one highest and one lowest, then mean. */
	TRIMMED,

	/** Per-juror standardisation, averaged, mapped to {@code clamp(70 + 10 z̄, 0, 100)}. */
	ZSCORE

}
