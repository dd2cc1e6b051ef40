package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Small uploaded tables: CSV and XLSX give the same rows with their lines; the checks of
 * the data imports (extension, size, kind, encoding, header) and the guards of a table
 * read whole (rows, value lengths, formulas, a workbook unpacking into far more than its
 * size) each report a problem with its line and column.
 */
class UploadedTableTests {

	static final List<String> COLUMNS = List.of("name", "code");

	static final UploadedTable.Limits LIMITS = new UploadedTable.Limits(64 * 1024, 3, 20);

	static UploadedTable.Table read(String name, byte[] content) {
		return UploadedTable.read(new MockMultipartFile("file", name, "application/octet-stream", content), COLUMNS,
				LIMITS);
	}

	static UploadedTable.Table csv(String text) {
		return read("t.csv", text.getBytes(StandardCharsets.UTF_8));
	}

	static byte[] xlsx(Object[]... rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("data");
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				Object value = rows[r][c];
				if (value instanceof Number number) {
					sheet.value(r, c, number);
				}
				else if (value instanceof String text && text.startsWith("=")) {
					sheet.formula(r, c, text.substring(1));
				}
				else if (value != null) {
					sheet.value(r, c, value.toString());
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	static List<String> keys(UploadedTable.Table table) {
		return table.problems().stream().map(UploadedTable.Problem::messageKey).toList();
	}

	@Test
	void aCsvFileGivesItsRowsByColumnWithTheirLines() {
		UploadedTable.Table table = csv("\uFEFFcode,name\r\n34.04,\"Sleman, Kabupaten\"\r\n\r\n  34.71 , Kota\r\n");
		assertThat(table.problems()).isEmpty();
		assertThat(table.rows()).extracting(UploadedTable.Row::line).containsExactly(2L, 4L);
		assertThat(table.rows().get(0).values()).isEqualTo(Map.of("code", "34.04", "name", "Sleman, Kabupaten"));
		assertThat(table.rows().get(1).value("code")).isEqualTo("34.71");
		assertThat(table.rows().get(1).value("name")).isEqualTo("Kota");
	}

	@Test
	void aWorkbookGivesTheSameRowsNumbersInPlainNotation() throws IOException {
		UploadedTable.Table table = read("t.xlsx", xlsx(new Object[] { "name", "code" },
				new Object[] { "Sleman", "34.04" }, new Object[] { "Perusahaan", 12345678 }));
		assertThat(table.problems()).isEmpty();
		assertThat(table.rows()).extracting(UploadedTable.Row::line).containsExactly(2L, 3L);
		assertThat(table.rows().get(0).value("code")).isEqualTo("34.04");
		assertThat(table.rows().get(1).value("code")).isEqualTo("12345678");
	}

	@Test
	void aFormulaIsRefusedWhereItIsAndItsRowLeftOut() throws IOException {
		UploadedTable.Table table = read("t.xlsx", xlsx(new Object[] { "name", "code" },
				new Object[] { "Sleman", "34.04" }, new Object[] { "=UPPER(A2)", "34.71" }));
		assertThat(table.problems()).singleElement().satisfies(p -> {
			assertThat(p.messageKey()).isEqualTo("upload.error.formula");
			assertThat(p.line()).isEqualTo(3);
			assertThat(p.column()).isEqualTo("name");
			assertThat(p.value()).isEqualTo("=UPPER(A2)");
		});
		assertThat(table.rows()).extracting(UploadedTable.Row::line).containsExactly(2L);
	}

	@Test
	void aWorkbookThatUnpacksIntoFarMoreThanItsSizeIsRefusedUnparsed() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 50; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat((long) out.size()).isLessThan(LIMITS.maxBytes());
		assertThat(keys(read("bom.xlsx", out.toByteArray()))).containsExactly("upload.error.workbookTooLarge");
	}

	@Test
	void aWorkbookWithABrokenSheetIsRefusedAsUnreadable() throws IOException {
		byte[] valid = xlsx(new Object[] { "name", "code" }, new Object[] { "Sleman", "34.04" });
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int broken = 0;
		Path file = Files.createTempFile("valid-", ".xlsx");
		Files.write(file, valid);
		try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry : java.util.Collections.list(in.entries())) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				byte[] content = in.getInputStream(entry).readAllBytes();
				String text = new String(content, StandardCharsets.UTF_8);
				if (text.contains("Sleman")) {
					content = text.replace("Sleman", "S&\"leman").getBytes(StandardCharsets.UTF_8);
					broken++;
				}
				zip.write(content);
				zip.closeEntry();
			}
		}
		finally {
			Files.delete(file);
		}
		assertThat(broken).isOne();
		assertThat(keys(read("t.xlsx", out.toByteArray()))).containsExactly("data.reason.xlsx");
	}

	@Test
	void theNameSizeAndKindOfAFileAreCheckedFirst() throws IOException {
		assertThat(keys(read("t.txt", "name,code\na,b\n".getBytes(StandardCharsets.UTF_8))))
			.containsExactly("upload.error.type");
		assertThat(keys(read("t.csv", new byte[(int) LIMITS.maxBytes() + 1]))).containsExactly("upload.error.size");
		assertThat(keys(read("t.xlsx", "name,code\na,b\n".getBytes(StandardCharsets.UTF_8))))
			.containsExactly("upload.error.notWorkbook");
		assertThat(keys(read("t.csv", xlsx(new Object[] { "name", "code" }))))
			.containsExactly("upload.error.workbookAsCsv");
		assertThat(keys(read("t.csv", "name,code\nJos\u00e9,b\n".getBytes(StandardCharsets.ISO_8859_1))))
			.containsExactly("data.reason.utf8");
		assertThat(keys(read("t.csv", new byte[0]))).containsExactly("data.reason.empty");
		assertThat(keys(read("t.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0 }))).containsExactly("data.reason.xlsx");
	}

	@Test
	void theHeaderNamesExactlyTheColumns() {
		UploadedTable.Table table = csv("name,name,kode\na,b,c\n");
		assertThat(table.problems()).extracting(UploadedTable.Problem::messageKey, UploadedTable.Problem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("data.reason.duplicateColumn", "name"),
					org.assertj.core.groups.Tuple.tuple("data.reason.unknownColumn", "header"),
					org.assertj.core.groups.Tuple.tuple("data.reason.missingColumn", "code"));
		assertThat(table.rows()).isEmpty();
		assertThat(keys(csv("name,code\n"))).containsExactly("data.reason.noRows");
	}

	@Test
	void rowsBeyondTheLimitLongValuesAndValuesBeyondTheHeaderAreProblemsOfTheirLine() {
		assertThat(csv("name,code\na,1\nb,2\nc,3\nd,4\ne,5\n").problems()).singleElement().satisfies(p -> {
			assertThat(p.messageKey()).isEqualTo("upload.error.tooManyRows");
			assertThat(p.line()).isEqualTo(5);
		});
		UploadedTable.Table table = csv("name,code\n" + "x".repeat(21) + ",1\nb,2,3\nc,3,\n");
		assertThat(table.problems()).extracting(UploadedTable.Problem::line, UploadedTable.Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "data.reason.tooLong"),
					org.assertj.core.groups.Tuple.tuple(3L, "data.reason.extraField"));
		assertThat(table.rows()).extracting(UploadedTable.Row::line).containsExactly(4L);
	}

	@Test
	void theTemplatesReadBackAsTheirExampleRow() {
		List<String> example = List.of("Sleman", "34.04");
		for (UploadedTable.Table table : List.of(read("t.csv", UploadedTable.csvTemplate(COLUMNS, example)),
				read("t.xlsx", UploadedTable.xlsxTemplate("data", COLUMNS, example)))) {
			assertThat(table.problems()).isEmpty();
			assertThat(table.rows()).singleElement()
				.satisfies(row -> assertThat(row.values()).isEqualTo(Map.of("name", "Sleman", "code", "34.04")));
		}
	}

}
