package id.paritrana.app.edition;

import java.util.Optional;

/** The stages of one level of an edition, in order (DESIGN §3). */
public enum Stage {

	/** Edition, rubrics and timeline published. */
	SOSIALISASI,

	/** Data sets imported; operators fill questionnaires and upload evidence. */
	PENDATAAN,

	/** Evidence and data verified; indicators, desk scores and eligibility computed. */
	VERIFIKASI,

	/**
	 * Shortlists per category and scope; the edition's rubrics are locked from here on.
	 */
	SELEKSI,

	/** Interviews: jurors assigned and scoring. */
	WAWANCARA,

	/** Determination: results frozen; provincial winners promoted. */
	PENETAPAN,

	/** Ceremony: results published, certificates issued. */
	PENGANUGERAHAN;

	/** The stage after this one; empty for the last. */
	public Optional<Stage> next() {
		return (ordinal() + 1 < values().length) ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

}
