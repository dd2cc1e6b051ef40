package id.paritrana.app.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.paritrana.app.region.Areas;

/**
 * PU and BPU coverage (DESIGN §5.1: participants per wage / non-wage worker) of the imported
 * region-coverage data set, by province and by regency/city, for one edition's assessment year,
 * and the national trend across editions. One aggregating query per view, cached per edition.
 */
@Service
public class Coverage {

	static final String CACHE = "public-coverage";

	private final JdbcClient jdbc;

	private final Areas areas;

	Coverage(JdbcClient jdbc, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	/** Award years of the editions with region-coverage data for their assessment year, newest first. */
	public List<Integer> editions() {
		return this.jdbc.sql("""
				SELECT DISTINCT e.award_year FROM edition e
				WHERE EXISTS (SELECT 1 FROM data_region_coverage c
				              WHERE c.edition_year = e.award_year AND c.data_year = e.assessment_year)
				ORDER BY e.award_year DESC""").query(Integer.class).list();
	}

	/** The coverage of an edition's assessment year, or empty when it has no region-coverage data. */
	@Cacheable(CACHE)
	public Optional<View> of(int editionYear) {
		List<Region> regencies = this.jdbc.sql("""
				SELECT c.region_code AS code, COALESCE(r.name, c.region_code) AS name, SUBSTRING(c.region_code, 1, 2) AS province_code,
				       SUM(c.wage_workers) AS wage_workers, SUM(c.nonwage_workers) AS nonwage_workers,
				       SUM(c.pu_participants) AS pu_participants, SUM(c.bpu_participants) AS bpu_participants
				FROM data_region_coverage c
				JOIN edition e ON e.award_year = c.edition_year AND c.data_year = e.assessment_year
				LEFT JOIN regency r ON r.code = c.region_code
				WHERE c.edition_year = :y
				GROUP BY c.region_code, r.name
				ORDER BY c.region_code""").param("y", editionYear).query(Coverage::region).list();
		if (regencies.isEmpty()) {
			return Optional.empty();
		}
		List<Region> provinces = this.jdbc.sql("""
				SELECT p.code, p.name, p.code AS province_code,
				       SUM(c.wage_workers) AS wage_workers, SUM(c.nonwage_workers) AS nonwage_workers,
				       SUM(c.pu_participants) AS pu_participants, SUM(c.bpu_participants) AS bpu_participants
				FROM data_region_coverage c
				JOIN edition e ON e.award_year = c.edition_year AND c.data_year = e.assessment_year
				JOIN province p ON p.code = SUBSTRING(c.region_code, 1, 2)
				WHERE c.edition_year = :y
				GROUP BY p.code, p.name
				ORDER BY p.code""").param("y", editionYear).query(Coverage::region).list();
		int dataYear = this.jdbc.sql("SELECT assessment_year FROM edition WHERE award_year = :y")
			.param("y", editionYear)
			.query(Integer.class)
			.single();
		List<Tile> tiles = this.areas.provinces()
			.stream()
			.filter(p -> ProvinceTiles.of(p.code()) != null)
			.map(p -> new Tile(p.code(), p.name(), ProvinceTiles.of(p.code())[0], ProvinceTiles.of(p.code())[1]))
			.toList();
		return Optional.of(new View(editionYear, dataYear, total(provinces), provinces, regencies, trend(), tiles));
	}

	/** National coverage of every edition's assessment year, oldest first. */
	List<Point> trend() {
		return this.jdbc.sql("""
				SELECT e.award_year, e.assessment_year,
				       SUM(c.wage_workers) AS wage_workers, SUM(c.nonwage_workers) AS nonwage_workers,
				       SUM(c.pu_participants) AS pu_participants, SUM(c.bpu_participants) AS bpu_participants
				FROM data_region_coverage c
				JOIN edition e ON e.award_year = c.edition_year AND c.data_year = e.assessment_year
				GROUP BY e.award_year, e.assessment_year
				ORDER BY e.award_year""")
			.query((rs, n) -> new Point(rs.getInt("award_year"), rs.getInt("assessment_year"),
					percent(rs.getLong("pu_participants"), rs.getLong("wage_workers")),
					percent(rs.getLong("bpu_participants"), rs.getLong("nonwage_workers"))))
			.list();
	}

	private static Region total(List<Region> provinces) {
		long wage = provinces.stream().mapToLong(Region::wageWorkers).sum();
		long nonwage = provinces.stream().mapToLong(Region::nonwageWorkers).sum();
		long pu = provinces.stream().mapToLong(Region::puParticipants).sum();
		long bpu = provinces.stream().mapToLong(Region::bpuParticipants).sum();
		return new Region("ID", "Indonesia", "ID", wage, nonwage, pu, bpu, percent(pu, wage),
				percent(bpu, nonwage));
	}

	private static Region region(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long wage = rs.getLong("wage_workers");
		long nonwage = rs.getLong("nonwage_workers");
		long pu = rs.getLong("pu_participants");
		long bpu = rs.getLong("bpu_participants");
		String code = rs.getString("code");
		return new Region(code, rs.getString("name"), rs.getString("province_code"), wage,
				nonwage, pu, bpu, percent(pu, wage), percent(bpu, nonwage));
	}

	/** 100 × part / whole to 2 decimals (half up); null when the whole is 0. */
	static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2,
				RoundingMode.HALF_UP);
	}

	/** The coverage of one edition: the nation, its provinces, its regencies/cities and the trend. */
	public record View(int editionYear, int dataYear, Region national, List<Region> provinces, List<Region> regencies,
			List<Point> trend, List<Tile> tiles) {
	}

	/** A province's square on the tile-grid map (every province, with data or not). */
	public record Tile(String code, String name, int column, int row) {
	}

	/**
	/** One area's figures; the coverage percentages are null where the denominator is 0. */
	public record Region(String code, String name, String provinceCode, long wageWorkers,
			long nonwageWorkers, long puParticipants, long bpuParticipants, BigDecimal puCoveragePct,
			BigDecimal bpuCoveragePct) {
	}

	/** National coverage of one edition's assessment year. */
	public record Point(int editionYear, int dataYear, BigDecimal puCoveragePct, BigDecimal bpuCoveragePct) {
	}

}
