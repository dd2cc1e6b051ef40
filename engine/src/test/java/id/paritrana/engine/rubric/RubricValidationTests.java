package id.paritrana.engine.rubric;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Invalid rubric fixtures, each with the problems it must report
 * (invalid/expected-problems.txt).
 */
class RubricValidationTests {

	private static Path fixtures(String dir) {
		try {
			return Path.of(RubricValidationTests.class.getResource("/rubrics/" + dir).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Stream<String[]> expectedProblems() throws IOException {
		return Files.readAllLines(fixtures("invalid").resolve("expected-problems.txt"))
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.split("\\|", -1))
			.map(parts -> new String[] { parts[0].trim(), parts[1].trim(), parts[2].trim() });
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("expectedProblems")
	void invalidFileReportsFilePathAndReason(String file, String path, String reason) {
		Path fixture = fixtures("invalid").resolve(file);
		InvalidRubricException ex = catchThrowableOfType(InvalidRubricException.class, () -> Rubrics.load(fixture));
		assertThat(ex).as("loading %s must fail", file).isNotNull();
		assertThat(ex.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(fixture.toString()));
		assertThat(ex.problems()).as(ex.getMessage()).anySatisfy(p -> {
			assertThat(p.path()).isEqualTo(path);
			assertThat(p.reason()).contains(reason);
		});
		assertThat(ex.getMessage()).contains(fixture + ": " + (path.isEmpty() ? "" : path + ": "));
	}

	@Test
	void everyInvalidFixtureHasAnExpectation() throws IOException {
		List<String> expected = expectedProblems().map(p -> p[0]).distinct().sorted().toList();
		List<String> files;
		try (Stream<Path> list = Files.list(fixtures("invalid"))) {
			files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
		}
		assertThat(expected).isEqualTo(files);
	}

	@Test
	void validFixturesLoad() {
		Rubric ukm = Rubrics.load(fixtures("valid").resolve("ukm.yaml"));
		assertThat(ukm.tieBreak()).containsExactly("b", "a");
		assertThat(ukm.shortlist()).isEqualTo(Rubric.DEFAULT_SHORTLIST);
		Rubric pemprov = Rubrics.load(fixtures("valid").resolve("pemprov.yaml"));
		assertThat(pemprov.jury().orElseThrow().method()).isEqualTo(JuryMethod.ZSCORE);
		assertThat(pemprov.indicators().get(1).rule()).isInstanceOf(Rule.Percentile.class);
	}

	@Test
	void directoryOverridesDefaultsPerCategory() {
		Map<Category, Rubric> rubrics = Rubrics.loadDirectory(fixtures("valid"));
		assertThat(rubrics).containsOnlyKeys(Category.values());
		assertThat(rubrics.get(Category.UKM).tieBreak()).containsExactly("b", "a");
		assertThat(rubrics.get(Category.PEMPROV).hasJury()).isTrue();
		assertThat(rubrics.get(Category.PEMPROV).indicators()).hasSize(3);
		assertThat(rubrics.get(Category.BU_BESAR)).isSameAs(Rubrics.defaultFor(Category.BU_BESAR));
	}

	@Test
	void directoryRejectsACategoryGivenTwice() {
		InvalidRubricException ex = catchThrowableOfType(InvalidRubricException.class,
				() -> Rubrics.loadDirectory(fixtures("duplicate")));
		assertThat(ex.problems()).singleElement().satisfies(p -> {
			assertThat(p.file()).endsWith("ukm-2.yaml");
			assertThat(p.path()).isEqualTo("category");
			assertThat(p.reason()).contains("UKM is already given by").contains("ukm-1.yaml");
		});
	}

	@Test
	void directoryReportsTheProblemsOfEveryFile(@TempDir Path dir) throws IOException {
		Path invalid = fixtures("invalid");
		Files.copy(invalid.resolve("unknown-rule.yaml"), dir.resolve("a.yaml"));
		Files.copy(invalid.resolve("unknown-category.yaml"), dir.resolve("b.yml"));
		Files.writeString(dir.resolve("notes.txt"), "not a rubric");
		InvalidRubricException ex = catchThrowableOfType(InvalidRubricException.class,
				() -> Rubrics.loadDirectory(dir));
		assertThat(new TreeSet<>(ex.problems().stream().map(p -> Path.of(p.file()).getFileName().toString()).toList()))
			.containsExactly("a.yaml", "b.yml");
	}

	@Test
	void parseNamesTheGivenFile() {
		assertThatExceptionOfType(InvalidRubricException.class).isThrownBy(() -> Rubrics.parse("inline.yaml", "- 1"))
			.satisfies(ex -> assertThat(ex.problems())
				.containsExactly(new RubricProblem("inline.yaml", "", "must be a mapping (key: value), got a list")));
	}

	@Test
	void theExampleInTheFormatDocumentIsValid() throws IOException {
		String doc = Files.readString(Path.of("..", "docs", "rubric-format.md"));
		int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
		String yaml = doc.substring(start, doc.indexOf("```", start));
		Rubric rubric = Rubrics.parse("rubric-format.md", yaml);
		assertThat(rubric.category()).isEqualTo(Category.PEMKAB_PEMKOT);
		assertThat(rubric.indicators()).hasSize(8);
		assertThat(rubric.eligibility()).hasSize(3);
		assertThat(rubric.shortlist()).isEqualTo(new Shortlist(10, 60));
	}

	@Test
	void aRubricFileMayBeWrittenFromScratch() {
		List<String> lines = new ArrayList<>();
		lines.add("category: BU_MENENGAH");
		lines.add("aspects:");
		lines.add("  - {id: a, name: A, weight: 100, indicators: [{id: x, name: X, weight: 100, measure: arrears,"
				+ " rule: {type: linear, from: 1000000, to: 0}}]}");
		lines.add("shortlist: {top: 3, min_desk_score: 55.5}");
		Rubric rubric = Rubrics.parse("scratch.yaml", String.join("\n", lines));
		assertThat(rubric.shortlist()).isEqualTo(new Shortlist(3, 55.5));
		assertThat(rubric.indicators().get(0).rule()).isEqualTo(new Rule.Linear(1_000_000, 0));
	}

	@Test
	void namesAndIdsHaveAMaximumLength() {
		String name = "N".repeat(201);
		String id = "x".repeat(65);
		String yaml = "category: BU_MENENGAH\naspects:\n  - {id: a, name: " + name + ", weight: 100, indicators: [{id: "
				+ id + ", name: X, weight: 100, measure: arrears, rule: {type: linear, from: 1000000, to: 0}}]}\n";
		assertThatExceptionOfType(InvalidRubricException.class).isThrownBy(() -> Rubrics.parse("long.yaml", yaml))
			.satisfies(ex -> assertThat(ex.problems()).extracting(RubricProblem::path, RubricProblem::reason)
				.contains(
						org.assertj.core.groups.Tuple.tuple("aspects[0].name",
								"is 201 characters long, longer than the 200 allowed"),
						org.assertj.core.groups.Tuple.tuple("aspects[0].indicators[0].id",
								"indicator id is 65 characters long, longer than the 64 allowed")));
		String fits = yaml.replace(name, "N".repeat(200)).replace(id, "x".repeat(64));
		assertThat(Rubrics.parse("fits.yaml", fits).aspects().get(0).name()).hasSize(200);
	}

}
