package id.paritrana.engine.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.paritrana.engine.rubric.Level;

/** The field formats of {@code results.csv} (DESIGN §7.1). */
class ResultsCsvTests {

	@TempDir
	Path dir;

	@Test
	void scoresHaveExactlyTwoDecimalsAndNothingWhenAbsent() {
		assertThat(ResultsCsv.score(86.0)).isEqualTo("86.00");
		assertThat(ResultsCsv.score(0.05)).isEqualTo("0.05");
		assertThat(ResultsCsv.score(53.57)).isEqualTo("53.57");
		assertThat(ResultsCsv.score(100)).isEqualTo("100.00");
		assertThat(ResultsCsv.score(-1.25)).isEqualTo("-1.25");
		assertThat(ResultsCsv.score(Double.NaN)).isEmpty();
		assertThat(ResultsCsv.rank(0)).isEmpty();
		assertThat(ResultsCsv.rank(12)).isEqualTo("12");
	}

	@Test
	void namesThatStartLikeFormulasAreWrittenAsText() throws IOException {
		Fixtures.copy(Fixtures.SMALL, this.dir);
		Path employers = this.dir.resolve("employers.csv");
		String text = Files.readString(employers)
			.replace("PT Maju Bersama", "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
			.replace("UD Selatan Makmur", "@SUM(A1)")
			.replace("Warung Bu Ani", "+1+1")
			.replace("CV Tapanuli Jaya", "-2+3")
			.replace("Toko Sibolga", "-1.25");
		Files.writeString(employers, text);

		String results = EvaluationTests.results(this.dir, Level.NASIONAL);

		List<String> names;
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(results)) {
			names = reader.stream().skip(1).map(r -> r.getField(3) + "=" + r.getField(4)).toList();
		}
		assertThat(names).contains("NPP0001='=HYPERLINK(\"http://x\",\"y\")", "NPP0004='@SUM(A1)", "NPP0005='+1+1",
				"NPP0003='-2+3", "NPP0006=-1.25");
		assertThat(results)
			.contains("PROVINSI,11,BU_BESAR,NPP0001,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",true,,86.43,1,");
		// everything else is as before
		assertThat(results.lines().filter(l -> !l.contains("NPP00"))).containsExactlyElementsOf(
				Files.readString(Fixtures.SMALL_EXPECTED).lines().filter(l -> !l.contains("NPP00")).toList());
	}

}
