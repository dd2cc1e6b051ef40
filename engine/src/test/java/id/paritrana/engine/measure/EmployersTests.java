package id.paritrana.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.paritrana.engine.data.DataFile;
import id.paritrana.engine.data.Problems;

class EmployersTests {

	private static final String[] SIZES = { "BESAR", "MENENGAH", "KECIL", "MIKRO" };

	private static final String[] REGIONS = { "11", "11.01", "11.02" };

	@TempDir
	Path dir;

	@Test
	void readingInPartsGivesTheEmployersOfOnePassInFileOrder() {
		SplittableRandom random = new SplittableRandom(11);
		List<String> rows = new ArrayList<>(List.of(EmployerMeasuresTests.EMPLOYERS));
		for (int e = 0; e < 5000; e++) {
			rows.add("N" + random.nextInt(1_000_000_000) + "x" + e + ",\"PT " + e + ", Tbk\","
					+ REGIONS[random.nextInt(3)] + ",C," + SIZES[random.nextInt(4)]);
		}
		DataFile file = write(rows);
		Problems problems = new Problems();
		Employers once = Employers.read(file, TestFiles.areas(), 1, problems);
		Employers parts = Employers.read(file, TestFiles.areas(), 3, problems);
		assertThat(problems.isEmpty()).isTrue();
		assertThat(parts.size()).isEqualTo(once.size()).isEqualTo(5000);
		assertThat(parts.isComplete()).isTrue();
		for (int e = 0; e < once.size(); e++) {
			assertThat(parts.npp(e)).isEqualTo(once.npp(e));
			assertThat(parts.name(e)).isEqualTo(once.name(e));
			assertThat(parts.province(e)).isEqualTo(once.province(e));
			assertThat(parts.regency(e)).isEqualTo(once.regency(e));
			assertThat(parts.sizeClass(e)).isEqualTo(once.sizeClass(e));
			assertThat(parts.find(once.npp(e))).isEqualTo(e);
		}
	}

	@Test
	void anNppRepeatedInAnotherPartIsReportedWithBothLines() {
		List<String> rows = new ArrayList<>(List.of(EmployerMeasuresTests.EMPLOYERS));
		for (int e = 0; e < 3000; e++) {
			rows.add("E" + e + ",PT " + e + ",11.01,C,KECIL");
		}
		// line 2 is E0; its repeat sits at the end, in the last part
		rows.add("E0,PT again,11.01,C,KECIL");
		Problems problems = new Problems();
		Employers employers = Employers.read(write(rows), TestFiles.areas(), 2, problems);
		assertThat(problems.lines()).singleElement()
			.asString()
			.startsWith("employers.csv:3002: npp: ")
			.endsWith("repeats line 2");
		assertThat(employers.size()).isEqualTo(3000);
	}

	private DataFile write(List<String> rows) {
		return TestFiles.write(this.dir, "employers.csv", rows.toArray(String[]::new)).get();
	}

}
