package id.paritrana.app.dataset;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.paritrana.engine.area.Areas;
import id.paritrana.engine.data.Column;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.Keys;
import id.paritrana.engine.data.Row;

/**
 * The checks of DESIGN §6 that need other data, made as rows stream past: codes that
 * exist in the areas, NPPs of the edition's employers, years and months of the year
 * assessed, and keys no earlier row holds. A failed check is reported on the row; the row
 * is then not stored.
 */
abstract class RowChecks {

	/** False (with the problem reported on the row) when the row may not be stored. */
	abstract boolean check(Row row);

	/**
	 * The checks of a data set.
	 * @param year the assessment year Y of the edition
	 * @param npps the NPPs of the edition's current employers (used by the employer data
	 * sets)
	 */
	static RowChecks of(DataSet set, Areas areas, int year, Keys npps) {
		return switch (set) {
			case REGION_COVERAGE ->
				new Generic(set, row -> regency(row, areas, "region_code") && yearIn(row, "year", year - 1, year));
			case NONASN, VULNERABLE_PROTECTION, REGULATIONS ->
				new Generic(set, row -> government(row, areas, "government_code"));
			case VILLAGE_PROTECTION -> new Generic(set, row -> village(row, areas));
			case MINIMUM_WAGES -> new Generic(set, row -> government(row, areas, "region_code"));
			case JURY_SCORES -> new Generic(set, row -> true);
			case EMPLOYERS -> new EmployerKeys(areas);
			case CONTRIBUTIONS -> new ContributionKeys(npps, year);
			case EMPLOYER_VULNERABLE -> new Generic(set, row -> npp(row, npps, set.column("npp")));
		};
	}

	private static boolean regency(Row row, Areas areas, String name) {
		Column column = row.dataSet().column(name);
		if (areas.regency(row.text(column)) < 0) {
			row.problem(column, "'" + row.text(column) + "' is not a regency/city code of the areas");
			return false;
		}
		return true;
	}

	private static boolean government(Row row, Areas areas, String name) {
		Column column = row.dataSet().column(name);
		if (areas.government(row.text(column)) < 0) {
			row.problem(column, "'" + row.text(column) + "' is not a province or regency/city code of the areas");
			return false;
		}
		return true;
	}

	private static boolean village(Row row, Areas areas) {
		Column column = row.dataSet().column("village_code");
		if (areas.regencyOfVillage(row.text(column)) < 0) {
			row.problem(column, "'" + row.text(column) + "' is not a village code of the areas");
			return false;
		}
		return true;
	}

	private static boolean yearIn(Row row, String name, int from, int to) {
		Column column = row.dataSet().column(name);
		long y = row.value(column);
		if (y < from || y > to) {
			row.problem(column, "'" + row.text(column) + "' is not " + (from == to ? from : from + " or " + to)
					+ " (the year assessed and the year before)");
			return false;
		}
		return true;
	}

	private static boolean npp(Row row, Keys npps, Column column) {
		if (row.find(column, npps) < 0) {
			row.problem(column, "'" + row.text(column) + "' is not an NPP of the edition's employers");
			return false;
		}
		return true;
	}

	private static String describe(List<Column> key, Row row) {
		StringBuilder values = new StringBuilder();
		for (Column c : key) {
			values.append(values.length() > 0 ? ", " : "").append(row.text(c));
		}
		String names = String.join(", ", key.stream().map(Column::name).toList());
		return key.size() == 1 ? "'" + values + "' repeats the " + names + " of line "
				: "'" + values + "' repeats the key (" + names + ") of line ";
	}

	/**
	 * A small data set: a check of its own plus duplicate keys found through a map of key
	 * texts.
	 */
	private static final class Generic extends RowChecks {

		private final List<Column> key;

		private final java.util.function.Predicate<Row> own;

		private final Map<String, Long> firstLine = new HashMap<>();

		Generic(DataSet set, java.util.function.Predicate<Row> own) {
			this.key = set.key();
			this.own = own;
		}

		@Override
		boolean check(Row row) {
			for (Column c : this.key) {
				if (!row.isValid(c)) {
					return false;
				}
			}
			if (!this.own.test(row)) {
				return false;
			}
			StringBuilder k = new StringBuilder();
			for (Column c : this.key) {
				k.append(row.text(c)).append('\u0000');
			}
			Long first = this.firstLine.putIfAbsent(k.toString(), row.line());
			if (first != null) {
				row.problem(this.key.get(0), describe(this.key, row) + first);
				return false;
			}
			return true;
		}

	}

	/**
	 * Employers: a compact key set of NPPs (750,000 at national scale), region codes of
	 * the areas.
	 */
	private static final class EmployerKeys extends RowChecks {

		private static final Column NPP = DataSet.EMPLOYERS.column("npp");

		private final Areas areas;

		private final Keys npps = new Keys();

		private long[] lines = new long[1024];

		EmployerKeys(Areas areas) {
			this.areas = areas;
		}

		@Override
		boolean check(Row row) {
			if (!row.isValid(NPP)) {
				return false;
			}
			int e = row.add(NPP, this.npps);
			if (e < 0) {
				row.problem(NPP, describe(DataSet.EMPLOYERS.key(), row) + this.lines[-e - 1]);
				return false;
			}
			if (e == this.lines.length) {
				this.lines = Arrays.copyOf(this.lines, e * 2);
			}
			this.lines[e] = row.line();
			return !row.isValid(DataSet.EMPLOYERS.column("region_code")) || government(row, this.areas, "region_code");
		}

	}

	/**
	 * Contributions (9 million rows at national scale): one month bit mask and 12 lines
	 * per employer.
	 */
	private static final class ContributionKeys extends RowChecks {

		private static final Column NPP = DataSet.CONTRIBUTIONS.column("npp");

		private static final Column MONTH = DataSet.CONTRIBUTIONS.column("month");

		private final Keys npps;

		private final int year;

		private final int[] months;

		private final int[] lines;

		ContributionKeys(Keys npps, int year) {
			this.npps = npps;
			this.year = year;
			this.months = new int[npps.size()];
			this.lines = new int[npps.size() * 12];
		}

		@Override
		boolean check(Row row) {
			if (!row.isValid(NPP)) {
				return false;
			}
			int e = row.find(NPP, this.npps);
			if (e < 0) {
				row.problem(NPP, "'" + row.text(NPP) + "' is not an NPP of the edition's employers");
				return false;
			}
			if (!row.isValid(MONTH)) {
				return false;
			}
			long month = row.value(MONTH);
			if (month / 12 != this.year) {
				row.problem(MONTH, "'" + row.text(MONTH) + "' is outside the year assessed, " + this.year);
				return false;
			}
			int m = (int) (month % 12);
			if ((this.months[e] & (1 << m)) != 0) {
				row.problem(NPP, describe(DataSet.CONTRIBUTIONS.key(), row) + this.lines[e * 12 + m]);
				return false;
			}
			this.months[e] |= 1 << m;
			this.lines[e * 12 + m] = (int) row.line();
			return true;
		}

	}

}
