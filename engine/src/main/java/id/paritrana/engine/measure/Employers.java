package id.paritrana.engine.measure;

import java.util.Arrays;

import id.paritrana.engine.area.Areas;
import id.paritrana.engine.data.Column;
import id.paritrana.engine.data.DataFile;
import id.paritrana.engine.data.DataReader;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.Keys;
import id.paritrana.engine.data.Problems;
import id.paritrana.engine.data.Row;

/**
 * The employers of {@code employers.csv} (DESIGN §6), numbered in file order, held column
 * by column: 750,000 of them cost a few arrays and their names.
 */
public final class Employers {

	static final Column NPP = DataSet.EMPLOYERS.column("npp");

	static final Column NAME = DataSet.EMPLOYERS.column("name");

	static final Column REGION = DataSet.EMPLOYERS.column("region_code");

	static final Column SIZE = DataSet.EMPLOYERS.column("size_class");

	private static final SizeClass[] SIZES = SizeClass.values();

	private final String file;

	/**
	 * Whether every row of the file was seen, so that an NPP not found is truly unknown.
	 */
	private boolean complete = true;

	private final Keys npps = new Keys();

	private String[] names = new String[1024];

	private int[] province = new int[1024];

	/** The regency/city, −1 when the employer's region code is a province. */
	private int[] regency = new int[1024];

	private byte[] size = new byte[1024];

	private long[] line = new long[1024];

	private Employers(String file) {
		this.file = file;
	}

	/**
	 * Reads {@code employers.csv}; region codes must be provinces or regencies/cities of
	 * the areas.
	 * @param parallelism how many parts the file is read in at once: the parts are then
	 * joined in file order; when any part meets a problem (or two parts hold the same
	 * NPP), the file is read once more in one pass to report every problem with its exact
	 * line
	 */
	public static Employers read(DataFile file, Areas areas, int parallelism, Problems problems) {
		if (parallelism > 1) {
			Employers[] parts = new Employers[parallelism];
			boolean valid = DataReader.readInParts(DataSet.EMPLOYERS, file, parallelism, i -> {
				parts[i] = new Employers(file.name());
				return row -> parts[i].add(row, areas);
			});
			// an XLSX file is read as one part
			for (int i = 1; i < parts.length && valid && parts[i] != null; i++) {
				valid = parts[0].append(parts[i]);
				parts[i] = null;
			}
			if (valid) {
				return parts[0];
			}
		}
		Employers employers = new Employers(file.name());
		employers.complete = DataReader.read(DataSet.EMPLOYERS, file, row -> employers.add(row, areas), problems);
		return employers;
	}

	/**
	 * Adds the employers of a later part of the file, in order; false when one of its
	 * NPPs is already here.
	 */
	private boolean append(Employers later) {
		for (int k = 0; k < later.size(); k++) {
			int e = this.npps.add(later.npps, k);
			if (e < 0) {
				return false;
			}
			grow(e);
			this.names[e] = later.names[k];
			this.province[e] = later.province[k];
			this.regency[e] = later.regency[k];
			this.size[e] = later.size[k];
			this.line[e] = later.line[k];
		}
		return true;
	}

	private void add(Row row, Areas areas) {
		if (!row.isValid(NPP)) {
			return;
		}
		int e = row.add(NPP, this.npps);
		if (e < 0) {
			row.problem(NPP,
					DuplicateKeys.describe(DataSet.EMPLOYERS.key(), row) + " repeats line " + this.line[-e - 1]);
			return;
		}
		grow(e);
		this.line[e] = row.line();
		this.names[e] = row.text(NAME);
		this.size[e] = (byte) row.value(SIZE);
		this.regency[e] = -1;
		this.province[e] = -1;
		if (row.isValid(REGION) && !place(e, row.text(REGION), areas)) {
			row.problem(REGION, "'" + row.text(REGION) + "' is not a province or regency/city code");
		}
	}

	private void grow(int e) {
		if (e == this.names.length) {
			int n = e * 2;
			this.names = Arrays.copyOf(this.names, n);
			this.province = Arrays.copyOf(this.province, n);
			this.regency = Arrays.copyOf(this.regency, n);
			this.size = Arrays.copyOf(this.size, n);
			this.line = Arrays.copyOf(this.line, n);
		}
	}

	/**
	 * Sets employer e's regency/city and province from its region code; false when the
	 * code is neither a province's nor a regency/city's.
	 */
	private boolean place(int e, String code, Areas areas) {
		int r = areas.regency(code);
		int p = (r >= 0) ? areas.provinceOf(r) : areas.province(code);
		this.regency[e] = r;
		this.province[e] = p;
		return p >= 0;
	}

	/**
	 * Employers given one by one rather than read from a file (the rows of a data set
	 * already imported, say), numbered in the order given.
	 * @param file the file they came from, as problems name it
	 */
	public static Builder builder(String file, Areas areas) {
		return new Builder(new Employers(file), areas);
	}

	/** Adds employers one by one; see {@link Employers#builder}. */
	public static final class Builder {

		private final Employers employers;

		private final Areas areas;

		private Builder(Employers employers, Areas areas) {
			this.employers = employers;
			this.areas = areas;
		}

		/**
		 * Adds an employer; one whose region code is neither a province's nor a
		 * regency/city's has no region (when read from a file, that is a problem of its
		 * row).
		 * @param name null when not needed
		 * @throws IllegalArgumentException for an NPP given before
		 */
		public Builder add(String npp, String name, String regionCode, SizeClass size) {
			Employers to = this.employers;
			int e = to.npps.add(npp);
			if (e < 0) {
				throw new IllegalArgumentException("NPP '" + npp + "' given twice");
			}
			to.grow(e);
			to.names[e] = name;
			to.size[e] = (byte) size.ordinal();
			to.place(e, regionCode, this.areas);
			return this;
		}

		public Employers build() {
			return this.employers;
		}

	}

	/** No employers: what there is when the data holds no employers file. */
	public static Employers none() {
		return new Employers(DataSet.EMPLOYERS.baseName() + DataFile.Format.CSV.extension());
	}

	/** The file the employers came from, as problems name it. */
	public String file() {
		return this.file;
	}

	public int size() {
		return this.npps.size();
	}

	/**
	 * The employer with that NPP in the raw bytes of a row, or −1 (reported as unknown
	 * unless the employers could not be read).
	 */
	int find(Row row, Column column) {
		int e = row.find(column, this.npps);
		if (e < 0 && this.complete) {
			row.problem(column, "'" + row.text(column) + "' is not an NPP of " + this.file);
		}
		return e;
	}

	/**
	 * Whether all employers are known: false when the employers file could not be read
	 * (its problems are reported), so that other files are not also flooded with unknown
	 * NPPs.
	 */
	public boolean isComplete() {
		return this.complete;
	}

	/** The employer with that NPP, or −1. */
	public int find(String npp) {
		return this.npps.find(npp);
	}

	public String npp(int employer) {
		return this.npps.key(employer);
	}

	public String name(int employer) {
		return this.names[employer];
	}

	/** The province number (see {@link Areas}). */
	public int province(int employer) {
		return this.province[employer];
	}

	/**
	 * The regency/city number, or −1 when the employer is registered at province level.
	 */
	public int regency(int employer) {
		return this.regency[employer];
	}

	public SizeClass sizeClass(int employer) {
		return SIZES[this.size[employer]];
	}

}
