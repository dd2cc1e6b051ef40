package id.paritrana.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class SafeCsvWriterTests {

	private static String write(SafeCsvWriter.LineEnding ending, String[]... records) throws IOException {
		StringWriter out = new StringWriter();
		try (SafeCsvWriter csv = SafeCsvWriter.to(out, ending)) {
			for (String[] r : records) {
				csv.record(r);
			}
		}
		return out.toString();
	}

	@Test
	void formulaLeadingCellsGetAQuote() {
		assertThat(SafeCsvWriter.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
		assertThat(SafeCsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SafeCsvWriter.cell("+1+1")).isEqualTo("'+1+1");
		assertThat(SafeCsvWriter.cell("-2+3")).isEqualTo("'-2+3");
		assertThat(SafeCsvWriter.cell("\tx")).isEqualTo("'\tx");
		assertThat(SafeCsvWriter.cell("\rx")).isEqualTo("'\rx");
		assertThat(SafeCsvWriter.cell("-")).isEqualTo("'-");
		assertThat(SafeCsvWriter.cell("-.5")).isEqualTo("'-.5");
		assertThat(SafeCsvWriter.cell("-1.")).isEqualTo("'-1.");
		assertThat(SafeCsvWriter.cell("-1e5")).isEqualTo("'-1e5");
		assertThat(SafeCsvWriter.cell("+5")).isEqualTo("'+5");
	}

	@Test
	void plainNumbersAndOrdinaryTextStayAsTheyAre() {
		assertThat(SafeCsvWriter.cell("-1.25")).isEqualTo("-1.25");
		assertThat(SafeCsvWriter.cell("-3")).isEqualTo("-3");
		assertThat(SafeCsvWriter.cell("86.43")).isEqualTo("86.43");
		assertThat(SafeCsvWriter.cell("PT Maju = Jaya")).isEqualTo("PT Maju = Jaya");
		assertThat(SafeCsvWriter.cell("")).isEmpty();
		assertThat(SafeCsvWriter.cell(null)).isEmpty();
	}

	@Test
	void quotesOnlyWhenNeededLeavesEmptyFieldsEmptyAndEndsLinesAsAsked() throws IOException {
		assertThat(write(SafeCsvWriter.LineEnding.LF, new String[] { "PT \"Sinar\", Tbk", "", "Kafé 東", "a;b" },
				new String[] { "-1.25", "=1+1", null, "x\ny" }))
			.isEqualTo("\"PT \"\"Sinar\"\", Tbk\",,Kafé 東,a;b\n-1.25,'=1+1,,\"x\ny\"\n");
		assertThat(write(SafeCsvWriter.LineEnding.CRLF, new String[] { "1", "@x,y" })).isEqualTo("1,\"'@x,y\"\r\n");
	}

}
