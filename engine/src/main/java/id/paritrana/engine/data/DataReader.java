package id.paritrana.engine.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * Streams the rows of a data set file (DESIGN §6) to a handler, validating the header
 * (exact column names in any order) and every field; every problem goes to
 * {@link Problems} as {@code file:line: column: reason}. CSV and XLSX give the same rows.
 */
public final class DataReader {

	private static final int BUFFER = 1 << 20;

	private DataReader() {
	}

	/**
	 * Reads a file row by row.
	 * @return whether the file could be read and its header was valid, so that every row
	 * was seen (checks of other data against this file are only meaningful then)
	 */
	public static boolean read(DataSet set, DataFile file, Consumer<Row> handler, Problems problems) {
		String name = file.name();
		try (InputStream in = Files.newInputStream(file.path())) {
			return read(set, name, file.format(), in, handler, problems);
		}
		catch (IOException ex) {
			problems.add(name, 1, "file", "cannot be read: " + ex.getMessage());
			return false;
		}
	}

	/**
	 * Reads a stream (an upload, say) row by row; {@code name} is how problems name it.
	 * @return as {@link #read(DataSet, DataFile, Consumer, Problems)}
	 */
	public static boolean read(DataSet set, String name, DataFile.Format format, InputStream in, Consumer<Row> handler,
			Problems problems) {
		RowBuffer.Sink sink = (line, column, reason) -> problems.add(name, line, column, reason);
		try {
			if (format == DataFile.Format.CSV) {
				return readCsv(set, name, new CsvLexer(in::read, BUFFER, true), handler, sink);
			}
			return readSheet(set, name, in, handler, sink);
		}
		catch (UncheckedIOException ex) {
			problems.add(name, 1, "file", "cannot be read: " + ex.getCause().getMessage());
			return false;
		}
	}

	/**
	 * Reads a CSV file in parallel parts (split at line breaks), part i feeding
	 * {@code handlers.apply(i)}; for large files that are expected to be valid. Returns
	 * false as soon as any part meets a problem, without reporting it (lines are not
	 * known inside a part): then read the file with {@link #read} to report the exact
	 * problems. An XLSX file is read as one part.
	 */
	public static boolean readInParts(DataSet set, DataFile file, int parts, IntFunction<Consumer<Row>> handlers) {
		AtomicBoolean failed = new AtomicBoolean();
		RowBuffer.Sink sink = (line, column, reason) -> failed.set(true);
		String name = file.name();
		if (file.format() == DataFile.Format.XLSX || parts <= 1) {
			Problems problems = new Problems();
			read(set, file, handlers.apply(0), problems);
			return problems.isEmpty();
		}
		try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
			long size = channel.size();
			CsvLexer header = new CsvLexer(range(channel, 0, size), 64 << 10, true);
			int[] position = header(set, name, header, sink);
			if (position == null) {
				return false;
			}
			long[] bounds = bounds(channel, header.offset(), size, parts);
			ExecutorService pool = Executors.newFixedThreadPool(parts);
			try {
				List<Future<?>> tasks = new ArrayList<>();
				for (int i = 0; i < parts; i++) {
					Consumer<Row> handler = handlers.apply(i);
					CsvLexer lexer = new CsvLexer(range(channel, bounds[i], bounds[i + 1]), BUFFER, false);
					RowBuffer row = new RowBuffer(set, name, position, sink);
					tasks.add(pool.submit(() -> rows(lexer, row, handler, failed)));
				}
				for (Future<?> task : tasks) {
					task.get();
				}
			}
			finally {
				pool.shutdownNow();
			}
			return !failed.get() && bounds[parts] > bounds[0];
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading " + name, ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private static void rows(CsvLexer lexer, RowBuffer row, Consumer<Row> handler, AtomicBoolean failed) {
		try {
			int n = 0;
			while (lexer.next()) {
				if (row.load(lexer)) {
					handler.accept(row);
				}
				if ((++n & 0xfff) == 0 && failed.get()) {
					return;
				}
			}
		}
		catch (CsvLexer.RecordTooLongException | UncheckedIOException ex) {
			failed.set(true);
		}
	}

	/** Part boundaries: {@code parts + 1} offsets, each just after a line feed. */
	private static long[] bounds(FileChannel channel, long from, long size, int parts) throws IOException {
		long[] bounds = new long[parts + 1];
		bounds[0] = from;
		bounds[parts] = size;
		ByteBuffer probe = ByteBuffer.allocate(64 << 10);
		for (int i = 1; i < parts; i++) {
			long at = Math.max(bounds[i - 1], from + (size - from) * i / parts);
			bounds[i] = size;
			probe.clear();
			long scanned = at;
			while (scanned < size && bounds[i] == size) {
				probe.clear();
				int n = channel.read(probe, scanned);
				for (int j = 0; j < n; j++) {
					if (probe.get(j) == '\n') {
						bounds[i] = scanned + j + 1;
						break;
					}
				}
				scanned += Math.max(n, 0);
			}
		}
		return bounds;
	}

	private static CsvLexer.Source range(FileChannel channel, long from, long to) {
		long[] at = { from };
		return (buffer, offset, length) -> {
			long left = to - at[0];
			if (left <= 0) {
				return -1;
			}
			int n = channel.read(ByteBuffer.wrap(buffer, offset, (int) Math.min(length, left)), at[0]);
			if (n > 0) {
				at[0] += n;
			}
			return n;
		};
	}

	private static boolean readCsv(DataSet set, String name, CsvLexer lexer, Consumer<Row> handler,
			RowBuffer.Sink sink) {
		int[] position = null;
		try {
			position = header(set, name, lexer, sink);
			if (position == null) {
				return false;
			}
			long headerLine = lexer.recordLine;
			RowBuffer row = new RowBuffer(set, name, position, sink);
			long records = 0;
			while (lexer.next()) {
				records++;
				if (row.load(lexer)) {
					handler.accept(row);
				}
			}
			if (records == 0) {
				sink.problem(headerLine, "header", "no data rows");
			}
			return true;
		}
		catch (CsvLexer.RecordTooLongException ex) {
			sink.problem(ex.line, (position == null) ? "header" : columnAt(set, position, ex.field), ex.getMessage());
			return false;
		}
	}

	/** The name of the column at a position of the file's header. */
	private static String columnAt(DataSet set, int[] position, int filePosition) {
		for (int k = 0; k < position.length; k++) {
			if (position[k] == filePosition) {
				return set.columns().get(k).name();
			}
		}
		return "field " + (filePosition + 1);
	}

	/**
	 * Reads and checks the header; returns the file position of each defined column, or
	 * null.
	 */
	private static int[] header(DataSet set, String name, CsvLexer lexer, RowBuffer.Sink sink) {
		if (!lexer.next()) {
			sink.problem(1, "header", "file is empty");
			return null;
		}
		if (lexer.error != null) {
			sink.problem(lexer.recordLine, "header", lexer.error);
			return null;
		}
		String[] names = new String[lexer.count];
		for (int f = 0; f < lexer.count; f++) {
			names[f] = new String(lexer.buf, lexer.start[f], lexer.end[f] - lexer.start[f],
					java.nio.charset.StandardCharsets.UTF_8);
			if (lexer.escaped[f]) {
				names[f] = names[f].replace("\"\"", "\"");
			}
		}
		return positions(set, names, names.length, lexer.recordLine, sink);
	}

	private static int[] positions(DataSet set, String[] names, int count, long line, RowBuffer.Sink sink) {
		int[] position = new int[set.columns().size()];
		java.util.Arrays.fill(position, -1);
		boolean ok = true;
		for (int f = 0; f < count; f++) {
			Column column = columnNamed(set, names[f]);
			if (column == null) {
				sink.problem(line, names[f], "unknown column (expected " + expected(set) + ")");
				ok = false;
			}
			else if (position[column.index()] >= 0) {
				sink.problem(line, names[f], "duplicate column");
				ok = false;
			}
			else {
				position[column.index()] = f;
			}
		}
		for (Column column : set.columns()) {
			if (position[column.index()] < 0) {
				sink.problem(line, column.name(), "missing column");
				ok = false;
			}
		}
		return ok ? position : null;
	}

	private static Column columnNamed(DataSet set, String name) {
		for (Column c : set.columns()) {
			if (c.name().equals(name)) {
				return c;
			}
		}
		return null;
	}

	private static String expected(DataSet set) {
		return String.join(",", set.columns().stream().map(Column::name).toList());
	}

	private static boolean readSheet(DataSet set, String name, InputStream in, Consumer<Row> handler,
			RowBuffer.Sink sink) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
				Stream<org.dhatim.fastexcel.reader.Row> sheet = workbook.getFirstSheet().openStream()) {
			Iterator<org.dhatim.fastexcel.reader.Row> rows = sheet.iterator();
			int[] position = null;
			long headerLine = 1;
			long records = 0;
			RowBuffer row = null;
			while (rows.hasNext()) {
				org.dhatim.fastexcel.reader.Row sheetRow = rows.next();
				if (position == null) {
					String[] names = cells(sheetRow, set, null);
					headerLine = sheetRow.getRowNum();
					int count = trimmedCount(names);
					position = positions(set, names, count, headerLine, sink);
					if (position == null) {
						return false;
					}
					row = new RowBuffer(set, name, position, sink);
					continue;
				}
				String[] cells = cells(sheetRow, set, position);
				int count = trimmedCount(cells);
				if (count == 0) {
					continue;
				}
				records++;
				if (row.load(sheetRow.getRowNum(), cells, count)) {
					handler.accept(row);
				}
			}
			if (position == null) {
				sink.problem(1, "header", "file is empty");
				return false;
			}
			if (records == 0) {
				sink.problem(headerLine, "header", "no data rows");
			}
			return true;
		}
		catch (IOException | ExcelReaderException ex) {
			sink.problem(1, "file", "not a readable .xlsx workbook (" + ex.getMessage() + ")");
			return false;
		}
	}

	/** Number of cells up to the last non-blank one. */
	private static int trimmedCount(String[] cells) {
		int n = cells.length;
		while (n > 0 && cells[n - 1].isEmpty()) {
			n--;
		}
		return n;
	}

	/**
	 * The cells of a sheet row as text; {@code position} (when known) gives each column's
	 * type.
	 */
	private static String[] cells(org.dhatim.fastexcel.reader.Row row, DataSet set, int[] position) {
		String[] texts = new String[row.getCellCount()];
		for (int i = 0; i < texts.length; i++) {
			Cell cell = row.getCell(i);
			texts[i] = (cell == null) ? "" : text(cell, kindAt(set, position, i));
		}
		return texts;
	}

	private static FieldType.Kind kindAt(DataSet set, int[] position, int filePosition) {
		if (position != null) {
			for (int k = 0; k < position.length; k++) {
				if (position[k] == filePosition) {
					return set.columns().get(k).type().kind();
				}
			}
		}
		return FieldType.Kind.TEXT;
	}

	/**
	 * A cell's text as it would be written in the CSV: numbers in plain notation, dates
	 * (numbers formatted as dates in date and month columns) as {@code YYYY-MM-DD} or
	 * {@code YYYY-MM}, booleans as {@code true}/{@code false}.
	 */
	private static String text(Cell cell, FieldType.Kind kind) {
		switch (cell.getType()) {
			case NUMBER:
				if ((kind == FieldType.Kind.OPTIONAL_DATE || kind == FieldType.Kind.MONTH) && isDateFormat(cell)) {
					LocalDateTime date = cell.asDate();
					return (kind == FieldType.Kind.MONTH) ? YearMonth.from(date).toString()
							: date.toLocalDate().toString();
				}
				BigDecimal number = new BigDecimal(cell.getRawValue()).stripTrailingZeros();
				return (number.scale() < 0 ? number.setScale(0) : number).toPlainString();
			case BOOLEAN:
				return String.valueOf(cell.asBoolean());
			case EMPTY:
				return "";
			default:
				String raw = cell.getText();
				return (raw != null) ? raw : "";
		}
	}

	private static boolean isDateFormat(Cell cell) {
		String format = cell.getDataFormatString();
		return format != null && format.toLowerCase(java.util.Locale.ROOT).matches(".*[dy].*");
	}

}
