package id.paritrana.app.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.springframework.web.multipart.MultipartFile;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import id.paritrana.engine.data.SafeCsvWriter;

/**
 * A small table uploaded as CSV (UTF-8, comma separated, a header row) or as the first
 * sheet of an {@code .xlsx} workbook, read whole once it passed the checks of the data
 * imports: the extension, a size limit, an {@code .xlsx} must be a zip archive and a
 * {@code .csv} must not, a {@code .csv} is UTF-8 text without NUL bytes. A workbook is
 * unpacked and counted before it is parsed, so that a small file cannot expand into a
 * large one (a zip bomb). The header must name exactly the expected columns, in any
 * order; a formula cell is refused (its value, not a formula, is what is meant), and so
 * are rows beyond the limit and cells over their length. Every problem is kept with its
 * line, column and value, as the data imports report them.
 */
public final class UploadedTable {

	/** How many bytes a workbook may unpack into, for each byte of the upload. */
	static final int MAX_EXPANSION = 100;

	/** How many parts a workbook may hold (a plain one holds about ten). */
	static final int MAX_PARTS = 200;

	/** The longest value shown in a problem. */
	static final int SHOWN = 60;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	/** The column a problem of the whole file is reported on. */
	public static final String FILE = "file";

	/** The column a problem of the header row is reported on. */
	public static final String HEADER = "header";

	/**
	 * The limits of one kind of upload.
	 *
	 * @param maxBytes the largest file
	 * @param maxRows the most data rows
	 * @param maxCellLength the longest value of a cell, in characters
	 */
	public record Limits(long maxBytes, int maxRows, int maxCellLength) {
	}

	/** A data row: its line in the file and its values by column, stripped. */
	public record Row(long line, Map<String, String> values) {

		/** The value of a column, empty when the cell is. */
		public String value(String column) {
			return this.values.getOrDefault(column, "");
		}

	}

	/**
	 * A problem of the file: its line (1 for the file as a whole), its column
	 * ({@link #FILE} or {@link #HEADER} for the file and its header), the value found
	 * (cut short), and why, as a message key and its arguments.
	 */
	public record Problem(long line, String column, String value, String messageKey,
			Object... args) implements Serializable {

		public Problem {
			value = (value == null) ? "" : (value.length() > SHOWN) ? value.substring(0, SHOWN - 1) + "…" : value;
		}

	}

	/** The rows read, or (when there is any problem) every problem found. */
	public record Table(String fileName, byte[] content, List<Row> rows, List<Problem> problems) {

		public boolean valid() {
			return this.problems.isEmpty();
		}

	}

	private enum Format {

		CSV, XLSX

	}

	private final List<String> columns;

	private final Limits limits;

	private final List<Problem> problems = new ArrayList<>();

	private final List<Row> rows = new ArrayList<>();

	/** Data rows seen, also those refused. */
	private int dataRows;

	private UploadedTable(List<String> columns, Limits limits) {
		this.columns = List.copyOf(columns);
		this.limits = limits;
	}

	/**
	 * Reads an upload whose header names exactly {@code columns}.
	 */
	public static Table read(MultipartFile upload, List<String> columns, Limits limits) {
		String name = SafeFileName.of((upload == null) ? null : upload.getOriginalFilename());
		UploadedTable table = new UploadedTable(columns, limits);
		byte[] content = table.content(upload, name);
		if (content != null) {
			String lower = name.toLowerCase(Locale.ROOT);
			table.parse(lower.endsWith(".xlsx") ? Format.XLSX : Format.CSV, content);
		}
		return new Table(name, (content == null) ? new byte[0] : content, List.copyOf(table.rows),
				List.copyOf(table.problems));
	}

	/** The bytes of an upload that passed the checks of its name, size and kind. */
	private byte[] content(MultipartFile upload, String name) {
		if (upload == null || upload.isEmpty()) {
			return fileProblem(name, "data.reason.empty");
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
			return fileProblem(name, "upload.error.type");
		}
		if (upload.getSize() > this.limits.maxBytes()) {
			return fileProblem(name, "upload.error.size", Math.max(1, this.limits.maxBytes() / 1024));
		}
		byte[] content;
		try {
			content = upload.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		boolean zip = content.length >= 4 && Arrays.equals(content, 0, 4, ZIP, 0, 4);
		if (lower.endsWith(".xlsx") && !zip) {
			return fileProblem(name, "upload.error.notWorkbook");
		}
		if (lower.endsWith(".csv") && zip) {
			return fileProblem(name, "upload.error.workbookAsCsv");
		}
		return content;
	}

	private byte[] fileProblem(String name, String key, Object... args) {
		this.problems.add(new Problem(1, FILE, name, key, args));
		return null;
	}

	private void parse(Format format, byte[] content) {
		if (format == Format.CSV) {
			csv(content);
		}
		else {
			xlsx(content);
		}
	}

	private void csv(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			this.problems.add(new Problem(1, FILE, "", "data.reason.utf8"));
			return;
		}
		if (text.indexOf('\0') >= 0) {
			this.problems.add(new Problem(1, FILE, "", "data.reason.utf8"));
			return;
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		try (CsvReader<CsvRecord> csv = CsvReader.builder()
			.skipEmptyLines(true)
			.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
			.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
			.ofCsvRecord(text)) {
			List<String> header = null;
			for (CsvRecord record : csv) {
				if (header == null) {
					header = header(record.getStartingLineNumber(), record.getFields());
					if (header == null) {
						return;
					}
				}
				else if (!row(record.getStartingLineNumber(), header, record.getFields())) {
					return;
				}
			}
			end(header);
		}
		catch (CsvParseException ex) {
			this.problems.add(new Problem(1, FILE, "", "upload.error.csv", String.valueOf(ex.getMessage())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void xlsx(byte[] content) {
		Path temp = null;
		try {
			temp = Files.createTempFile("paritrana-table-", ".xlsx");
			Files.write(temp, content);
			if (!unpacksWithinLimits(temp, (long) content.length * MAX_EXPANSION)) {
				return;
			}
			sheet(temp);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ex) {
					// a temporary file left behind is removed with the others
				}
			}
		}
	}

	/**
	 * Whether every part of the workbook unpacks, and all of them together into at most
	 * {@code budget} bytes: each part is inflated and counted, never kept.
	 */
	private boolean unpacksWithinLimits(Path file, long budget) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > MAX_PARTS) {
				this.problems.add(new Problem(1, FILE, "", "upload.error.workbookTooLarge"));
				return false;
			}
			long total = 0;
			byte[] buffer = new byte[64 << 10];
			for (ZipEntry entry : Collections.list(zip.entries())) {
				try (InputStream in = zip.getInputStream(entry)) {
					int n;
					while ((n = in.read(buffer)) > 0) {
						total += n;
						if (total > budget) {
							this.problems.add(new Problem(1, FILE, "", "upload.error.workbookTooLarge"));
							return false;
						}
					}
				}
			}
			return true;
		}
		catch (ZipException ex) {
			this.problems.add(new Problem(1, FILE, "", "data.reason.xlsx"));
			return false;
		}
	}

	private void sheet(Path file) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
				Stream<org.dhatim.fastexcel.reader.Row> sheet = workbook.getFirstSheet().openStream()) {
			Iterator<org.dhatim.fastexcel.reader.Row> iterator = sheet.iterator();
			List<String> header = null;
			while (iterator.hasNext()) {
				org.dhatim.fastexcel.reader.Row sheetRow = iterator.next();
				int before = this.problems.size();
				List<String> cells = cells(sheetRow, header);
				if (this.problems.size() > before) {
					// a row with a refused cell is reported for that cell only; a refused
					// header ends the reading
					if (header == null || !counted(sheetRow.getRowNum())) {
						return;
					}
					continue;
				}
				if (header == null) {
					header = header(sheetRow.getRowNum(), cells);
					if (header == null) {
						return;
					}
				}
				else if (!row(sheetRow.getRowNum(), header, cells)) {
					return;
				}
			}
			end(header);
		}
		catch (Exception ex) {
			// the reader passes on what its XML parser throws about a broken part,
			// checked
			// or not
			this.problems.add(new Problem(1, FILE, "", "data.reason.xlsx"));
		}
	}

	/**
	 * The cells of a sheet row as text; a formula or error cell is a problem (and an
	 * empty text).
	 */
	private List<String> cells(org.dhatim.fastexcel.reader.Row row, List<String> header) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			String column = (header != null && i < header.size()) ? header.get(i) : HEADER;
			if (cell == null) {
				texts.add("");
			}
			else if (cell.getType() == CellType.FORMULA || cell.getFormula() != null) {
				this.problems
					.add(new Problem(row.getRowNum(), column, "=" + cell.getFormula(), "upload.error.formula"));
				texts.add("");
			}
			else if (cell.getType() == CellType.ERROR) {
				this.problems.add(new Problem(row.getRowNum(), column, cell.getRawValue(), "upload.error.cellError"));
				texts.add("");
			}
			else {
				texts.add(text(cell));
			}
		}
		return texts;
	}

	/** A value as it would be written in the CSV: numbers in plain notation. */
	private static String text(Cell cell) {
		return switch (cell.getType()) {
			case NUMBER -> {
				BigDecimal number = new BigDecimal(cell.getRawValue()).stripTrailingZeros();
				yield (number.scale() < 0 ? number.setScale(0) : number).toPlainString();
			}
			case BOOLEAN -> String.valueOf(cell.asBoolean());
			case EMPTY -> "";
			default -> (cell.getText() == null) ? "" : cell.getText();
		};
	}

	/**
	 * Checks the header: exactly the expected columns, any order. Returns the column of
	 * each position, or null.
	 */
	private List<String> header(long line, List<String> names) {
		List<String> header = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		int count = names.size();
		while (count > 0 && names.get(count - 1).isBlank()) {
			count--;
		}
		boolean valid = true;
		for (int i = 0; i < count; i++) {
			String name = names.get(i).strip();
			if (!this.columns.contains(name)) {
				this.problems
					.add(new Problem(line, HEADER, name, "data.reason.unknownColumn", String.join(", ", this.columns)));
				valid = false;
			}
			else if (seen.contains(name)) {
				this.problems.add(new Problem(line, name, name, "data.reason.duplicateColumn"));
				valid = false;
			}
			seen.add(name);
			header.add(name);
		}
		for (String column : this.columns) {
			if (!seen.contains(column)) {
				this.problems.add(new Problem(line, column, "", "data.reason.missingColumn"));
				valid = false;
			}
		}
		return valid ? header : null;
	}

	/**
	 * Counts a data row against the limit: false (a problem) once there are more than the
	 * limit.
	 */
	private boolean counted(long line) {
		if (++this.dataRows > this.limits.maxRows()) {
			this.problems.add(new Problem(line, FILE, "", "upload.error.tooManyRows", this.limits.maxRows()));
			return false;
		}
		return true;
	}

	/**
	 * Takes a data row, unless it is empty; a row with a value over its length or beyond
	 * the header is reported for that value only. False once there are more rows than the
	 * limit.
	 */
	private boolean row(long line, List<String> header, List<String> cells) {
		if (cells.stream().allMatch(String::isBlank)) {
			return true;
		}
		if (!counted(line)) {
			return false;
		}
		Map<String, String> values = new LinkedHashMap<>();
		int fields = cells.size();
		while (fields > header.size() && cells.get(fields - 1).isBlank()) {
			fields--;
		}
		boolean refused = fields > header.size();
		if (refused) {
			this.problems.add(new Problem(line, HEADER, cells.get(header.size()), "data.reason.extraField", fields,
					header.size()));
		}
		for (int i = 0; i < Math.min(cells.size(), header.size()); i++) {
			String value = cells.get(i).strip();
			if (value.length() > this.limits.maxCellLength()) {
				this.problems.add(new Problem(line, header.get(i), value, "data.reason.tooLong", value.length(),
						this.limits.maxCellLength()));
				refused = true;
			}
			else {
				values.put(header.get(i), value);
			}
		}
		if (!refused) {
			this.rows.add(new Row(line, values));
		}
		return true;
	}

	private void end(List<String> header) {
		if (header == null) {
			this.problems.add(new Problem(1, HEADER, "", "data.reason.empty"));
		}
		else if (this.rows.isEmpty() && this.problems.isEmpty()) {
			this.problems.add(new Problem(1, FILE, "", "data.reason.noRows"));
		}
	}

	/** A CSV template: UTF-8, the header and one example row. */
	public static byte[] csvTemplate(List<String> columns, List<String> example) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SafeCsvWriter csv = SafeCsvWriter.to(out, SafeCsvWriter.LineEnding.CRLF)) {
			csv.record(columns.toArray(String[]::new));
			csv.record(example.toArray(String[]::new));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * An XLSX template: the header and one example row in the first sheet, every cell
	 * text (so that codes such as 34.71 stay as written).
	 */
	public static byte[] xlsxTemplate(String sheetName, List<String> columns, List<String> example) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Paritrana", "1.0");
			Worksheet sheet = workbook.newWorksheet(sheetName);
			for (int c = 0; c < columns.size(); c++) {
				sheet.value(0, c, columns.get(c));
				sheet.style(0, c).bold().set();
				sheet.value(1, c, example.get(c));
				sheet.style(1, c).format("@").set();
				sheet.width(c, Math.max(14, Math.max(columns.get(c).length(), example.get(c).length()) + 2));
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
