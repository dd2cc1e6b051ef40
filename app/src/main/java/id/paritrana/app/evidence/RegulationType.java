package id.paritrana.app.evidence;

/**
 * The types of regulation of DESIGN §4.1, highest first (the order of
 * {@code regulation_level}).
 */
public enum RegulationType {

	PERDA, PERKADA, INSTRUKSI, SURAT_EDARAN, MOU

}
