package id.paritrana.engine.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubrics;

class EvaluationTests {

	@TempDir
	Path dir;

	static String results(Path data, Level level) throws IOException {
		Evaluation evaluation = Evaluation.run(data, 2023, Fixtures.areas(), Rubrics.defaults(), level);
		StringWriter out = new StringWriter();
		evaluation.writeResults(out);
		return out.toString();
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
	void explanationHoldsRawInputsRulesAndContributions() {
		Evaluation evaluation = Evaluation.run(Fixtures.SMALL, 2023, Fixtures.areas(), Rubrics.defaults(),
				Level.NASIONAL);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		evaluation.writeExplanation(out);
		String json = out.toString(StandardCharsets.UTF_8);
		assertThat(json).startsWith("{\"year\":2023,\"candidates\":[{\"level\":\"PROVINSI\",\"scope\":\"11\","
				+ "\"category\":\"PEMKAB_PEMKOT\",\"candidate_code\":\"11.01\"");
		assertThat(json).contains("\"indicator\":\"coverage_pu\",\"name\":\"Coverage PU\",\"measure\":\"pu_coverage_pct\","
				+ "\"inputs\":{\"pu_participants\":400,\"wage_workers\":1000},\"value\":40.0,\"rule\":");
		assertThat(json).contains("\"inputs\":{\"sum_unpaid\":500}");
		assertThat(json).contains("\"flag\":\"DATA_TIDAK_TERSEDIA:rantai_pasok\"");
	}

}
