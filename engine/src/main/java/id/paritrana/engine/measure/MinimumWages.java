package id.paritrana.engine.measure;

import java.io.InputStream;
import java.util.Arrays;

import id.paritrana.engine.area.Areas;
import id.paritrana.engine.data.Column;
import id.paritrana.engine.data.DataFile;
import id.paritrana.engine.data.DataReader;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.Problems;
import id.paritrana.engine.data.Row;

/**
 * The monthly minimum wages of one year, per province and per regency/city (DESIGN §6).
 */
public final class MinimumWages {

	private static final Column REGION = DataSet.MINIMUM_WAGES.column("region_code");

	private static final Column YEAR = DataSet.MINIMUM_WAGES.column("year");

	private static final Column WAGE = DataSet.MINIMUM_WAGES.column("monthly_minimum_wage");

	/** Per government number of {@link Areas}; −1 where none is set. */
	private final long[] wage;

	private final Areas areas;

	private MinimumWages(Areas areas) {
		this.areas = areas;
		this.wage = new long[areas.governmentCount()];
		Arrays.fill(this.wage, -1);
	}

	/** Reads {@code minimum-wages.csv}, keeping the wages of {@code year}. */
	public static MinimumWages read(DataFile file, int year, Areas areas, Problems problems) {
		MinimumWages wages = new MinimumWages(areas);
		DuplicateKeys keys = new DuplicateKeys(DataSet.MINIMUM_WAGES.key());
		DataReader.read(DataSet.MINIMUM_WAGES, file, row -> wages.add(row, year, keys), problems);
		return wages;
	}

	/**
	 * Reads {@code minimum-wages} in CSV from a stream (rows already imported, say),
	 * keeping the wages of {@code year}; {@code name} is how problems name it.
	 */
	public static MinimumWages read(String name, InputStream in, int year, Areas areas, Problems problems) {
		MinimumWages wages = new MinimumWages(areas);
		DuplicateKeys keys = new DuplicateKeys(DataSet.MINIMUM_WAGES.key());
		DataReader.read(DataSet.MINIMUM_WAGES, name, DataFile.Format.CSV, in, row -> wages.add(row, year, keys),
				problems);
		return wages;
	}

	private void add(Row row, int year, DuplicateKeys keys) {
		int government = row.isValid(REGION) ? this.areas.government(row.text(REGION)) : -1;
		if (row.isValid(REGION) && government < 0) {
			row.problem(REGION, "'" + row.text(REGION) + "' is not a province or regency/city code");
		}
		if (row.isValid() && keys.isFirst(row) && government >= 0 && row.value(YEAR) == year) {
			this.wage[government] = row.value(WAGE);
		}
	}

	/**
	 * The minimum wage that applies to an employer: its regency/city's, else its
	 * province's; −1 when neither is set.
	 */
	long applying(int regency, int province) {
		if (regency >= 0 && this.wage[this.areas.governmentOfRegency(regency)] >= 0) {
			return this.wage[this.areas.governmentOfRegency(regency)];
		}
		return (province >= 0) ? this.wage[this.areas.governmentOfProvince(province)] : -1;
	}

	/**
	 * Whether the wage that applies is the regency/city's own (rather than the
	 * province's).
	 */
	boolean isRegencyWage(int regency) {
		return regency >= 0 && this.wage[this.areas.governmentOfRegency(regency)] >= 0;
	}

}
