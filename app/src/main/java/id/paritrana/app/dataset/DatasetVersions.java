package id.paritrana.app.dataset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.paritrana.engine.data.DataSet;

/**
 * The imported versions of the data sets of an edition: which are current, and the
 * history.
 */
@Service
public class DatasetVersions {

	private static final String SELECT = "SELECT id, edition_year, dataset, version, file_name, sha256, row_count,"
			+ " imported_by, imported_at, is_current FROM dataset_version";

	private final JdbcClient jdbc;

	DatasetVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current version of every data set the edition has, in the order of §6. */
	public List<DatasetVersion> current(int editionYear) {
		List<DatasetVersion> all = this.jdbc.sql(SELECT + " WHERE edition_year = :year AND is_current")
			.param("year", editionYear)
			.query(DatasetVersions::version)
			.list();
		return DataSets.all()
			.stream()
			.flatMap(set -> all.stream().filter(v -> v.dataset().equals(set.baseName())))
			.toList();
	}

	/** Every version of a data set of the edition, newest first. */
	public List<DatasetVersion> history(int editionYear, DataSet set) {
		return this.jdbc.sql(SELECT + " WHERE edition_year = :year AND dataset = :set" + " ORDER BY version DESC")
			.param("year", editionYear)
			.param("set", set.baseName())
			.query(DatasetVersions::version)
			.list();
	}

	/**
	 * The versions with these ids (those a computation of measures used), in the order of
	 * the ids.
	 */
	public List<DatasetVersion> versions(List<Long> ids) {
		return ids.stream().map(id -> byId(this.jdbc, id)).toList();
	}

	static Optional<DatasetVersion> current(JdbcClient jdbc, int editionYear, DataSet set) {
		return jdbc.sql(SELECT + " WHERE edition_year = :year AND dataset = :set AND is_current")
			.param("year", editionYear)
			.param("set", set.baseName())
			.query(DatasetVersions::version)
			.optional();
	}

	static DatasetVersion byId(JdbcClient jdbc, long id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(DatasetVersions::version).single();
	}

	private static DatasetVersion version(ResultSet rs, int row) throws SQLException {
		return new DatasetVersion(rs.getLong("id"), rs.getInt("edition_year"), rs.getString("dataset"),
				rs.getInt("version"), rs.getString("file_name"), rs.getString("sha256"), rs.getLong("row_count"),
				rs.getString("imported_by"), rs.getObject("imported_at", OffsetDateTime.class).toInstant(),
				rs.getBoolean("is_current"));
	}

}
