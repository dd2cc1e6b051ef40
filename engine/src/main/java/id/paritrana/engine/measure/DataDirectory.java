package id.paritrana.engine.measure;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import id.paritrana.engine.area.Areas;
import id.paritrana.engine.data.DataFile;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.Problems;

/**
 * The data sets of DESIGN §6 found in one directory, and the readings every computation
 * of measures starts with: employers, minimum wages and the regional measures. Shared by
 * {@code evaluate} and the database's stored measures so both read the files alike.
 */
public final class DataDirectory {

	private final Map<DataSet, Optional<DataFile>> files = new EnumMap<>(DataSet.class);

	private final Areas areas;

	private final int year;

	private final Problems problems;

	private DataDirectory(Path dir, Areas areas, int year, Problems problems) {
		this.areas = areas;
		this.year = year;
		this.problems = problems;
		for (DataSet set : DataSet.values()) {
			this.files.put(set, DataFile.find(dir, set, problems));
		}
	}

	/**
	 * Looks up every data set's file in {@code dir}; problems found while reading go to
	 * {@code problems}.
	 * @param year the assessment year Y
	 */
	public static DataDirectory of(Path dir, Areas areas, int year, Problems problems) {
		return new DataDirectory(dir, areas, year, problems);
	}

	/** The file of a data set, if present. */
	public Optional<DataFile> file(DataSet set) {
		return this.files.get(set);
	}

	/** The employers, none when their file is absent. */
	public Employers employers() {
		return file(DataSet.EMPLOYERS)
			.map(f -> Employers.read(f, this.areas, Runtime.getRuntime().availableProcessors(), this.problems))
			.orElseGet(Employers::none);
	}

	/** The minimum wages of year Y, if their file is present. */
	public Optional<MinimumWages> minimumWages() {
		return file(DataSet.MINIMUM_WAGES).map(f -> MinimumWages.read(f, this.year, this.areas, this.problems));
	}

	/**
	 * The regional and government measures of §5.1 from the regional data sets present.
	 */
	public RegionMeasures regionMeasures() {
		return RegionMeasures.compute(this.areas, this.year, file(DataSet.REGION_COVERAGE), file(DataSet.NONASN),
				file(DataSet.VULNERABLE_PROTECTION), file(DataSet.VILLAGE_PROTECTION), file(DataSet.REGULATIONS),
				this.problems);
	}

}
