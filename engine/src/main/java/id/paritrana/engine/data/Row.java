package id.paritrana.engine.data;

/**
 * One data row as it streams past (DESIGN §6). The object is reused for the next row:
 * read what is needed during the call. Values are encoded per {@link FieldType.Kind}.
 */
public interface Row {

	DataSet dataSet();

	/** The file name, as used in problems. */
	String file();

	/** The physical line (CSV) or row number (XLSX). */
	long line();

	/** Whether every field is valid for its type. */
	boolean isValid();

	/** Whether this field is valid for its type. */
	boolean isValid(Column column);

	/**
	 * The field's value, encoded per its kind; meaningful only when the field is valid.
	 */
	long value(Column column);

	/** The field as text. */
	String text(Column column);

	/** The number of the field's text in the keys, or −1 when absent. */
	int find(Column column, Keys keys);

	/**
	 * Adds the field's text to the keys; returns as {@link Keys#add(byte[], int, int)}.
	 */
	int add(Column column, Keys keys);

	/** Reports a problem of this row in that column (a check against other data). */
	void problem(Column column, String reason);

}
