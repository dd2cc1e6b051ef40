package id.paritrana.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV structure and header rules of DESIGN §6, through the public reader. */
class DataReaderTests {

	static final DataSet SET = DataSet.EMPLOYER_VULNERABLE;

	@TempDir
	Path dir;

	private final Problems problems = new Problems();

	/** Each valid row as "line:npp|protected|vendors|covered". */
	private List<String> read(byte[] content) {
		List<String> rows = new ArrayList<>();
		DataReader.read(SET, "f.csv", DataFile.Format.CSV, new ByteArrayInputStream(content), row -> {
			if (row.isValid()) {
				rows.add(row.line() + ":" + row.text(SET.column("npp")) + "|"
						+ row.value(SET.column("vulnerable_workers_protected")) + "|" + row.value(SET.column("vendors"))
						+ "|" + row.value(SET.column("vendors_covered")));
			}
		}, this.problems);
		return rows;
	}

	private List<String> read(String content) {
		return read(content.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void headerInAnyOrderWithBomAndCrlf() {
		assertThat(read("\uFEFFvendors,npp,vendors_covered,vulnerable_workers_protected\r\n4,N1,2,7\r\n"))
			.containsExactly("2:N1|7|4|2");
		assertThat(this.problems.lines()).isEmpty();
	}

	@Test
	void quotedFieldsMayHoldCommasQuotesAndLineBreaksWhichCountAsLines() {
		assertThat(read("npp,vulnerable_workers_protected,vendors,vendors_covered\n\"N,\"\"1\",1,2,3\n"
				+ "\"N\n2\",\"4\",5,6\nN3,7,8,9\n"))
			.containsExactly("2:N,\"1|1|2|3", "5:N3|7|8|9");
		// the NPP with a line break is not an identifier
		assertThat(this.problems.lines())
			.containsExactly("f.csv:3: npp: 'N\n2' must not contain spaces or control characters");
	}

	@Test
	void emptyLinesAreSkippedButCountAsLines() {
		assertThat(read("npp,vulnerable_workers_protected,vendors,vendors_covered\n\nN1,1,2,3\n\n"))
			.containsExactly("3:N1|1|2|3");
		assertThat(this.problems.lines()).isEmpty();
	}

	@Test
	void structuralProblemsNameTheColumnAndLine() {
		read("npp,vulnerable_workers_protected,vendors,vendors_covered\nN1,1,2\nN2,1,2,3,4\nN3,\"1\"x,2,3\n"
				+ "N4,1,2,\"3");
		assertThat(this.problems.lines()).containsExactly(
				"f.csv:2: vendors_covered: missing field (the line has 3 fields, the header 4)",
				"f.csv:3: field 5: unexpected field (the line has 5 fields, the header 4)",
				"f.csv:4: vulnerable_workers_protected: unexpected text after the closing quote",
				"f.csv:5: vendors_covered: quoted field is not closed before the end of the file");
	}

	@Test
	void headerProblems() {
		read("npp,npp,vendors,extra\nN1,1,2,3\n");
		assertThat(this.problems.lines()).containsExactly("f.csv:1: npp: duplicate column",
				"f.csv:1: extra: unknown column (expected npp,vulnerable_workers_protected,vendors,vendors_covered)",
				"f.csv:1: vulnerable_workers_protected: missing column", "f.csv:1: vendors_covered: missing column");
	}

	@Test
	void everyInvalidFieldOfARowIsReported() {
		read("npp,vulnerable_workers_protected,vendors,vendors_covered\n,-1,1.5,999999999999999999\n");
		assertThat(this.problems.lines()).containsExactly("f.csv:2: npp: missing value",
				"f.csv:2: vulnerable_workers_protected: '-1' must not be negative",
				"f.csv:2: vendors: '1.5' is not a whole number",
				"f.csv:2: vendors_covered: '999999999999999999' is too large");
	}

	@Test
	void aFileIsReadInPartsToTheSameRowsAsInOnePass() throws Exception {
		StringBuilder csv = new StringBuilder("npp,vulnerable_workers_protected,vendors,vendors_covered\n");
		SplittableRandom random = new SplittableRandom(3);
		long expected = 0;
		for (int i = 0; i < 200_000; i++) {
			int v = random.nextInt(1000);
			expected += v;
			csv.append(random.nextBoolean() ? "\"N" + i + "\"" : "N" + i).append(',').append(v).append(",1,1\n");
		}
		Path file = this.dir.resolve("employer-vulnerable.csv");
		Files.writeString(file, csv);
		AtomicLong sum = new AtomicLong();
		AtomicLong rows = new AtomicLong();
		boolean valid = DataReader.readInParts(SET, DataFile.of(file), 4, part -> row -> {
			sum.addAndGet(row.value(SET.column("vulnerable_workers_protected")));
			rows.incrementAndGet();
		});
		assertThat(valid).isTrue();
		assertThat(rows.get()).isEqualTo(200_000);
		assertThat(sum.get()).isEqualTo(expected);
		Files.writeString(file, "\nN1,x,1,1\n", java.nio.file.StandardOpenOption.APPEND);
		assertThat(DataReader.readInParts(SET, DataFile.of(file), 4, part -> row -> {
		})).isFalse();
	}

}
