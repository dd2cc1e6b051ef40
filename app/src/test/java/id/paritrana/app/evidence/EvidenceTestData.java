package id.paritrana.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.dataset.DatasetVersions;
import id.paritrana.app.dataset.GenerateCommand;
import id.paritrana.app.dataset.ImportProgress;
import id.paritrana.app.dataset.ImportRequest;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.StageState;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.area.Areas;
import id.paritrana.engine.data.DataSet;
import picocli.CommandLine;

/**
 * An edition of a test's own with generated {@code small} data imported and levels open
 * for evidence.
 */
final class EvidenceTestData {

	private EvidenceTestData() {
	}

	/**
	 * Generates {@code small} data for the edition's assessment year into {@code dir}.
	 */
	static void generate(Path dir, int edition, String seed) {
		CommandLine generate = new CommandLine(new GenerateCommand());
		generate.setOut(new PrintWriter(new StringWriter()));
		assertThat(generate.execute("--scale", "small", "--seed", seed, "--year", Integer.toString(edition - 1),
				"--out", dir.toString()))
			.isZero();
	}

	/**
	 * Creates the edition and imports the generated files, unless a run before did (a
	 * persistent database).
	 */
	static void importInto(Path dir, int edition, Editions editions, DatasetVersions versions, DatasetImport imports) {
		if (editions.find(edition).isEmpty()) {
			editions.create("test", edition, null);
		}
		if (!versions.current(edition).isEmpty()) {
			return;
		}
		for (DataSet set : DataSet.values()) {
			Path file = dir.resolve(set.baseName() + ".csv");
			assertThat(imports
				.run(new ImportRequest(edition, set, file.getFileName().toString(), file, "test"), ImportProgress.NONE)
				.problems()).as(set.baseName()).isEmpty();
		}
	}

	/** Brings levels that were never run to VERIFIKASI, as the national secretariat. */
	static void openLevels(int edition, Stages stages, UserDetailsService users, String... levels) {
		SignedInUser admin = (SignedInUser) users.loadUserByUsername(DemoUsers.ADMIN);
		for (String level : levels) {
			if (stages.stages(edition, level).stream().allMatch(s -> s.state() == StageState.BELUM)) {
				for (int step = 0; step < 3; step++) {
					stages.advance(admin, edition, level);
				}
			}
		}
	}

	/** Evidence of an earlier run of the same test (a persistent database) is removed. */
	static void forgetEvidence(JdbcClient jdbc, int edition) {
		jdbc.sql("DELETE FROM evidence WHERE edition_year = :y").param("y", edition).update();
		jdbc.sql("DELETE FROM questionnaire WHERE edition_year = :y").param("y", edition).update();
	}

	static Areas areas() {
		try (InputStream p = wilayah("provinces.csv");
				InputStream r = wilayah("regencies.csv");
				InputStream d = wilayah("districts.csv");
				InputStream v = wilayah("villages.csv")) {
			return Areas.read(p, r, d, v);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream wilayah(String name) {
		return EvidenceTestData.class.getResourceAsStream("/wilayah/" + name);
	}

}
