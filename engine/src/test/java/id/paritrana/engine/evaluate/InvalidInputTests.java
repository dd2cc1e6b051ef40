package id.paritrana.engine.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.paritrana.engine.data.InvalidDataException;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubrics;

/**
 * One case per kind of invalid input (DESIGN §7.1), each a folder under
 * {@code evaluate/invalid/}: the small data set changed by the folder's files
 * ({@code NAME} replaces a file, {@code +NAME} appends lines to it, {@code remove.txt}
 * lists files to delete), and {@code expected.txt}, the exact problem lines. Nothing is
 * scored.
 */
class InvalidInputTests {

	static final Path CASES = Path.of("src/test/resources/evaluate/invalid");

	@TempDir
	Path dir;

	static Stream<String> cases() throws IOException {
		try (Stream<Path> dirs = Files.list(CASES)) {
			return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
		}
	}

	/** The small data set with the case's changes, in {@code target}. */
	static void prepare(String name, Path target) throws IOException {
		Fixtures.copy(Fixtures.SMALL, target);
		Path changes = CASES.resolve(name);
		try (Stream<Path> files = Files.list(changes)) {
			for (Path change : files.sorted().toList()) {
				String file = change.getFileName().toString();
				if (file.equals("expected.txt")) {
					continue;
				}
				if (file.equals("remove.txt")) {
					for (String removed : Files.readAllLines(change)) {
						Files.delete(target.resolve(removed));
					}
				}
				else if (file.startsWith("+")) {
					Files.write(target.resolve(file.substring(1)), Files.readAllBytes(change),
							StandardOpenOption.APPEND);
				}
				else {
					Files.copy(change, target.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	static List<String> expected(String name) throws IOException {
		return Files.readAllLines(CASES.resolve(name).resolve("expected.txt"));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void everyProblemIsReportedAsFileLineColumnReason(String name) throws IOException {
		prepare(name, this.dir);
		InvalidDataException ex = catchThrowableOfType(InvalidDataException.class,
				() -> Evaluation.run(this.dir, 2023, Fixtures.areas(), Rubrics.defaults(), Level.NASIONAL));
		assertThat(ex).as("invalid input must be rejected").isNotNull();
		assertThat(ex.lines()).isEqualTo(expected(name));
	}

}
