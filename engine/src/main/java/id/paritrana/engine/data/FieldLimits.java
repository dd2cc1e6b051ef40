package id.paritrana.engine.data;

/**
 * How long the text of a data set column (DESIGN §6) may be, in characters: the one
 * definition the data sets are declared with. Codes with a fixed format (region and
 * village codes, years, months, dates, enumerations) are bounded by their format; numbers
 * by {@link FieldType#MAX_WHOLE}. The database columns that store these values are at
 * least this wide.
 */
public final class FieldLimits {

	/**
	 * An employer's NPP (also the candidate code of an employer, stored as
	 * {@code VARCHAR(20)}).
	 */
	public static final int NPP = 20;

	/** A candidate code of the jury scores: a government code or an NPP. */
	public static final int CANDIDATE_CODE = NPP;

	/** A juror's id (a user name, stored as {@code VARCHAR(64)}). */
	public static final int JUROR_ID = 64;

	/** A sub-criterion's id of the rubric (stored as {@code VARCHAR(64)}). */
	public static final int CRITERION = 64;

	/** An employer's name. */
	public static final int EMPLOYER_NAME = 200;

	/** A regulation's number, e.g. {@code 12 Tahun 2023}. */
	public static final int REGULATION_NUMBER = 100;

	/** A regulation's title. */
	public static final int REGULATION_TITLE = 500;

	/** Free text declared without its own limit. */
	public static final int TEXT = 500;

	/** An identifier declared without its own limit. */
	public static final int IDENTIFIER = 64;

	/**
	 * The longest CSV record (line, or lines of one quoted record) read, in bytes: far
	 * above any valid row, low enough that a single endless line cannot exhaust the
	 * memory. Longer is a problem on that line, and the file is not read further.
	 */
	public static final int RECORD_BYTES = 8 << 20;

	private FieldLimits() {
	}

}
