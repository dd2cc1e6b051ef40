package id.paritrana.app.dataset;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The rows of the current version of the imported data sets, as other modules read them.
 * Which version is current is decided here only, by the {@code dataset_version} flag an
 * import sets when it commits: the rows of the version it replaces stay in the table
 * until they are deleted after that commit (or at the next import, when that deletion
 * fails), and are never read. Every read is one set-based query.
 */
@Service
public class CurrentData {

	/**
	 * Keeps the rows of data table {@code t} that belong to the current version of its
	 * data set.
	 */
	private static final String CURRENT = " JOIN dataset_version v ON v.id = t.version_id AND v.is_current";

	private final JdbcClient jdbc;

	CurrentData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An employer of an edition's current {@code employers} data set. */
	public record Employer(String npp, String name, String regionCode, String sizeClass) {

		/** The code of the province the employer's regency/city lies in. */
		public String provinceCode() {
			return this.regionCode.substring(0, 2);
		}

	}

	/**
	 * The current employers of an edition among these NPPs, by NPP (an unknown NPP is
	 * absent).
	 */
	public Map<String, Employer> employers(int editionYear, Collection<String> npps) {
		Map<String, Employer> employers = new HashMap<>();
		if (npps.isEmpty()) {
			return employers;
		}
		this.jdbc
			.sql("SELECT t.npp, t.name, t.region_code, t.size_class FROM data_employer t" + CURRENT
					+ " WHERE t.edition_year = :y AND t.npp IN (:npps)")
			.param("y", editionYear)
			.param("npps", npps)
			.query(CurrentData::employer)
			.list()
			.forEach(e -> employers.put(e.npp(), e));
		return employers;
	}

	/** The current employer of an edition with that NPP. */
	public Optional<Employer> employer(int editionYear, String npp) {
		return Optional.ofNullable(employers(editionYear, List.of(npp)).get(npp));
	}

	/**
	 * Up to {@code limit} NPPs of the edition's current employers located in a province,
	 * in order.
	 */
	public List<String> employersIn(int editionYear, String provinceCode, int limit) {
		return this.jdbc
			.sql("SELECT t.npp FROM data_employer t" + CURRENT + " WHERE t.edition_year = :y AND t.region_code LIKE :p"
					+ " ORDER BY t.npp LIMIT :n")
			.param("y", editionYear)
			.param("p", provinceCode + ".%")
			.param("n", limit)
			.query(String.class)
			.list();
	}

	/**
	 * The figures of one regency/city in one year of a {@code region-coverage} data set.
	 */
	public record RegionCoverage(String regionCode, long wageWorkers, long nonwageWorkers, long puParticipants,
			long bpuParticipants) {
	}

	/**
	 * The current region coverage of an edition in one data year, by regency/city code.
	 */
	public List<RegionCoverage> coverage(int editionYear, int dataYear) {
		return this.jdbc
			.sql("""
					SELECT t.region_code, t.wage_workers, t.nonwage_workers, t.pu_participants, t.bpu_participants
					FROM data_region_coverage t""" + CURRENT
					+ " WHERE t.edition_year = :y AND t.data_year = :d ORDER BY t.region_code")
			.param("y", editionYear)
			.param("d", dataYear)
			.query((rs, n) -> new RegionCoverage(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
	}

	/**
	 * The national total of one data year of an edition's current {@code region-coverage}
	 * data set.
	 */
	public record NationalCoverage(int editionYear, int dataYear, long wageWorkers, long nonwageWorkers,
			long puParticipants, long bpuParticipants) {
	}

	/**
	 * The national totals of every data year of every edition's current region coverage,
	 * oldest first.
	 */
	public List<NationalCoverage> nationalCoverage() {
		return this.jdbc
			.sql("""
					SELECT t.edition_year, t.data_year, SUM(t.wage_workers), SUM(t.nonwage_workers),
					       SUM(t.pu_participants), SUM(t.bpu_participants)
					FROM data_region_coverage t""" + CURRENT
					+ " GROUP BY t.edition_year, t.data_year ORDER BY t.edition_year, t.data_year")
			.query((rs, n) -> new NationalCoverage(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6)))
			.list();
	}

	/**
	 * One score of the {@code jury-scores} data set: a juror id of the file, a
	 * sub-criterion, a candidate.
	 */
	public record JuryScore(String candidateCode, String jurorId, String criterion, int score) {
	}

	/** The current imported jury scores of an edition's level and category. */
	public List<JuryScore> juryScores(int editionYear, Level level, Category category) {
		return this.jdbc
			.sql("SELECT t.candidate_code, t.juror_id, t.criterion, t.score FROM data_jury_score t" + CURRENT
					+ " WHERE t.edition_year = :y AND t.jury_level = :l AND t.category = :c"
					+ " ORDER BY t.candidate_code, t.juror_id")
			.param("y", editionYear)
			.param("l", level.name())
			.param("c", category.name())
			.query((rs, n) -> new JuryScore(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	private static Employer employer(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Employer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
	}

}
