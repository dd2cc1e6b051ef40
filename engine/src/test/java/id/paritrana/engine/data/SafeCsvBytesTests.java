package id.paritrana.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SafeCsvBytesTests {

	/** Characters that matter to CSV, formulas and UTF-8, and plain ones. */
	private static final String ALPHABET = "aZ09 ,\"\r\n#=+-@\t.;'éŠ漢😀";

	@Test
	void writesTheSameBytesAsTheSafeWriterForAnyText() throws IOException {
		SplittableRandom random = new SplittableRandom(42);
		for (SafeCsvWriter.LineEnding ending : SafeCsvWriter.LineEnding.values()) {
			List<String[]> records = new ArrayList<>();
			for (int r = 0; r < 5_000; r++) {
				String[] fields = new String[1 + random.nextInt(4)];
				for (int f = 0; f < fields.length; f++) {
					fields[f] = randomText(random);
				}
				records.add(fields);
			}
			SafeCsvBytes bytes = new SafeCsvBytes(16, ending);
			for (String[] fields : records) {
				for (String field : fields) {
					bytes.field(field);
				}
				bytes.endRecord();
			}
			assertThat(new String(bytes.toByteArray(), "UTF-8")).isEqualTo(written(ending, records));
		}
	}

	@Test
	void writesWholeNumbersAsTheirDigits() throws IOException {
		long[] values = { 0, 7, -7, 10, 1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE };
		SafeCsvBytes bytes = new SafeCsvBytes(1, SafeCsvWriter.LineEnding.LF);
		List<String[]> records = new ArrayList<>();
		for (long value : values) {
			bytes.field(value).endRecord();
			records.add(new String[] { Long.toString(value) });
		}
		assertThat(new String(bytes.toByteArray(), "UTF-8")).isEqualTo(written(SafeCsvWriter.LineEnding.LF, records));
	}

	@Test
	void guardsFormulasAndQuotesSeparators() {
		SafeCsvBytes bytes = new SafeCsvBytes(1, SafeCsvWriter.LineEnding.LF);
		bytes.field("#1").field("=SUM(A1)").field("a,b").field("-1.25").field((String) null).endRecord();
		assertThat(new String(bytes.toByteArray())).isEqualTo("\"#1\",'=SUM(A1),\"a,b\",-1.25,\n");
	}

	private static String randomText(SplittableRandom random) {
		if (random.nextInt(10) == 0) {
			return random.nextBoolean() ? null : "";
		}
		StringBuilder b = new StringBuilder();
		int length = 1 + random.nextInt(6);
		while (b.length() < length) {
			int at = random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length()));
			b.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, at)));
		}
		return b.toString();
	}

	private static String written(SafeCsvWriter.LineEnding ending, List<String[]> records) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SafeCsvWriter csv = SafeCsvWriter.to(out, ending)) {
			records.forEach(csv::record);
		}
		return out.toString("UTF-8");
	}

}
