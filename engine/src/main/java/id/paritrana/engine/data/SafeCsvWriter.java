package id.paritrana.engine.data;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * The one writer of CSV files people download and open in a spreadsheet
 * ({@code results.csv}, {@code hasil.csv}, import problems): RFC 4180 through FastCSV,
 * fields quoted only when they hold a comma, quote or line break, empty fields left
 * empty. A field that a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '}
 * (OWASP's CSV injection rule), except a plain number such as {@code -1.25}, which stays
 * as it is.
 *
 * <p>
 * Not for files that are read back as data (COPY streams, the §6 files measures are
 * computed from): their text must stay exactly as imported.
 */
public final class SafeCsvWriter implements Closeable, Flushable {

	/** Line endings of a file. */
	public enum LineEnding {

		/** {@code \n}, as {@code results.csv} (DESIGN §7.1). */
		LF(LineDelimiter.LF),
		/** {@code \r\n}, as RFC 4180. */
		CRLF(LineDelimiter.CRLF);

		private final LineDelimiter delimiter;

		LineEnding(LineDelimiter delimiter) {
			this.delimiter = delimiter;
		}

	}

	private final CsvWriter csv;

	private SafeCsvWriter(CsvWriter csv) {
		this.csv = csv;
	}

	/** Writes to a character stream; closing this writer closes it. */
	public static SafeCsvWriter to(Writer out, LineEnding ending) {
		return new SafeCsvWriter(CsvWriter.builder().lineDelimiter(ending.delimiter).build(out));
	}

	/** Writes UTF-8 (no BOM) to a byte stream; closing this writer closes it. */
	public static SafeCsvWriter to(OutputStream out, LineEnding ending) {
		return new SafeCsvWriter(
				CsvWriter.builder().lineDelimiter(ending.delimiter).build(out, StandardCharsets.UTF_8));
	}

	/**
	 * Writes one record, each field made safe with {@link #cell(String)}; null is written
	 * as empty.
	 * @throws UncheckedIOException when the underlying stream fails
	 */
	public SafeCsvWriter record(String... fields) {
		String[] safe = new String[fields.length];
		for (int i = 0; i < fields.length; i++) {
			safe[i] = cell(fields[i]);
		}
		this.csv.writeRecord(safe);
		return this;
	}

	/**
	 * The text a field is written with: a {@code '} before text that starts like a
	 * formula, the text itself otherwise (and for plain numbers like {@code -1.25});
	 * empty for null.
	 */
	public static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return (formula && !isPlainNumber(value)) ? "'" + value : value;
	}

	/**
	 * Whether the text is a plain decimal number: an optional minus, digits, optionally a
	 * point and digits.
	 */
	static boolean isPlainNumber(String value) {
		int i = (value.charAt(0) == '-') ? 1 : 0;
		int digits = 0;
		while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
			i++;
			digits++;
		}
		if (digits == 0) {
			return false;
		}
		if (i == value.length()) {
			return true;
		}
		if (value.charAt(i) != '.' || i + 1 == value.length()) {
			return false;
		}
		for (i++; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	@Override
	public void flush() throws IOException {
		this.csv.flush();
	}

	@Override
	public void close() throws IOException {
		this.csv.close();
	}

}
