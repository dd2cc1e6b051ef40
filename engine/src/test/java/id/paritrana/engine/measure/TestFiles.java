package id.paritrana.engine.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import id.paritrana.engine.area.Areas;
import id.paritrana.engine.data.DataFile;

/** Writes small data files for measure tests; reads the shipped area master data once. */
final class TestFiles {

	private static Areas areas;

	private TestFiles() {
	}

	static synchronized Areas areas() {
		if (areas == null) {
			// the wilayah files ship with the application; the engine's tests read them
			// in place
			areas = Areas.read(Path.of("../app/src/main/resources/wilayah"));
		}
		return areas;
	}

	static Optional<DataFile> write(Path dir, String name, String... lines) {
		try {
			Path file = dir.resolve(name);
			Files.writeString(file, String.join("\n", lines) + "\n");
			return Optional.of(DataFile.of(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
