package id.paritrana.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;

/**
 * The {@code evaluate} command through picocli, as the jar runs it, on the engine's
 * hand-checked fixtures (read in place from the engine module).
 */
class EvaluateCommandTests {

	static final Path FIXTURES = Path.of("../engine/src/test/resources/evaluate");

	static final Path SMALL = FIXTURES.resolve("small");

	static final Path INVALID = FIXTURES.resolve("invalid");

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine command = new CommandLine(new EvaluateCommand());
		command.setOut(new PrintWriter(this.out, true));
		command.setErr(new PrintWriter(this.err, true));
		return command.execute(args);
	}

	@Test
	void writesTheHandCheckedResultsAndTheExplanation() throws IOException {
		Path results = this.dir.resolve("results.csv");
		Path explain = this.dir.resolve("explain.json");
		int exit = run("--data", SMALL.toString(), "--year", "2023", "--out", results.toString(), "--explain",
				explain.toString());
		assertThat(exit).isZero();
		assertThat(this.err.toString()).isEmpty();
		assertThat(this.out.toString()).isEmpty();
		assertThat(results).hasSameTextualContentAs(FIXTURES.resolve("small-expected-results.csv"));
		assertThat(Files.readString(explain)).startsWith("{\"year\":2023,\"candidates\":[");
	}

	@Test
	void provincialLevelOnly() throws IOException {
		Path results = this.dir.resolve("r.csv");
		assertThat(
				run("--data", SMALL.toString(), "--year", "2023", "--level", "provinsi", "--out", results.toString()))
			.isZero();
		assertThat(Files.readAllLines(results)).hasSize(10).noneMatch(line -> line.startsWith("NASIONAL"));
	}

	static Stream<String> invalidCases() throws IOException {
		try (Stream<Path> dirs = Files.list(INVALID)) {
			return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("invalidCases")
	void invalidInputExitsWith2AndListsEveryProblem(String name) throws IOException {
		Path data = Files.createDirectory(this.dir.resolve("data"));
		prepare(name, data);
		Path results = this.dir.resolve("results.csv");
		int exit = run("--data", data.toString(), "--year", "2023", "--out", results.toString());
		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString().lines())
			.isEqualTo(Files.readAllLines(INVALID.resolve(name).resolve("expected.txt")));
		assertThat(this.err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
		assertThat(results).doesNotExist();
	}

	@Test
	void badArgumentsExitWith2AndAClearMessage() {
		assertThat(run("--data", this.dir.resolve("absent").toString(), "--year", "2023")).isEqualTo(2);
		assertThat(this.err.toString()).contains("is not a directory");
		assertThat(run("--data", SMALL.toString(), "--year", "twenty")).isEqualTo(2);
		assertThat(this.err.toString()).contains("Invalid value for option '--year'");
		assertThat(run("--data", SMALL.toString(), "--year", "2023", "--level", "kabupaten")).isEqualTo(2);
		assertThat(this.err.toString()).contains("--level: 'kabupaten' is neither provinsi nor nasional");
		assertThat(this.err.toString()).doesNotContain("\tat ");
	}

	@Test
	void invalidRubricsExitWith2() throws IOException {
		Path rubrics = Files.createDirectory(this.dir.resolve("rubrics"));
		Files.writeString(rubrics.resolve("ukm.yaml"), "category: UKM\naspects: []\n");
		assertThat(run("--data", SMALL.toString(), "--year", "2023", "--rubrics", rubrics.toString(), "--out",
				this.dir.resolve("r.csv").toString()))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("ukm.yaml");
		assertThat(this.dir.resolve("r.csv")).doesNotExist();
	}

	/**
	 * As the engine's InvalidInputTests: replace NAME, append +NAME, delete what
	 * remove.txt lists.
	 */
	private static void prepare(String name, Path target) throws IOException {
		try (Stream<Path> files = Files.list(SMALL)) {
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
		}
		try (Stream<Path> changes = Files.list(INVALID.resolve(name))) {
			for (Path change : changes.sorted().toList()) {
				String file = change.getFileName().toString();
				if (file.equals("remove.txt")) {
					for (String removed : Files.readAllLines(change)) {
						Files.delete(target.resolve(removed));
					}
				}
				else if (file.startsWith("+")) {
					Files.write(target.resolve(file.substring(1)), Files.readAllBytes(change),
							StandardOpenOption.APPEND);
				}
				else if (!file.equals("expected.txt")) {
					Files.copy(change, target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

}
