package id.paritrana.app.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import id.paritrana.engine.rubric.Level;
import id.paritrana.app.dataset.CurrentData;
import id.paritrana.app.dataset.DatasetImported;
import id.paritrana.app.edition.Edition;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.region.Area;
import id.paritrana.app.region.Areas;

/**
 * PU and BPU coverage (DESIGN §5.1: participants per wage / non-wage worker) of the
 * imported region-coverage data set, by province and by regency/city, for one edition's
 * assessment year, and the national trend across editions, from the current version of
 * the data set only (a re-import replaces the figures, never adds to them). Read
 * set-based, cached per edition until the next import.
 */
@Service
public class Coverage {

	static final String CACHE = "public-coverage";

	private final CurrentData data;

	private final Editions editions;

	private final Areas areas;

	Coverage(CurrentData data, Editions editions, Areas areas) {
		this.data = data;
		this.editions = editions;
		this.areas = areas;
	}

	/**
	 * Award years of the editions with region-coverage data for their assessment year,
	 * newest first.
	 */
	public List<Integer> editions() {
		return trend().stream().map(Point::editionYear).sorted(Comparator.reverseOrder()).toList();
	}

	/** Forgets the cached figures once a data set was imported: they may be replaced. */
	@EventListener
	@CacheEvict(cacheNames = CACHE, allEntries = true)
	void on(DatasetImported event) {
	}

	/**
	 * The coverage of an edition's assessment year, or empty when it has no
	 * region-coverage data.
	 */
	@Cacheable(CACHE)
	public Optional<View> of(int editionYear) {
		Optional<Edition> edition = this.editions.find(editionYear);
		List<CurrentData.RegionCoverage> rows = edition.map(e -> this.data.coverage(editionYear, e.assessmentYear()))
			.orElse(List.of());
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Area> provinces = new TreeMap<>();
		this.areas.provinces().forEach(p -> provinces.put(p.code(), p));
		// the names of the regencies/cities of the provinces with data: one read per
		// province
		Map<String, String> names = new HashMap<>();
		rows.stream()
			.map(r -> provinces.get(r.regionCode().substring(0, 2)))
			.filter(Objects::nonNull)
			.distinct()
			.forEach(p -> this.areas.children(p).forEach(r -> names.put(r.code(), r.name())));
		List<Region> regencies = rows.stream()
			.map(r -> region(r.regionCode(), names.getOrDefault(r.regionCode(), r.regionCode()),
					r.regionCode().substring(0, 2), List.of(r)))
			.toList();
		Map<String, List<CurrentData.RegionCoverage>> byProvince = rows.stream()
			.filter(r -> provinces.containsKey(r.regionCode().substring(0, 2)))
			.collect(Collectors.groupingBy(r -> r.regionCode().substring(0, 2), TreeMap::new, Collectors.toList()));
		List<Region> provinceRegions = byProvince.entrySet()
			.stream()
			.map(e -> region(e.getKey(), provinces.get(e.getKey()).name(), e.getKey(), e.getValue()))
			.toList();
		List<Tile> tiles = provinces.values()
			.stream()
			.filter(p -> ProvinceTiles.of(p.code()) != null)
			.map(p -> new Tile(p.code(), p.name(), ProvinceTiles.of(p.code())[0], ProvinceTiles.of(p.code())[1]))
			.toList();
		return Optional.of(new View(editionYear, edition.get().assessmentYear(), total(provinceRegions),
				provinceRegions, regencies, trend(), tiles));
	}

	/** National coverage of every edition's assessment year, oldest first. */
	List<Point> trend() {
		Map<Integer, Integer> assessed = new HashMap<>();
		this.editions.list().forEach(e -> assessed.put(e.awardYear(), e.assessmentYear()));
		return this.data.nationalCoverage()
			.stream()
			.filter(c -> Integer.valueOf(c.dataYear()).equals(assessed.get(c.editionYear())))
			.map(c -> new Point(c.editionYear(), c.dataYear(), percent(c.puParticipants(), c.wageWorkers()),
					percent(c.bpuParticipants(), c.nonwageWorkers())))
			.toList();
	}

	/** The figures of an area: the sums of its regencies/cities. */
	private static Region region(String code, String name, String provinceCode, List<CurrentData.RegionCoverage> rows) {
		long wage = rows.stream().mapToLong(CurrentData.RegionCoverage::wageWorkers).sum();
		long nonwage = rows.stream().mapToLong(CurrentData.RegionCoverage::nonwageWorkers).sum();
		long pu = rows.stream().mapToLong(CurrentData.RegionCoverage::puParticipants).sum();
		long bpu = rows.stream().mapToLong(CurrentData.RegionCoverage::bpuParticipants).sum();
		return new Region(code, name, provinceCode, wage, nonwage, pu, bpu, percent(pu, wage), percent(bpu, nonwage));
	}

	private static Region total(List<Region> provinces) {
		long wage = provinces.stream().mapToLong(Region::wageWorkers).sum();
		long nonwage = provinces.stream().mapToLong(Region::nonwageWorkers).sum();
		long pu = provinces.stream().mapToLong(Region::puParticipants).sum();
		long bpu = provinces.stream().mapToLong(Region::bpuParticipants).sum();
		return new Region(Level.NATIONAL_SCOPE, "Indonesia", Level.NATIONAL_SCOPE, wage, nonwage, pu, bpu,
				percent(pu, wage), percent(bpu, nonwage));
	}

	/** 100 × part / whole to 2 decimals (half up); null when the whole is 0. */
	static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

	/**
	 * The coverage of one edition: the nation, its provinces, its regencies/cities and
	 * the trend.
	 */
	public record View(int editionYear, int dataYear, Region national, List<Region> provinces, List<Region> regencies,
			List<Point> trend, List<Tile> tiles) {
	}

	/** A province's square on the tile-grid map (every province, with data or not). */
	public record Tile(String code, String name, int column, int row) {
	}

	/**
	 * /** One area's figures; the coverage percentages are null where the denominator is
	 * 0.
	 */
	public record Region(String code, String name, String provinceCode, long wageWorkers, long nonwageWorkers,
			long puParticipants, long bpuParticipants, BigDecimal puCoveragePct, BigDecimal bpuCoveragePct) {
	}

	/** National coverage of one edition's assessment year. */
	public record Point(int editionYear, int dataYear, BigDecimal puCoveragePct, BigDecimal bpuCoveragePct) {
	}

}
