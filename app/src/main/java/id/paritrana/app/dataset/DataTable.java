package id.paritrana.app.dataset;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.paritrana.app.system.BulkWriter;
import id.paritrana.engine.data.Column;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.FieldType;
import id.paritrana.engine.data.Row;

/**
 * The table holding a data set's rows (see V2 migration) and how a validated row's fields
 * become SQL values: the §6 columns in definition order, after {@code edition_year} and
 * {@code version_id}.
 */
record DataTable(DataSet dataSet, String table, List<String> columns) {

	/** §6 names that are SQL keywords (in H2 or PostgreSQL) get another column name. */
	private static final Map<String, String> RENAMED = Map.of("year", "data_year", "month", "contribution_month",
			"group", "worker_group", "type", "regulation_type", "number", "regulation_number", "level", "jury_level");

	private static final Map<DataSet, String> TABLES = Map.of(DataSet.REGION_COVERAGE, "data_region_coverage",
			DataSet.NONASN, "data_nonasn", DataSet.VULNERABLE_PROTECTION, "data_vulnerable_protection",
			DataSet.VILLAGE_PROTECTION, "data_village_protection", DataSet.REGULATIONS, "data_regulation",
			DataSet.EMPLOYERS, "data_employer", DataSet.CONTRIBUTIONS, "data_contribution", DataSet.EMPLOYER_VULNERABLE,
			"data_employer_vulnerable", DataSet.MINIMUM_WAGES, "data_minimum_wage", DataSet.JURY_SCORES,
			"data_jury_score");

	static DataTable of(DataSet set) {
		List<String> columns = set.columns().stream().map(c -> RENAMED.getOrDefault(c.name(), c.name())).toList();
		return new DataTable(set, TABLES.get(set), columns);
	}

	/**
	 * A select list giving each §6 column as the text of its file format (months
	 * {@code YYYY-MM}, booleans {@code true}/{@code false}), in both databases.
	 */
	String fileColumns() {
		List<String> select = new java.util.ArrayList<>();
		for (Column column : this.dataSet.columns()) {
			String name = this.columns.get(column.index());
			select.add(switch (column.type().kind()) {
				case MONTH -> "SUBSTRING(CAST(" + name + " AS VARCHAR(10)), 1, 7)";
				case OPTIONAL_DATE -> "CAST(" + name + " AS VARCHAR(10))";
				case BOOLEAN -> "CASE WHEN " + name + " THEN 'true' ELSE 'false' END";
				default -> name;
			});
		}
		return String.join(", ", select);
	}

	/** {@code edition_year, version_id, <columns>}: what {@link #write} gives a row. */
	List<String> insertColumns() {
		List<String> all = new java.util.ArrayList<>(this.columns.size() + 2);
		all.add("edition_year");
		all.add("version_id");
		all.addAll(this.columns);
		return all;
	}

	/**
	 * Writes a valid row as stored: text as given; numbers as numbers; months as their
	 * first day; empty dates as null; program sets in canonical order.
	 */
	void write(BulkWriter out, int editionYear, long versionId, Row row) throws SQLException {
		out.number(editionYear).number(versionId);
		for (Column column : this.dataSet.columns()) {
			long v = row.value(column);
			switch (column.type().kind()) {
				case TEXT, IDENTIFIER, REGION_CODE, VILLAGE_CODE, CHOICE -> out.text(row.text(column));
				case WHOLE, SCORE, YEAR -> out.number(v);
				case MONTH -> out.date(LocalDate.of((int) (v / 12), (int) (v % 12) + 1, 1));
				case OPTIONAL_DATE -> out.date((v == FieldType.EMPTY) ? null : LocalDate.ofEpochDay(v));
				case PROGRAM_SET -> out.text(programs(v));
				case BOOLEAN -> out.bool(v == 1);
			}
		}
		out.endRow();
	}

	static String programs(long mask) {
		StringBuilder text = new StringBuilder();
		for (int p = 0; p < FieldType.PROGRAMS.size(); p++) {
			if ((mask & (1L << p)) != 0) {
				if (text.length() > 0) {
					text.append(';');
				}
				text.append(FieldType.PROGRAMS.get(p));
			}
		}
		return text.toString();
	}

}
