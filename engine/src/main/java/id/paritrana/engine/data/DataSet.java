package id.paritrana.engine.data;

import static id.paritrana.engine.data.FieldType.Kind.BOOLEAN;
import static id.paritrana.engine.data.FieldType.Kind.MONTH;
import static id.paritrana.engine.data.FieldType.Kind.OPTIONAL_DATE;
import static id.paritrana.engine.data.FieldType.Kind.PROGRAM_SET;
import static id.paritrana.engine.data.FieldType.Kind.REGION_CODE;
import static id.paritrana.engine.data.FieldType.Kind.SCORE;
import static id.paritrana.engine.data.FieldType.Kind.VILLAGE_CODE;
import static id.paritrana.engine.data.FieldType.Kind.WHOLE;
import static id.paritrana.engine.data.FieldType.Kind.YEAR;

import java.util.ArrayList;
import java.util.List;

/**
 * The data sets of DESIGN §6: base file name, columns (with types and enumerations) and
 * the key columns no two rows may share; text lengths come from {@link FieldLimits}.
 * Checks against other data (codes that exist, NPPs in employers, months of the year
 * assessed) belong to the reader's consumer.
 */
public enum DataSet {

	REGION_COVERAGE("region-coverage", List.of("region_code", "year"), col("region_code", REGION_CODE),
			col("year", YEAR), col("wage_workers", WHOLE), col("nonwage_workers", WHOLE), col("pu_participants", WHOLE),
			col("bpu_participants", WHOLE)),

	NONASN("nonasn", List.of("government_code", "group"), col("government_code", REGION_CODE),
			choice("group", "HONORER_PEMDA", "GURU_HONORER", "PENYELENGGARA_PEMILU", "APARAT_DESA", "RT_RW"),
			col("workers", WHOLE), col("covered", WHOLE)),

	VULNERABLE_PROTECTION("vulnerable-protection", List.of("government_code", "funding"),
			col("government_code", REGION_CODE), choice("funding", "APBD", "APBDES", "CSR", "OTHER"),
			col("workers_protected", WHOLE)),

	VILLAGE_PROTECTION("village-protection", List.of("village_code"), col("village_code", VILLAGE_CODE),
			col("vulnerable_protected", WHOLE)),

	REGULATIONS("regulations", List.of("government_code", "type", "number", "year"),
			col("government_code", REGION_CODE), choice("type", "PERDA", "PERKADA", "INSTRUKSI", "SURAT_EDARAN", "MOU"),
			text("number", FieldLimits.REGULATION_NUMBER), col("year", YEAR),
			text("title", FieldLimits.REGULATION_TITLE), col("verified", BOOLEAN)),

	EMPLOYERS("employers", List.of("npp"), identifier("npp", FieldLimits.NPP), text("name", FieldLimits.EMPLOYER_NAME),
			col("region_code", REGION_CODE),
			choice("sector", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R",
					"S", "T", "U"),
			choice("size_class", "BESAR", "MENENGAH", "KECIL", "MIKRO")),

	CONTRIBUTIONS("employer-contributions", List.of("npp", "month"), identifier("npp", FieldLimits.NPP),
			col("month", MONTH), col("workers_total", WHOLE), col("workers_registered", WHOLE),
			col("programs", PROGRAM_SET), col("wage_reported_total", WHOLE), col("contribution_due", WHOLE),
			col("contribution_paid", WHOLE), col("paid_date", OPTIONAL_DATE)),

	EMPLOYER_VULNERABLE("employer-vulnerable", List.of("npp"), identifier("npp", FieldLimits.NPP),
			col("vulnerable_workers_protected", WHOLE), col("vendors", WHOLE), col("vendors_covered", WHOLE)),

	MINIMUM_WAGES("minimum-wages", List.of("region_code", "year"), col("region_code", REGION_CODE), col("year", YEAR),
			col("monthly_minimum_wage", WHOLE)),

	JURY_SCORES("jury-scores", List.of("level", "category", "candidate_code", "juror_id", "criterion"),
			choice("level", "PROVINSI", "NASIONAL"),
			choice("category", "PEMPROV", "PEMKAB_PEMKOT", "BU_BESAR", "BU_MENENGAH", "UKM"),
			identifier("candidate_code", FieldLimits.CANDIDATE_CODE), identifier("juror_id", FieldLimits.JUROR_ID),
			identifier("criterion", FieldLimits.CRITERION), col("score", SCORE));

	private final String baseName;

	private final List<Column> columns;

	private final List<Column> key;

	DataSet(String baseName, List<String> key, Object[]... columns) {
		this.baseName = baseName;
		List<Column> list = new ArrayList<>();
		for (Object[] c : columns) {
			list.add(new Column((String) c[0], (FieldType) c[1], list.size()));
		}
		this.columns = List.copyOf(list);
		this.key = key.stream().map(this::column).toList();
	}

	private static Object[] col(String name, FieldType.Kind kind) {
		return new Object[] { name, FieldType.of(kind) };
	}

	private static Object[] text(String name, int maxLength) {
		return new Object[] { name, FieldType.text(maxLength) };
	}

	private static Object[] identifier(String name, int maxLength) {
		return new Object[] { name, FieldType.identifier(maxLength) };
	}

	private static Object[] choice(String name, String... words) {
		return new Object[] { name, FieldType.choice(words) };
	}

	/** The file name without extension, e.g. {@code employer-contributions}. */
	public String baseName() {
		return this.baseName;
	}

	public List<Column> columns() {
		return this.columns;
	}

	/** The columns whose values together identify a row. */
	public List<Column> key() {
		return this.key;
	}

	/**
	 * The column of that name.
	 * @throws IllegalArgumentException when this data set has no such column
	 */
	public Column column(String name) {
		for (Column c : this.columns) {
			if (c.name().equals(name)) {
				return c;
			}
		}
		throw new IllegalArgumentException(this.baseName + " has no column " + name);
	}

}
