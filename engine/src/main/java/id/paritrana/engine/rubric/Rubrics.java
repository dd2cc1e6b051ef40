package id.paritrana.engine.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads and validates rubric files (DESIGN §4; format in docs/rubric-format.md): the
 * default rubrics shipped with the engine, one file, or a directory
 * ({@code evaluate --rubrics DIR}, §7.1). Invalid files raise an
 * {@link InvalidRubricException} naming file, path and reason of every problem.
 */
public final class Rubrics {

	private static final String RESOURCE_DIR = "/id/paritrana/engine/rubric/";

	private static volatile Map<Category, Rubric> defaults;

	private Rubrics() {
	}

	/** The default rubric of every category (§4). */
	public static Map<Category, Rubric> defaults() {
		Map<Category, Rubric> result = defaults;
		if (result == null) {
			Map<Category, Rubric> loaded = new EnumMap<>(Category.class);
			for (Category category : Category.values()) {
				String name = category.name().toLowerCase(Locale.ROOT) + ".yaml";
				try (InputStream in = Rubrics.class.getResourceAsStream(RESOURCE_DIR + name)) {
					if (in == null) {
						throw new IllegalStateException("default rubric " + name + " is not on the class path");
					}
					loaded.put(category, checkCategory(name, category,
							parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8))));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			result = Collections.unmodifiableMap(loaded);
			defaults = result;
		}
		return result;
	}

	/** The default rubric of one category (§4). */
	public static Rubric defaultFor(Category category) {
		return defaults().get(category);
	}

	/**
	 * The rubric of a YAML document.
	 * @param file the name to use in problems
	 * @throws InvalidRubricException listing every problem
	 */
	public static Rubric parse(String file, String yaml) {
		return RubricParser.parse(file, yaml);
	}

	/**
	 * The rubric in a file.
	 * @throws InvalidRubricException listing every problem
	 * @throws UncheckedIOException if the file cannot be read
	 */
	public static Rubric load(Path file) {
		try {
			return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The rubrics of every {@code *.yaml} / {@code *.yml} file in a directory, each
	 * naming its category; categories without a file keep their default. All files are
	 * read before failing, so the exception lists the problems of every file (and a
	 * category given twice).
	 * @throws InvalidRubricException listing every problem
	 * @throws UncheckedIOException if the directory cannot be read
	 */
	public static Map<Category, Rubric> loadDirectory(Path directory) {
		List<Path> files;
		try (Stream<Path> entries = Files.list(directory)) {
			files = entries.filter(p -> {
				String name = p.getFileName().toString();
				return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml"));
			}).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<Category, Rubric> result = new EnumMap<>(defaults());
		Map<Category, Path> from = new HashMap<>();
		List<RubricProblem> problems = new ArrayList<>();
		for (Path file : files) {
			try {
				Rubric rubric = load(file);
				Path earlier = from.putIfAbsent(rubric.category(), file);
				if (earlier != null) {
					problems.add(new RubricProblem(file.toString(), "category",
							"category " + rubric.category() + " is already given by " + earlier));
				}
				else {
					result.put(rubric.category(), rubric);
				}
			}
			catch (InvalidRubricException ex) {
				problems.addAll(ex.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRubricException(problems);
		}
		return Collections.unmodifiableMap(result);
	}

	private static Rubric checkCategory(String file, Category expected, Rubric rubric) {
		if (rubric.category() != expected) {
			throw new InvalidRubricException(List
				.of(new RubricProblem(file, "category", "expected " + expected + ", got " + rubric.category())));
		}
		return rubric;
	}

}
