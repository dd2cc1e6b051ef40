package id.paritrana.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every free-text and code column has a length limit, and a line cannot be endless. */
class FieldLimitsTests {

	private final Problems problems = new Problems();

	private List<Long> read(DataSet set, InputStream in) {
		List<Long> valid = new ArrayList<>();
		DataReader.read(set, set.baseName() + ".csv", DataFile.Format.CSV, in, row -> {
			if (row.isValid()) {
				valid.add(row.line());
			}
		}, this.problems);
		return valid;
	}

	private List<Long> read(DataSet set, String content) {
		return read(set, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void everyTextAndIdentifierColumnHasALimit() {
		for (DataSet set : DataSet.values()) {
			for (Column c : set.columns()) {
				FieldType.Kind kind = c.type().kind();
				if (kind == FieldType.Kind.TEXT || kind == FieldType.Kind.IDENTIFIER) {
					assertThat(c.type().maxLength()).as(set.baseName() + "." + c.name()).isBetween(1, 500);
				}
			}
		}
		assertThat(DataSet.EMPLOYERS.column("name").type().maxLength()).isEqualTo(200);
		assertThat(DataSet.EMPLOYERS.column("npp").type().maxLength()).isEqualTo(20);
		assertThat(DataSet.REGULATIONS.column("title").type().maxLength()).isEqualTo(500);
		assertThat(DataSet.REGULATIONS.column("number").type().maxLength()).isEqualTo(100);
	}

	@Test
	void aNameOverTheLimitIsAProblemNamingTheLimitAndLengthWithoutRepeatingTheValue() {
		String name300 = "N".repeat(300);
		String name5mb = "PT " + "x".repeat(5 << 20);
		String exactly200 = "é".repeat(200);
		List<Long> valid = read(DataSet.EMPLOYERS,
				"npp,name,region_code,sector,size_class\n" + "N1,PT A,11.01,C,BESAR\n" + "N2," + name300
						+ ",11.01,C,BESAR\n" + "N3,\"" + name5mb + "\",11.01,C,BESAR\n" + "N4," + exactly200
						+ ",11.01,C,BESAR\n" + "N" + "9".repeat(20) + ",PT B,11.01,C,BESAR\n");
		assertThat(valid).containsExactly(2L, 5L);
		List<Problem> list = this.problems.list();
		assertThat(list).extracting(Problem::line, Problem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "name"),
					org.assertj.core.groups.Tuple.tuple(4L, "name"), org.assertj.core.groups.Tuple.tuple(6L, "npp"));
		assertThat(list.get(0).reason())
			.isEqualTo("'" + "N".repeat(57) + "...' is 300 characters long, longer than the 200 allowed");
		assertThat(list.get(1).reason())
			.endsWith("' is " + name5mb.length() + " characters long, longer than the 200 allowed")
			.hasSizeLessThan(150);
		assertThat(list.get(2).reason()).endsWith("is 21 characters long, longer than the 20 allowed");
	}

	@Test
	void theIdentifierFastPathKeepsTheLimit() {
		FieldType npp = FieldType.identifier(3);
		byte[] four = "ABCD".getBytes(StandardCharsets.US_ASCII);
		assertThat(npp.parseAscii(four, 0, 4)).isEqualTo(FieldType.UNDECIDED);
		assertThat(npp.parseAscii(four, 0, 3)).isZero();
	}

	@Test
	void anEndlessLineIsAProblemOnItsLineAndColumnNotAFullHeap() {
		byte[] head = "npp,name,region_code,sector,size_class\nN1,PT A,11.01,C,BESAR\n\nN2,"
			.getBytes(StandardCharsets.US_ASCII);
		long size = FieldLimits.RECORD_BYTES + (1L << 20);
		// an endless name, produced as it is read
		InputStream endless = new InputStream() {
			long at;

			@Override
			public int read() {
				return (this.at < head.length) ? head[(int) this.at++] : (this.at++ < size) ? 'x' : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (this.at >= size) {
					return -1;
				}
				int n = (int) Math.min(len, size - this.at);
				for (int i = 0; i < n; i++) {
					b[off + i] = (this.at < head.length) ? head[(int) this.at] : (byte) 'x';
					this.at++;
				}
				return n;
			}
		};
		List<Long> valid = read(DataSet.EMPLOYERS, endless);
		assertThat(valid).containsExactly(2L);
		assertThat(this.problems.lines()).containsExactly("employers.csv:4: name: the line is longer than "
				+ (FieldLimits.RECORD_BYTES >> 20) + " MB, the most a line may be (the file is not read further)");
	}

}
