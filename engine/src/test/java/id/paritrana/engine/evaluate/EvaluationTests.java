package id.paritrana.engine.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubrics;

class EvaluationTests {

	@TempDir
	Path dir;

	static String results(Path data, Level level) throws IOException {
		Evaluation evaluation = Evaluation.run(data, 2023, Fixtures.areas(), Rubrics.defaults(), level);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		evaluation.writeResults(out);
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void smallDataSetGivesTheHandCheckedResults() throws IOException {
		assertThat(results(Fixtures.SMALL, Level.NASIONAL)).isEqualTo(Files.readString(Fixtures.SMALL_EXPECTED));
	}

	@Test
	void provincialLevelOnlyWritesTheProvincialRows() throws IOException {
		String expected = Files.readAllLines(Fixtures.SMALL_EXPECTED)
			.stream()
			.filter(line -> !line.startsWith("NASIONAL"))
			.map(line -> line + "\n")
			.reduce("", String::concat);
		assertThat(results(Fixtures.SMALL, Level.PROVINSI)).isEqualTo(expected);
	}

	@Test
	void xlsxInputGivesTheSameResultsAsCsv() throws IOException {
		try (Stream<Path> files = Files.list(Fixtures.SMALL)) {
			for (Path csv : files.toList()) {
				String name = csv.getFileName().toString().replace(".csv", ".xlsx");
				toXlsx(csv, this.dir.resolve(name));
			}
		}
		assertThat(results(this.dir, Level.NASIONAL)).isEqualTo(Files.readString(Fixtures.SMALL_EXPECTED));
	}

	/**
	 * The CSV as the first sheet of a workbook, as a spreadsheet would hold it: whole
	 * numbers as number cells, paid dates as date cells, the rest as text; columns in
	 * reverse order.
	 */
	static void toXlsx(Path csv, Path xlsx) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
			reader.forEach(r -> rows.add(r.getFields()));
		}
		try (OutputStream out = Files.newOutputStream(xlsx)) {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("data");
			List<String> header = rows.get(0);
			for (int r = 0; r < rows.size(); r++) {
				List<String> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					int column = row.size() - 1 - c;
					String value = row.get(c);
					if (r > 0 && header.get(c).equals("paid_date") && !value.isEmpty()) {
						sheet.value(r, column, LocalDate.parse(value));
						sheet.style(r, column).format("yyyy-mm-dd").set();
					}
					else if (r > 0 && value.matches("[0-9]{1,15}") && !header.get(c).endsWith("code")
							&& !header.get(c).equals("npp")) {
						sheet.value(r, column, Long.parseLong(value));
					}
					else {
						sheet.value(r, column, value);
					}
				}
			}
			workbook.finish();
		}
	}

	@Test
	void shufflingRowsChangesNothing() throws IOException {
		Random random = new Random(42);
		try (Stream<Path> files = Files.list(Fixtures.SMALL)) {
			for (Path csv : files.toList()) {
				List<String> lines = Files.readAllLines(csv);
				List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
				Collections.shuffle(body, random);
				body.add(0, lines.get(0));
				Files.write(this.dir.resolve(csv.getFileName()), body);
			}
		}
		assertThat(results(this.dir, Level.NASIONAL)).isEqualTo(Files.readString(Fixtures.SMALL_EXPECTED));
	}

	@Test
	void explanationHoldsRawInputsRulesAndContributions() {
		Evaluation evaluation = Evaluation.run(Fixtures.SMALL, 2023, Fixtures.areas(), Rubrics.defaults(),
				Level.NASIONAL);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		evaluation.writeExplanation(out);
		String json = out.toString(StandardCharsets.UTF_8);
		assertThat(json).startsWith("{\"year\":2023,\"candidates\":[{\"level\":\"PROVINSI\",\"scope\":\"11\","
				+ "\"category\":\"PEMKAB_PEMKOT\",\"candidate_code\":\"11.01\"");
		assertThat(json)
			.contains("\"indicator\":\"coverage_pu\",\"name\":\"Coverage PU\",\"measure\":\"pu_coverage_pct\","
					+ "\"inputs\":{\"pu_participants\":400,\"wage_workers\":1000},\"value\":40.0,\"rule\":");
		assertThat(json).contains("\"inputs\":{\"sum_unpaid\":500}");
		assertThat(json).contains("\"flag\":\"DATA_TIDAK_TERSEDIA:rantai_pasok\"");
	}

}
