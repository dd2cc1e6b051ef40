package id.paritrana.app.dataset;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.paritrana.app.evidence.AcceptedRegulations;
import id.paritrana.engine.area.Areas;
import id.paritrana.engine.measure.SizeClass;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Measure;
import id.paritrana.engine.score.CandidateTable;

/**
 * Reading the stored measures of an edition's candidates for scoring (DESIGN §5.3): whole
 * categories streamed in one query each, with the name and province each candidate is
 * scored under (as recorded when the measures were computed), and the raw inputs behind
 * one candidate's measures for its explanation (§5.7).
 */
@Service
public class StoredMeasures {

	private static final Measure[] MEASURES = Measure.values();

	/**
	 * A stored candidate's province: an employer's as recorded with its measures, a
	 * government's from its code — never the current employers data set, which a later
	 * import may replace.
	 */
	private static final String PROVINCE = "COALESCE(m.province_code, SUBSTRING(m.candidate_code, 1, 2))";

	private final JdbcClient jdbc;

	private final AreaCodes areaCodes;

	private final AcceptedRegulations acceptedRegulations;

	StoredMeasures(JdbcClient jdbc, AreaCodes areaCodes, AcceptedRegulations acceptedRegulations) {
		this.jdbc = jdbc;
		this.areaCodes = areaCodes;
		this.acceptedRegulations = acceptedRegulations;
	}

	/**
	 * The last computation of an edition's measures: when, by whom, from which data set
	 * versions.
	 */
	public record MeasureRun(Instant computedAt, String computedBy, List<Long> datasetVersionIds, long candidates) {
	}

	/**
	 * One candidate as stored: the values of numeric measures by
	 * {@link Measure#ordinal()}, NaN where missing.
	 */
	public record Candidate(Category category, String code, String name, String provinceCode, double[] values,
			String regulationLevel) {
	}

	/**
	 * Adds a stored candidate with its measures to a table of candidates for the engine,
	 * scored in the given scope (a province code, or {@code ID}).
	 */
	public static void addTo(CandidateTable.Builder table, Candidate candidate, String scope) {
		int i = table.add(candidate.code(), candidate.name(), scope);
		double[] values = candidate.values();
		for (Measure m : MEASURES) {
			if (m.isOrdinal()) {
				table.setLevel(m.id(), i, candidate.regulationLevel());
			}
			else if (!Double.isNaN(values[m.ordinal()])) {
				table.set(m.id(), i, values[m.ordinal()]);
			}
		}
	}

	/** Receives candidates one by one; the values array is reused between calls. */
	@FunctionalInterface
	public interface CandidateSink {

		void accept(Candidate candidate);

	}

	public Optional<MeasureRun> run(int editionYear) {
		return this.jdbc
			.sql("SELECT computed_at, computed_by, dataset_version_ids, candidates FROM measure_run"
					+ " WHERE edition_year = :y")
			.param("y", editionYear)
			.query((rs, n) -> new MeasureRun(rs.getObject("computed_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getString("computed_by"), ids(rs.getString("dataset_version_ids")), rs.getLong("candidates")))
			.optional();
	}

	private static List<Long> ids(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
	}

	/**
	 * Streams the stored candidates of an edition, in one query: all of them, or those of
	 * one category in one province. An employer's name and province are those of the
	 * employers data set the measures were computed from (its code when none was
	 * recorded), a government's from the shipped areas.
	 */
	public void forEach(int editionYear, Optional<Category> category, Optional<String> province, CandidateSink sink) {
		Areas areas = this.areaCodes.areas();
		String columns = Arrays.stream(MEASURES).map(m -> "m." + m.id()).collect(Collectors.joining(", "));
		StringBuilder sql = new StringBuilder("SELECT m.category, m.candidate_code, m.candidate_name AS employer_name,"
				+ " " + PROVINCE + " AS province, ")
			.append(columns)
			.append(" FROM candidate_measure m WHERE m.edition_year = :y");
		category.ifPresent(c -> sql.append(" AND m.category = :c"));
		province.ifPresent(p -> sql.append(" AND " + PROVINCE + " = :p"));
		var statement = this.jdbc.sql(sql.toString()).param("y", editionYear);
		if (category.isPresent()) {
			statement = statement.param("c", category.get().name());
		}
		if (province.isPresent()) {
			statement = statement.param("p", province.get());
		}
		double[] values = new double[MEASURES.length];
		statement.query((ResultSet rs) -> {
			Category c = Category.valueOf(rs.getString("category"));
			String code = rs.getString("candidate_code");
			String level = null;
			for (Measure m : MEASURES) {
				if (m.isOrdinal()) {
					level = rs.getString(m.id());
					values[m.ordinal()] = Double.NaN;
				}
				else {
					double v = rs.getDouble(m.id());
					values[m.ordinal()] = rs.wasNull() ? Double.NaN : v;
				}
			}
			String name = isEmployer(c) ? Optional.ofNullable(rs.getString("employer_name")).orElse(code)
					: governmentName(areas, code);
			sink.accept(new Candidate(c, code, name, rs.getString("province"), values, level));
		});
	}

	private static String governmentName(Areas areas, String code) {
		int g = areas.government(code);
		if (g < 0) {
			return code;
		}
		return (g < areas.provinceCount()) ? areas.provinceName(g) : areas.regencyName(g - areas.provinceCount());
	}

	static boolean isEmployer(Category category) {
		return category == Category.BU_BESAR || category == Category.BU_MENENGAH || category == Category.UKM;
	}

	/**
	 * The raw inputs behind the measures of one candidate (§5.7), measure id → input →
	 * value, summed over the candidate's rows of the edition's current data sets.
	 */
	public Map<String, Map<String, Object>> inputs(int editionYear, int assessmentYear, Category category,
			String code) {
		return isEmployer(category) ? employerInputs(editionYear, code)
				: governmentInputs(editionYear, assessmentYear, category, code);
	}

	private Map<String, Map<String, Object>> employerInputs(int editionYear, String npp) {
		Map<String, Map<String, Object>> inputs = new LinkedHashMap<>();
		// as recorded with the measures: a later employers import may no longer have the
		// employer
		String size = this.jdbc
			.sql("SELECT size_class FROM candidate_measure WHERE edition_year = :y AND candidate_code = :n")
			.param("y", editionYear)
			.param("n", npp)
			.query(String.class)
			.optional()
			.orElse(null);
		// programs are stored in a canonical order, so one LIKE per required program
		// tests the set
		String complete = (size == null) ? "0"
				: SizeClass.valueOf(size)
					.requiredPrograms()
					.stream()
					.map(p -> "programs LIKE '%" + p + "%'")
					.collect(Collectors.joining(" AND ", "CASE WHEN ", " THEN 1 ELSE 0 END"));
		this.jdbc.sql("SELECT COUNT(DISTINCT contribution_month) AS months, COALESCE(SUM(workers_total), 0) AS total,"
				+ " COALESCE(SUM(workers_registered), 0) AS registered, COALESCE(SUM(" + complete + "), 0) AS complete,"
				+ " COALESCE(SUM(CASE WHEN contribution_paid >= contribution_due THEN 1 ELSE 0 END), 0) AS paid_in_full,"
				+ " COALESCE(SUM(contribution_due), 0) AS due, COALESCE(SUM(contribution_paid), 0) AS paid,"
				+ " COALESCE(SUM(GREATEST(0, contribution_due - contribution_paid)), 0) AS arrears,"
				+ " COALESCE(SUM(wage_reported_total), 0) AS wages"
				+ " FROM data_contribution WHERE edition_year = :y AND npp = :n")
			.param("y", editionYear)
			.param("n", npp)
			.query((ResultSet rs) -> {
				long months = rs.getLong("months");
				inputs.put("months_reported", inputs("months_with_row", months));
				inputs.put("registration_pct", inputs("sum_workers_registered", rs.getLong("registered"),
						"sum_workers_total", rs.getLong("total")));
				inputs.put("program_complete_pct", inputs("months_with_required_programs", rs.getLong("complete"),
						"size_class", String.valueOf(size)));
				inputs.put("ontime_pct", inputs("months_paid_in_full", rs.getLong("paid_in_full"),
						"sum_contribution_due", rs.getLong("due"), "sum_contribution_paid", rs.getLong("paid")));
				inputs.put("wage_compliance_pct", inputs("sum_wage_reported_total", rs.getLong("wages"),
						"sum_workers_registered", rs.getLong("registered")));
				inputs.put("arrears",
						inputs("sum_contribution_due", rs.getLong("due"), "sum_contribution_paid", rs.getLong("paid")));
				inputs.put("worker_growth_pct", inputs("months_with_row", months));
				inputs.put("vulnerable_per_100_workers",
						inputs("sum_workers_total", rs.getLong("total"), "months_with_row", months));
			});
		this.jdbc
			.sql("SELECT vulnerable_workers_protected, vendors, vendors_covered FROM data_employer_vulnerable"
					+ " WHERE edition_year = :y AND npp = :n")
			.param("y", editionYear)
			.param("n", npp)
			.query((ResultSet rs) -> {
				inputs.get("vulnerable_per_100_workers")
					.put("vulnerable_workers_protected", rs.getLong("vulnerable_workers_protected"));
				inputs.put("supply_chain_pct",
						inputs("vendors_covered", rs.getLong("vendors_covered"), "vendors", rs.getLong("vendors")));
			});
		return inputs;
	}

	private Map<String, Map<String, Object>> governmentInputs(int editionYear, int year, Category category,
			String code) {
		Areas areas = this.areaCodes.areas();
		boolean province = category == Category.PEMPROV;
		// a province's regional measures run over all its regencies/cities (§5.1)
		String regions = province ? "region_code LIKE :prefix" : "region_code = :code";
		Map<Integer, long[]> coverage = new java.util.HashMap<>();
		this.jdbc
			.sql("SELECT data_year, SUM(wage_workers) AS w, SUM(nonwage_workers) AS nw, SUM(pu_participants) AS pu,"
					+ " SUM(bpu_participants) AS bpu FROM data_region_coverage WHERE edition_year = :y AND " + regions
					+ " GROUP BY data_year")
			.param("y", editionYear)
			.param(province ? "prefix" : "code", province ? code + ".%" : code)
			.query((ResultSet rs) -> {
				coverage.put(rs.getInt("data_year"),
						new long[] { rs.getLong("w"), rs.getLong("nw"), rs.getLong("pu"), rs.getLong("bpu") });
			});
		long[] now = coverage.getOrDefault(year, new long[4]);
		long[] before = coverage.getOrDefault(year - 1, new long[4]);
		Map<String, Map<String, Object>> inputs = new LinkedHashMap<>();
		inputs.put("pu_coverage_pct", inputs("pu_participants", now[2], "wage_workers", now[0]));
		inputs.put("bpu_coverage_pct", inputs("bpu_participants", now[3], "nonwage_workers", now[1]));
		inputs.put("coverage_growth_pp",
				inputs("participants_" + year, now[2] + now[3], "workers_" + year, now[0] + now[1],
						"participants_" + (year - 1), before[2] + before[3], "workers_" + (year - 1),
						before[0] + before[1]));
		long protectedVillages = this.jdbc
			.sql("SELECT COUNT(*) FROM data_village_protection WHERE edition_year = :y AND vulnerable_protected >= 100"
					+ " AND village_code LIKE :prefix")
			.param("y", editionYear)
			.param("prefix", code + ".%")
			.query(Long.class)
			.single();
		int g = areas.government(code);
		long villages = (g < 0) ? 0
				: province ? areas.villagesOfProvince(g) : areas.villagesOfRegency(g - areas.provinceCount());
		inputs.put("village_ecosystem_pct",
				inputs("villages_with_100_protected", protectedVillages, "villages", villages));
		List<String> regulations = this.jdbc
			.sql("SELECT DISTINCT regulation_type FROM data_regulation WHERE edition_year = :y AND government_code = :c"
					+ " AND verified = TRUE ORDER BY regulation_type")
			.param("y", editionYear)
			.param("c", code)
			.query(String.class)
			.list();
		List<String> accepted = this.acceptedRegulations.accepted(editionYear, code)
			.stream()
			.map(r -> r.type() + " " + r.number() + "/" + r.year())
			.toList();
		inputs.put("regulation_level", inputs("verified_regulation_types", String.join(", ", regulations),
				"accepted_evidence", String.join(", ", accepted)));
		this.jdbc
			.sql("SELECT COALESCE(SUM(workers), 0) AS workers, COALESCE(SUM(covered), 0) AS covered FROM data_nonasn"
					+ " WHERE edition_year = :y AND government_code = :c")
			.param("y", editionYear)
			.param("c", code)
			.query((ResultSet rs) -> {
				inputs.put("nonasn_coverage_pct",
						inputs("covered", rs.getLong("covered"), "workers", rs.getLong("workers")));
			});
		long apbd = this.jdbc
			.sql("SELECT COALESCE(SUM(workers_protected), 0) FROM data_vulnerable_protection WHERE edition_year = :y"
					+ " AND government_code = :c AND funding = 'APBD'")
			.param("y", editionYear)
			.param("c", code)
			.query(Long.class)
			.single();
		inputs.put("vulnerable_per_1000", inputs("workers_protected_apbd", apbd, "nonwage_workers", now[1]));
		return inputs;
	}

	private static Map<String, Object> inputs(Object... namesAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}

}
