package id.paritrana.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * The §6 files the measures are computed from are written the same on H2 as PostgreSQL's
 * {@code COPY … TO STDOUT WITH (FORMAT csv)} writes them on PostgreSQL.
 */
class DataFileCsvTests {

	@Test
	void aNullIsAnEmptyFieldAndAnEmptyTextIsQuoted() throws IOException {
		assertThat(written(null, "", "x")).isEqualTo(",\"\",x\n");
	}

	@Test
	void onlyACommaQuoteOrLineBreakIsQuotedAndTheTextIsKept() throws IOException {
		assertThat(written("PT Maju, Jaya", "\"Sentosa\"", "baris\ndua", "cr\r", " spasi ", "=1+1", "Ñ 日本"))
			.isEqualTo("\"PT Maju, Jaya\",\"\"\"Sentosa\"\"\",\"baris\ndua\",\"cr\r\", spasi ,=1+1,Ñ 日本\n");
	}

	private static String written(String... fields) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CsvWriter csv = CandidateMeasures.dataFile(bytes);
		csv.writeRecord(fields);
		csv.flush();
		return bytes.toString(StandardCharsets.UTF_8);
	}

}
