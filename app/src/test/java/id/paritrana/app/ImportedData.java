package id.paritrana.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.dataset.DatasetVersion;
import id.paritrana.app.dataset.ImportOutcome;
import id.paritrana.app.dataset.ImportProgress;
import id.paritrana.app.dataset.ImportRequest;
import id.paritrana.engine.data.Column;
import id.paritrana.engine.data.DataSet;

/**
 * Data sets imported through the real import service from a few CSV rows (the header is
 * written from the data set's columns), so the rows belong to a real current version; and
 * their clean-up.
 */
public final class ImportedData {

	private ImportedData() {
	}

	/**
	 * Imports the rows as a new version of the data set of the edition, which must
	 * succeed.
	 */
	public static DatasetVersion imported(DatasetImport imports, int year, DataSet set, String... rows) {
		return imported(imports, year, set, ImportProgress.NONE, rows);
	}

	/**
	 * As {@link #imported(DatasetImport, int, DataSet, String...)}, telling
	 * {@code progress}.
	 */
	public static DatasetVersion imported(DatasetImport imports, int year, DataSet set, ImportProgress progress,
			String... rows) {
		List<String> lines = new ArrayList<>();
		lines.add(String.join(",", set.columns().stream().map(Column::name).toList()));
		lines.addAll(List.of(rows));
		try {
			Path file = Files.createTempFile(set.baseName(), ".csv");
			try {
				Files.write(file, lines);
				ImportOutcome outcome = imports.run(new ImportRequest(year, set, set.baseName() + ".csv", file, "test"),
						progress);
				if (!outcome.imported()) {
					throw new IllegalStateException("import of " + set.baseName() + " refused: " + outcome);
				}
				return outcome.version().orElseThrow();
			}
			finally {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Imports the rows as a new version of a data set the edition already has, and runs
	 * {@code check} right after the import commits, while the rows of the version it
	 * replaced are still in the table (they are deleted next; they stay for good when
	 * that deletion fails). What {@code check} reads must already be the new version's
	 * figures alone.
	 */
	public static DatasetVersion reimported(DatasetImport imports, JdbcClient jdbc, int year, DataSet set,
			Runnable check, String... rows) {
		boolean[] checked = { false };
		DatasetVersion version = imported(imports, year, set, new ImportProgress() {

			@Override
			public void bytesRead(long read, long total) {
			}

			@Override
			public void committed() {
				long replaced = jdbc
					.sql("SELECT COUNT(*) FROM " + table(set) + " WHERE edition_year = :y AND version_id NOT IN"
							+ " (SELECT id FROM dataset_version WHERE edition_year = :y AND is_current)")
					.param("y", year)
					.query(Long.class)
					.single();
				if (replaced == 0) {
					throw new IllegalStateException("no replaced rows of " + set.baseName() + " left to ignore");
				}
				check.run();
				checked[0] = true;
			}

		}, rows);
		if (!checked[0] || version.version() < 2) {
			throw new IllegalStateException(set.baseName() + " was not re-imported");
		}
		return version;
	}

	/** Removes every data set of the edition, rows and versions. */
	public static void forget(JdbcClient jdbc, int year) {
		for (DataSet set : DataSet.values()) {
			jdbc.sql("DELETE FROM " + table(set) + " WHERE edition_year = :y").param("y", year).update();
		}
		jdbc.sql("DELETE FROM dataset_version WHERE edition_year = :y").param("y", year).update();
	}

	private static String table(DataSet set) {
		return switch (set) {
			case REGION_COVERAGE -> "data_region_coverage";
			case NONASN -> "data_nonasn";
			case VULNERABLE_PROTECTION -> "data_vulnerable_protection";
			case VILLAGE_PROTECTION -> "data_village_protection";
			case REGULATIONS -> "data_regulation";
			case EMPLOYERS -> "data_employer";
			case CONTRIBUTIONS -> "data_contribution";
			case EMPLOYER_VULNERABLE -> "data_employer_vulnerable";
			case MINIMUM_WAGES -> "data_minimum_wage";
			case JURY_SCORES -> "data_jury_score";
		};
	}

}
