package id.paritrana.app.edition;

/** Where a stage of a level stands (DESIGN §3). */
public enum StageState {

	/** Not started. */
	BELUM,

	/** Running. */
	BERJALAN,

	/** Done. */
	SELESAI

}
