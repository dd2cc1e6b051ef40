package id.paritrana.engine.measure;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import id.paritrana.engine.area.Areas;
import id.paritrana.engine.data.Column;
import id.paritrana.engine.data.DataFile;
import id.paritrana.engine.data.DataReader;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.Problems;
import id.paritrana.engine.data.Row;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Measure;

/**
 * The regional and government measures of DESIGN §5.1 for every government (numbered as
 * in {@link Areas}): regional measures of a province are computed over all its
 * regencies/cities, government measures only from the government's own rows. A missing
 * file leaves the measures that need it missing.
 */
public final class RegionMeasures {

	/** The measures this class computes. */
	public static final List<Measure> MEASURES = List.of(Measure.REGULATION_LEVEL, Measure.PU_COVERAGE_PCT,
			Measure.BPU_COVERAGE_PCT, Measure.COVERAGE_GROWTH_PP, Measure.NONASN_COVERAGE_PCT,
			Measure.VULNERABLE_PER_1000, Measure.VILLAGE_ECOSYSTEM_PCT);

	private static final int WAGE = 0;

	private static final int NONWAGE = 1;

	private static final int PU = 2;

	private static final int BPU = 3;

	/**
	 * A village counts for the ecosystem measure from this many protected workers ("1
	 * desa 100 pekerja rentan").
	 */
	static final long VILLAGE_THRESHOLD = 100;

	/** The regulation levels, highest first, {@code NONE} last. */
	private static final List<String> LEVELS = Measure.REGULATION_LEVEL.levels();

	/** The position in {@link #LEVELS} of a government without a verified regulation. */
	private static final int NONE = LEVELS.indexOf("NONE");

	/**
	 * The regulation types of §6, declared highest first as the levels are: a type's
	 * position is its level's.
	 */
	private static final List<String> TYPES = DataSet.REGULATIONS.column("type").type().choices();

	private final Areas areas;

	private final int year;

	/** [year Y, year Y − 1][WAGE, NONWAGE, PU, BPU][regency]; null without the file. */
	private long[][][] coverage;

	/** [year Y, year Y − 1][regency]: whether a row exists. */
	private boolean[][] hasCoverage;

	/**
	 * Per regency: villages with at least 100 protected workers; null without the file.
	 */
	private int[] villages;

	/** [workers, covered][government]; null without the file. */
	private long[][] nonasn;

	/** Per government: workers protected with APBD funding; null without the file. */
	private long[] apbd;

	/**
	 * Per government: the position of its highest verified regulation type, 5 (NONE)
	 * without; null without the file.
	 */
	private int[] regulation;

	/** Per government: number of verified regulations. */
	private int[] verifiedRegulations;

	private RegionMeasures(Areas areas, int year) {
		this.areas = areas;
		this.year = year;
	}

	/**
	 * Reads the regional data sets that are present and computes the measures for year
	 * {@code year}.
	 */
	public static RegionMeasures compute(Areas areas, int year, Optional<DataFile> regionCoverage,
			Optional<DataFile> nonasn, Optional<DataFile> vulnerableProtection, Optional<DataFile> villageProtection,
			Optional<DataFile> regulations, Problems problems) {
		RegionMeasures m = new RegionMeasures(areas, year);
		regionCoverage.ifPresent(f -> m.readCoverage(f, problems));
		nonasn.ifPresent(f -> m.readNonAsn(f, problems));
		vulnerableProtection.ifPresent(f -> m.readVulnerable(f, problems));
		villageProtection.ifPresent(f -> m.readVillages(f, problems));
		regulations.ifPresent(f -> m.readRegulations(f, problems));
		return m;
	}

	private void read(DataSet set, DataFile file, Problems problems, Consumer<Row> valid) {
		DuplicateKeys keys = new DuplicateKeys(set.key());
		DataReader.read(set, file, row -> {
			if (row.isValid() && keys.isFirst(row)) {
				valid.accept(row);
			}
		}, problems);
	}

	private int government(Row row, Column column) {
		int g = this.areas.government(row.text(column));
		if (g < 0) {
			row.problem(column, "'" + row.text(column) + "' is not a province or regency/city code");
		}
		return g;
	}

	private void readCoverage(DataFile file, Problems problems) {
		DataSet set = DataSet.REGION_COVERAGE;
		Column code = set.column("region_code");
		Column year = set.column("year");
		Column[] fields = { set.column("wage_workers"), set.column("nonwage_workers"), set.column("pu_participants"),
				set.column("bpu_participants") };
		int n = this.areas.regencyCount();
		this.coverage = new long[2][4][n];
		this.hasCoverage = new boolean[2][n];
		read(set, file, problems, row -> {
			int r = this.areas.regency(row.text(code));
			if (r < 0) {
				row.problem(code, "'" + row.text(code) + "' is not a regency/city code"
						+ (this.areas.province(row.text(code)) >= 0 ? " (region coverage is per regency/city)" : ""));
				return;
			}
			int y = this.year - (int) row.value(year);
			if (y == 0 || y == 1) {
				this.hasCoverage[y][r] = true;
				for (int k = 0; k < 4; k++) {
					this.coverage[y][k][r] = row.value(fields[k]);
				}
			}
		});
	}

	private void readNonAsn(DataFile file, Problems problems) {
		DataSet set = DataSet.NONASN;
		Column code = set.column("government_code");
		Column workers = set.column("workers");
		Column covered = set.column("covered");
		this.nonasn = new long[2][this.areas.governmentCount()];
		read(set, file, problems, row -> {
			int g = government(row, code);
			if (g >= 0) {
				this.nonasn[0][g] += row.value(workers);
				this.nonasn[1][g] += row.value(covered);
			}
		});
	}

	private void readVulnerable(DataFile file, Problems problems) {
		DataSet set = DataSet.VULNERABLE_PROTECTION;
		Column code = set.column("government_code");
		Column funding = set.column("funding");
		Column protectedWorkers = set.column("workers_protected");
		int apbd = funding.type().choices().indexOf("APBD");
		this.apbd = new long[this.areas.governmentCount()];
		read(set, file, problems, row -> {
			int g = government(row, code);
			if (g >= 0 && row.value(funding) == apbd) {
				this.apbd[g] += row.value(protectedWorkers);
			}
		});
	}

	private void readVillages(DataFile file, Problems problems) {
		DataSet set = DataSet.VILLAGE_PROTECTION;
		Column code = set.column("village_code");
		Column protectedWorkers = set.column("vulnerable_protected");
		this.villages = new int[this.areas.regencyCount()];
		read(set, file, problems, row -> {
			int r = this.areas.regencyOfVillage(row.text(code));
			if (r < 0) {
				row.problem(code, "'" + row.text(code) + "' is not a village of the master data");
			}
			else if (row.value(protectedWorkers) >= VILLAGE_THRESHOLD) {
				this.villages[r]++;
			}
		});
	}

	private void readRegulations(DataFile file, Problems problems) {
		DataSet set = DataSet.REGULATIONS;
		Column code = set.column("government_code");
		Column type = set.column("type");
		Column verified = set.column("verified");
		this.regulation = new int[this.areas.governmentCount()];
		this.verifiedRegulations = new int[this.areas.governmentCount()];
		java.util.Arrays.fill(this.regulation, NONE);
		read(set, file, problems, row -> {
			int g = government(row, code);
			if (g >= 0 && row.value(verified) == 1) {
				this.regulation[g] = higher(this.regulation[g], (int) row.value(type));
				this.verifiedRegulations[g]++;
			}
		});
	}

	/** The higher of two regulation levels, by position (highest first). */
	private static int higher(int level, int type) {
		return Math.min(level, type);
	}

	/**
	 * The regulation level of a government whose verified regulations are of these types
	 * (§5.1): the highest type, {@code NONE} without any. The level
	 * {@link #regulationLevel(int)} gives a government of the regulations file.
	 * @throws IllegalArgumentException for a type that is not one of §6
	 */
	public static String regulationLevel(Collection<String> verifiedTypes) {
		int level = NONE;
		for (String type : verifiedTypes) {
			int position = TYPES.indexOf(type);
			if (position < 0) {
				throw new IllegalArgumentException("'" + type + "' is not a regulation type");
			}
			level = higher(level, position);
		}
		return LEVELS.get(level);
	}

	/**
	 * Whether a regency/city has a region-coverage row for year Y (and so is a candidate,
	 * §7.1).
	 */
	public boolean hasCoverage(int regency) {
		return this.hasCoverage != null && this.hasCoverage[0][regency];
	}

	/**
	 * The governments that are candidates of a government category (§7.1 "What evaluate
	 * assesses"), by government number in ascending order: for {@code PEMKAB_PEMKOT}
	 * every regency/city with a region-coverage row for year Y, for {@code PEMPROV} every
	 * province with at least one such regency/city.
	 * @throws IllegalArgumentException for an employer category
	 */
	public int[] candidates(Category category) {
		if (category != Category.PEMPROV && category != Category.PEMKAB_PEMKOT) {
			throw new IllegalArgumentException(category + " is not a category of governments");
		}
		boolean provinces = category == Category.PEMPROV;
		boolean[] candidate = new boolean[this.areas.governmentCount()];
		for (int r = 0; r < this.areas.regencyCount(); r++) {
			if (hasCoverage(r)) {
				candidate[provinces ? this.areas.governmentOfProvince(this.areas.provinceOf(r))
						: this.areas.governmentOfRegency(r)] = true;
			}
		}
		return java.util.stream.IntStream.range(0, candidate.length).filter(g -> candidate[g]).toArray();
	}

	private int[] regencies(int government) {
		int p = this.areas.provinceCount();
		return (government < p) ? this.areas.regenciesOf(government) : new int[] { government - p };
	}

	/**
	 * Sums of the coverage fields over the government's region for Y (0) or Y − 1 (1);
	 * null when it has no row.
	 */
	private long[] coverage(int government, int y) {
		if (this.coverage == null) {
			return null;
		}
		long[] sum = new long[4];
		boolean any = false;
		for (int r : regencies(government)) {
			if (this.hasCoverage[y][r]) {
				any = true;
				for (int k = 0; k < 4; k++) {
					sum[k] += this.coverage[y][k][r];
				}
			}
		}
		return any ? sum : null;
	}

	private static double percent(long part, long whole) {
		return (whole == 0) ? Double.NaN : 100.0 * part / whole;
	}

	private static double total(long[] c) {
		return (c == null) ? Double.NaN : percent(c[PU] + c[BPU], c[WAGE] + c[NONWAGE]);
	}

	/**
	 * The value of a numeric regional or government measure of a government; {@code NaN}
	 * when missing.
	 * @throws IllegalArgumentException for a measure that is not one of these
	 */
	public double value(Measure measure, int government) {
		switch (measure) {
			case PU_COVERAGE_PCT, BPU_COVERAGE_PCT -> {
				long[] c = coverage(government, 0);
				return (c == null) ? Double.NaN
						: (measure == Measure.PU_COVERAGE_PCT) ? percent(c[PU], c[WAGE]) : percent(c[BPU], c[NONWAGE]);
			}
			case COVERAGE_GROWTH_PP -> {
				return total(coverage(government, 0)) - total(coverage(government, 1));
			}
			case VILLAGE_ECOSYSTEM_PCT -> {
				return (this.villages == null) ? Double.NaN
						: percent(protectedVillages(government), allVillages(government));
			}
			case NONASN_COVERAGE_PCT -> {
				return (this.nonasn == null) ? Double.NaN
						: percent(this.nonasn[1][government], this.nonasn[0][government]);
			}
			case VULNERABLE_PER_1000 -> {
				long[] c = coverage(government, 0);
				return (this.apbd == null || c == null || c[NONWAGE] == 0) ? Double.NaN
						: 1000.0 * this.apbd[government] / c[NONWAGE];
			}
			default -> throw new IllegalArgumentException(measure + " is not a numeric regional measure");
		}
	}

	/**
	 * The regulation level of a government ({@code PERDA} … {@code NONE}); empty without
	 * the regulations file.
	 */
	public Optional<String> regulationLevel(int government) {
		return (this.regulation == null) ? Optional.empty() : Optional.of(LEVELS.get(this.regulation[government]));
	}

	private int protectedVillages(int government) {
		int sum = 0;
		for (int r : regencies(government)) {
			sum += this.villages[r];
		}
		return sum;
	}

	private int allVillages(int government) {
		int p = this.areas.provinceCount();
		return (government < p) ? this.areas.villagesOfProvince(government)
				: this.areas.villagesOfRegency(government - p);
	}

	/**
	 * The raw inputs of a measure of a government, for the explanation (§5.7); empty
	 * without its data set.
	 */
	public Map<String, Object> inputs(Measure measure, int government) {
		Map<String, Object> in = new LinkedHashMap<>();
		long[] now = coverage(government, 0);
		switch (measure) {
			case PU_COVERAGE_PCT -> {
				if (now != null) {
					in.put("pu_participants", now[PU]);
					in.put("wage_workers", now[WAGE]);
				}
			}
			case BPU_COVERAGE_PCT -> {
				if (now != null) {
					in.put("bpu_participants", now[BPU]);
					in.put("nonwage_workers", now[NONWAGE]);
				}
			}
			case COVERAGE_GROWTH_PP -> {
				putYear(in, "", now);
				putYear(in, "_previous_year", coverage(government, 1));
			}
			case VILLAGE_ECOSYSTEM_PCT -> {
				if (this.villages != null) {
					in.put("villages_with_100_protected", protectedVillages(government));
					in.put("villages", allVillages(government));
				}
			}
			case NONASN_COVERAGE_PCT -> {
				if (this.nonasn != null) {
					in.put("covered", this.nonasn[1][government]);
					in.put("workers", this.nonasn[0][government]);
				}
			}
			case VULNERABLE_PER_1000 -> {
				if (this.apbd != null) {
					in.put("workers_protected_apbd", this.apbd[government]);
				}
				if (now != null) {
					in.put("nonwage_workers", now[NONWAGE]);
				}
			}
			case REGULATION_LEVEL -> {
				if (this.regulation != null) {
					in.put("verified_regulations", this.verifiedRegulations[government]);
				}
			}
			default -> {
				// not a regional measure: no inputs
			}
		}
		return in;
	}

	private static void putYear(Map<String, Object> in, String suffix, long[] c) {
		if (c != null) {
			in.put("participants" + suffix, c[PU] + c[BPU]);
			in.put("workers" + suffix, c[WAGE] + c[NONWAGE]);
		}
	}

}
