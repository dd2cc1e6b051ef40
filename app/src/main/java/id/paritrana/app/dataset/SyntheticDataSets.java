package id.paritrana.app.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import id.paritrana.app.dataset.generator.DatasetGenerator;
import id.paritrana.app.dataset.generator.Scale;
import id.paritrana.app.dataset.generator.Settings;
import id.paritrana.engine.data.DataSet;

/**
 * Synthetic data sets of the generator at {@code small} scale, imported through the real
 * import (all checks, versions, audit) — what the demo edition is made of.
 */
@Service
public class SyntheticDataSets {

	private final DatasetImport imports;

	SyntheticDataSets(DatasetImport imports) {
		this.imports = imports;
	}

	/**
	 * Generates every data set for the assessment year of the edition and imports each
	 * one.
	 * @return the versions imported, in §6 order
	 * @throws IllegalStateException if a generated file does not import (a defect of the
	 * generator)
	 */
	public List<DatasetVersion> importSmall(int editionYear, long seed, String actor) {
		Path dir;
		try {
			dir = Files.createTempDirectory("paritrana-demo-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			new DatasetGenerator().generate(new Settings(Scale.SMALL, seed, editionYear - 1, null), dir, file -> {
			});
			List<DatasetVersion> versions = new ArrayList<>();
			for (DataSet set : DataSet.values()) {
				Path file = dir.resolve(set.baseName() + ".csv");
				ImportOutcome outcome = this.imports.run(
						new ImportRequest(editionYear, set, file.getFileName().toString(), file, actor),
						ImportProgress.NONE);
				versions.add(outcome.version()
					.orElseThrow(() -> new IllegalStateException(
							"generated " + set.baseName() + " did not import: " + outcome.problems())));
			}
			return versions;
		}
		finally {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			}
			catch (IOException ex) {
				// temporary files left behind are removed with the temporary directory
			}
		}
	}

}
