package id.paritrana.engine.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import id.paritrana.engine.area.Areas;

/** The test fixtures: the shipped area master data and the hand-checked data sets. */
final class Fixtures {

	/**
	 * The wilayah files ship with the application; the engine's tests read them in place.
	 */
	static final Path WILAYAH = Path.of("../app/src/main/resources/wilayah");

	static final Path SMALL = Path.of("src/test/resources/evaluate/small");

	static final Path SMALL_EXPECTED = Path.of("src/test/resources/evaluate/small-expected-results.csv");

	private static Areas areas;

	private Fixtures() {
	}

	static synchronized Areas areas() {
		if (areas == null) {
			areas = Areas.read(WILAYAH);
		}
		return areas;
	}

	/** Copies every file of a directory into another. */
	static void copy(Path from, Path to) {
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
