package id.paritrana.engine.measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.paritrana.engine.data.Column;
import id.paritrana.engine.data.Row;

/**
 * Finds rows of a (small) data set that repeat a key of an earlier row, and reports them.
 */
final class DuplicateKeys {

	private final List<Column> key;

	private final Map<String, Long> firstLine = new HashMap<>();

	DuplicateKeys(List<Column> key) {
		this.key = key;
	}

	/**
	 * False (with the problem reported) when the row repeats the key of an earlier row.
	 */
	boolean isFirst(Row row) {
		StringBuilder k = new StringBuilder();
		for (Column c : this.key) {
			k.append(row.text(c)).append('\u0000');
		}
		Long first = this.firstLine.putIfAbsent(k.toString(), row.line());
		if (first == null) {
			return true;
		}
		row.problem(this.key.get(0), describe(this.key, row) + " repeats line " + first);
		return false;
	}

	/**
	 * The key of a row as shown in a problem, e.g. {@code (npp, month) = (N1, 2023-01)}.
	 */
	static String describe(List<Column> key, Row row) {
		StringBuilder names = new StringBuilder();
		StringBuilder values = new StringBuilder();
		for (Column c : key) {
			if (names.length() > 0) {
				names.append(", ");
				values.append(", ");
			}
			names.append(c.name());
			values.append(row.text(c));
		}
		return key.size() == 1 ? "key " + names + " '" + values + "'" : "key (" + names + ") = (" + values + ")";
	}

}
