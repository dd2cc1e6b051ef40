package id.paritrana.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.paritrana.app.IntegrationTest;
import id.paritrana.app.edition.Editions;
import id.paritrana.engine.data.DataSet;

/**
 * The contributions' sums stored by their import ({@code contribution_total}) give the
 * measures that reading the contribution rows gives, value for value, and belong to their
 * version: a re-import replaces them, a second edition has its own, and the measures read
 * the rows again when the sums no longer hold for the current employers and minimum
 * wages.
 */
@IntegrationTest
class ContributionTotalsIntegrationTests {

	@TempDir
	Path dir;

	@Autowired
	DatasetImport imports;

	@Autowired
	CandidateMeasures measures;

	@Autowired
	Editions editions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void measuresFromTheStoredSumsEqualMeasuresFromTheRows() throws IOException {
		int edition = 2038;
		importAll(edition, "8");
		CandidateMeasures.Computed fromSums = this.measures.compute(edition, "test");
		assertThat(fromSums.contributionsFromSums()).isTrue();
		Map<String, List<Object>> withSums = stored(edition);
		assertThat(withSums).hasSize((int) fromSums.candidates());

		// the name, province and size class stored with an employer's measures are the
		// current employers data set's
		Map<String, List<Object>> employers = new TreeMap<>();
		this.jdbc
			.sql("SELECT npp, name, SUBSTRING(region_code, 1, 2), size_class FROM data_employer"
					+ " WHERE edition_year = :year AND version_id = " + DatasetImport.CURRENT_VERSION)
			.param("year", edition)
			.param("set", DataSet.EMPLOYERS.baseName())
			.query(rs -> {
				employers.put(rs.getString(1), List.of(rs.getString(2), rs.getString(3), rs.getString(4)));
			});
		Map<String, List<Object>> recorded = new TreeMap<>();
		this.jdbc
			.sql("SELECT candidate_code, candidate_name, province_code, size_class FROM candidate_measure"
					+ " WHERE edition_year = :y AND category IN ('BU_BESAR', 'BU_MENENGAH', 'UKM')")
			.param("y", edition)
			.query(rs -> {
				recorded.put(rs.getString(1), List.of(rs.getString(2), rs.getString(3), rs.getString(4)));
			});
		assertThat(recorded).isEqualTo(employers);

		// the same version without its sums (as one imported before they were kept): the
		// rows are read
		long version = currentContributions(edition);
		this.jdbc.sql("DELETE FROM contribution_total WHERE version_id = :v").param("v", version).update();
		CandidateMeasures.Computed fromRows = this.measures.compute(edition, "test");
		assertThat(fromRows.contributionsFromSums()).isFalse();
		assertThat(stored(edition)).isEqualTo(withSums);
	}

	@Test
	void sumsBelongToTheirVersionAndEdition() throws IOException {
		int edition = 2039;
		int other = 2038;
		importAll(edition, "9");
		if (this.editions.find(other).isEmpty()) {
			importAll(other, "8");
		}
		long othersSums = sums(other);
		long first = currentContributions(edition);
		long employersWithRows = this.jdbc
			.sql("SELECT COUNT(DISTINCT npp) FROM data_contribution WHERE version_id = :v")
			.param("v", first)
			.query(Long.class)
			.single();
		assertThat(sums(edition)).isEqualTo(employersWithRows);

		// re-imported: the new version's sums replace the old ones, the other edition's
		// stay
		importFile(edition, DataSet.CONTRIBUTIONS, this.dir.resolve(edition + "/employer-contributions.csv"));
		long second = currentContributions(edition);
		assertThat(second).isNotEqualTo(first);
		assertThat(this.jdbc.sql("SELECT DISTINCT version_id FROM contribution_total WHERE edition_year = :y")
			.param("y", edition)
			.query(Long.class)
			.list()).containsExactly(second);
		assertThat(sums(edition)).isEqualTo(employersWithRows);
		assertThat(sums(other)).isEqualTo(othersSums);
		CandidateMeasures.Computed computed = this.measures.compute(edition, "test");
		assertThat(computed.contributionsFromSums()).isTrue();
		Map<String, List<Object>> before = stored(edition);

		// employers again with other names and size classes: the sums still hold
		Path employers = this.dir.resolve(edition + "/employers.csv");
		List<String> lines = Files.readAllLines(employers);
		List<String> changed = new ArrayList<>(List.of(lines.get(0)));
		String[] sizes = { "BESAR", "MENENGAH", "KECIL", "MIKRO" };
		for (int i = 1; i < lines.size(); i++) {
			String[] f = lines.get(i).split(",", -1);
			f[1] = "CV Baru " + i;
			f[f.length - 1] = sizes[i % 4];
			changed.add(String.join(",", f));
		}
		Path renamed = Files.createDirectories(this.dir.resolve("renamed")).resolve("employers.csv");
		Files.write(renamed, changed);
		importFile(edition, DataSet.EMPLOYERS, renamed);
		computed = this.measures.compute(edition, "test");
		assertThat(computed.contributionsFromSums()).isTrue();
		Map<String, List<Object>> withSums = stored(edition);
		assertThat(withSums).isNotEqualTo(before);
		this.jdbc.sql("DELETE FROM contribution_total WHERE version_id = :v").param("v", second).update();
		assertThat(this.measures.compute(edition, "test").contributionsFromSums()).isFalse();
		assertThat(stored(edition)).isEqualTo(withSums);

		// another minimum wage applies: the sums no longer hold, the rows are read
		importFile(edition, DataSet.CONTRIBUTIONS, this.dir.resolve(edition + "/employer-contributions.csv"));
		Path wages = this.dir.resolve(edition + "/minimum-wages.csv");
		List<String> wageLines = Files.readAllLines(wages);
		List<String> raised = new ArrayList<>(List.of(wageLines.get(0)));
		for (String line : wageLines.subList(1, wageLines.size())) {
			String[] f = line.split(",");
			f[2] = Long.toString(Long.parseLong(f[2]) + 250_000);
			raised.add(String.join(",", f));
		}
		Path higher = Files.createDirectories(this.dir.resolve("higher")).resolve("minimum-wages.csv");
		Files.write(higher, raised);
		importFile(edition, DataSet.MINIMUM_WAGES, higher);
		computed = this.measures.compute(edition, "test");
		assertThat(computed.contributionsFromSums()).isFalse();
		Map<String, List<Object>> fromRows = stored(edition);
		// the same minimum wages again, imported after the contributions: the sums hold
		importFile(edition, DataSet.CONTRIBUTIONS, this.dir.resolve(edition + "/employer-contributions.csv"));
		computed = this.measures.compute(edition, "test");
		assertThat(computed.contributionsFromSums()).isTrue();
		assertThat(stored(edition)).isEqualTo(fromRows);
	}

	private void importAll(int edition, String seed) throws IOException {
		Path files = Files.createDirectories(this.dir.resolve(Integer.toString(edition)));
		GeneratedData.generate(files, "--scale", "small", "--seed", seed, "--year", Integer.toString(edition - 1));
		if (this.editions.find(edition).isEmpty()) {
			this.editions.create("test", edition, null);
		}
		for (DataSet set : DataSet.values()) {
			importFile(edition, set, files.resolve(set.baseName() + ".csv"));
		}
	}

	private void importFile(int edition, DataSet set, Path file) {
		ImportOutcome outcome = this.imports
			.run(new ImportRequest(edition, set, file.getFileName().toString(), file, "test"), ImportProgress.NONE);
		assertThat(outcome.problems()).as(file.getFileName().toString()).isEmpty();
		assertThat(outcome.imported()).isTrue();
	}

	private long currentContributions(int edition) {
		return DatasetVersions.current(this.jdbc, edition, DataSet.CONTRIBUTIONS).orElseThrow().id();
	}

	private long sums(int edition) {
		return this.jdbc.sql("SELECT COUNT(*) FROM contribution_total WHERE edition_year = :y")
			.param("y", edition)
			.query(Long.class)
			.single();
	}

	/** Every stored candidate: category/code → every column, as read. */
	private Map<String, List<Object>> stored(int edition) {
		Map<String, List<Object>> stored = new TreeMap<>();
		this.jdbc.sql("SELECT * FROM candidate_measure WHERE edition_year = :y").param("y", edition).query(rs -> {
			ResultSetMetaData meta = rs.getMetaData();
			List<Object> row = new ArrayList<>();
			for (int c = 1; c <= meta.getColumnCount(); c++) {
				row.add(rs.getObject(c));
			}
			stored.put(rs.getString("category") + "/" + rs.getString("candidate_code"), row);
		});
		return stored;
	}

}
