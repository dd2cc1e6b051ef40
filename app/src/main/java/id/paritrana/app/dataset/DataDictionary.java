package id.paritrana.app.dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import id.paritrana.engine.data.Column;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.FieldType;
import id.paritrana.engine.data.SafeCsvWriter;

/**
 * What every column of every data set holds (DESIGN §6), and a template file of each data
 * set (a header and one example row), both made from the definitions the reader validates
 * with ({@link DataSet}), so that the page, the templates and the import cannot disagree.
 */
final class DataDictionary {

	/**
	 * Example values of the free-text and identifier columns, and of numbers where a
	 * plain one would mislead.
	 */
	private static final Map<String, String> EXAMPLES = Map.ofEntries(Map.entry("npp", "10012345"),
			Map.entry("name", "PT Contoh Sejahtera"), Map.entry("number", "3"),
			Map.entry("title", "Perda tentang Perlindungan Jaminan Sosial Ketenagakerjaan"),
			Map.entry("candidate_code", "34.71"), Map.entry("juror_id", "penilai.diy1"),
			Map.entry("criterion", "komitmen"), Map.entry("monthly_minimum_wage", "2492997"),
			Map.entry("wage_reported_total", "186500000"), Map.entry("contribution_due", "11750000"),
			Map.entry("contribution_paid", "11750000"), Map.entry("workers_registered", "48"), Map.entry("sector", "C"),
			Map.entry("village_code", "34.71.01.1001"));

	private DataDictionary() {
	}

	/**
	 * One column: its header name, whether it is part of the row's key, its type and an
	 * example.
	 */
	record ColumnDoc(String name, boolean key, FieldType.Kind kind, List<String> choices, Integer maxLength,
			String example) {
	}

	/**
	 * The columns of a data set, in the order of its definition (a file may order them
	 * freely).
	 */
	static List<ColumnDoc> columns(DataSet set) {
		return set.columns().stream().map(c -> doc(set, c)).toList();
	}

	private static ColumnDoc doc(DataSet set, Column column) {
		FieldType type = column.type();
		List<String> choices = switch (type.kind()) {
			case CHOICE -> type.choices();
			case PROGRAM_SET -> FieldType.PROGRAMS;
			case BOOLEAN -> List.of("true", "false");
			default -> List.of();
		};
		Integer maxLength = (type.maxLength() == Integer.MAX_VALUE) ? null : type.maxLength();
		return new ColumnDoc(column.name(), set.key().contains(column), type.kind(), choices, maxLength,
				example(column));
	}

	/** A valid value of the column, as a person would type it. */
	static String example(Column column) {
		String given = EXAMPLES.get(column.name());
		if (given != null) {
			return given;
		}
		FieldType type = column.type();
		return switch (type.kind()) {
			case TEXT, IDENTIFIER -> column.name();
			case REGION_CODE -> "34.71";
			case VILLAGE_CODE -> "34.71.01.1001";
			case WHOLE -> "50";
			case SCORE -> "85";
			case YEAR -> "2024";
			case MONTH -> "2024-01";
			case OPTIONAL_DATE -> "2024-02-10";
			case CHOICE -> type.choices().get(0);
			case PROGRAM_SET -> String.join(";", FieldType.PROGRAMS.subList(0, 3));
			case BOOLEAN -> "true";
		};
	}

	/** The CSV template of a data set: UTF-8, the header and one example row. */
	static byte[] csv(DataSet set) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SafeCsvWriter csv = SafeCsvWriter.to(out, SafeCsvWriter.LineEnding.CRLF)) {
			csv.record(set.columns().stream().map(Column::name).toArray(String[]::new));
			csv.record(set.columns().stream().map(DataDictionary::example).toArray(String[]::new));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The XLSX template of a data set: the header and one example row in the first sheet,
	 * every cell text.
	 */
	static byte[] xlsx(DataSet set) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Paritrana", "1.0");
			Worksheet sheet = workbook.newWorksheet(set.baseName());
			List<Column> columns = set.columns();
			for (int c = 0; c < columns.size(); c++) {
				sheet.value(0, c, columns.get(c).name());
				sheet.style(0, c).bold().set();
				sheet.value(1, c, example(columns.get(c)));
				// codes such as 34.71 or 2024-01 stay text, as the reader expects them
				sheet.style(1, c).format("@").set();
				sheet.width(c, Math.max(12, columns.get(c).name().length() + 2));
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
