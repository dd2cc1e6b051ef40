package id.paritrana.app.system;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.paritrana.engine.rubric.Level;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that turns values into the text a user reads, in the request's language:
 * templates call it as {@code ${@fmt.score(x)}}, {@code ${@fmt.time(t, '34')}} and so on.
 * Numbers use the locale's separators (id {@code 1.234,56}, en {@code 1,234.56}); times
 * are shown in the zone of the province a page is about (else WIB), to the minute.
 */
@Component("fmt")
public class Formats {

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

	private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

	private static final Map<ZoneId, String> LABELS = Map.of(WIB, "WIB", WITA, "WITA", WIT, "WIT");

	/**
	 * A code that is a label's key rather than text: {@code PEMKAB_PEMKOT},
	 * {@code SELESAI}.
	 */
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private static final Pattern CODE_IN_TEXT = Pattern.compile("\\b[A-Z][A-Z0-9_]{2,}\\b");

	/**
	 * An ISO-8601 moment as the records write them: {@code 2024-03-01T01:02:03.456789Z}.
	 */
	private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})");

	/**
	 * Where a code of the audit's records and flags is given a label, tried in this
	 * order.
	 */
	private static final List<String> CODE_LABELS = List.of("category.", "stage.", "stage.state.", "level.", "role.",
			"regulation.", "evidence.kind.", "evidence.status.", "format.code.");

	private final MessageSource messages;

	private final AreaNames areas;

	private final JsonMapper json;

	Formats(MessageSource messages, AreaNames areas, JsonMapper json) {
		this.messages = messages;
		this.areas = areas;
		this.json = json;
	}

	/** A score: two decimals. */
	public String score(Number value) {
		return decimal(value, 2);
	}

	/** A number with exactly that many decimals; empty for none. */
	public String decimal(Number value, int decimals) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	/** A whole number with the locale's grouping. */
	public String whole(Number value) {
		return decimal(value, 0);
	}

	/**
	 * A measure's value with its unit, told by the measure's name ({@code …_pct} is a
	 * percentage, {@code …_pp} percentage points, {@code …_per_1000} per thousand, and so
	 * on).
	 */
	public String measure(Number value, String measure) {
		if (value == null) {
			return "";
		}
		String unit = unitKey(measure);
		// counts of months and amounts of rupiah are whole; rates keep two decimals
		boolean whole = "unit.months".equals(unit) || "unit.rupiah".equals(unit)
				|| (unit == null && (value instanceof Integer || value instanceof Long));
		String number = whole ? whole(value) : decimal(value, 2);
		return (unit == null) ? number : message(unit, number);
	}

	private static String unitKey(String measure) {
		if (measure == null) {
			return null;
		}
		if (measure.endsWith("_pct")) {
			return "unit.percent";
		}
		if (measure.endsWith("_pp")) {
			return "unit.points";
		}
		if (measure.endsWith("_per_1000")) {
			return "unit.perThousand";
		}
		if (measure.endsWith("_per_100_workers")) {
			return "unit.perHundredWorkers";
		}
		if (measure.startsWith("months_")) {
			return "unit.months";
		}
		if (measure.equals("arrears")) {
			return "unit.rupiah";
		}
		return null;
	}

	/** A measure's readable name, or its id when it has none. */
	public String measureName(String measure) {
		return messageOr("measure." + measure, measure);
	}

	/** A moment in WIB. */
	public String time(Object moment) {
		return time(moment, null);
	}

	/**
	 * A moment in the zone of the province of that area code (WIB, WITA or WIT), to the
	 * minute, with the zone's label; WIB when the code is national or none.
	 */
	public String time(Object moment, String areaCode) {
		ZonedDateTime at = zoned(moment);
		if (at == null) {
			return "";
		}
		ZoneId zone = zoneOf(areaCode);
		return at.withZoneSameInstant(zone)
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale()))
				+ " " + LABELS.get(zone);
	}

	/** A calendar date in the reader's language. */
	public String date(LocalDate date) {
		return (date == null) ? ""
				: date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
	}

	private static ZonedDateTime zoned(Object moment) {
		if (moment instanceof Instant i) {
			return i.atZone(ZoneOffset.UTC);
		}
		if (moment instanceof OffsetDateTime o) {
			return o.toZonedDateTime();
		}
		if (moment instanceof ZonedDateTime z) {
			return z;
		}
		if (moment instanceof LocalDateTime l) {
			// the database's timestamps without a zone are written in UTC
			return l.atZone(ZoneOffset.UTC);
		}
		if (moment instanceof java.util.Date d) {
			return d.toInstant().atZone(ZoneOffset.UTC);
		}
		return null;
	}

	/**
	 * The zone of an area's province: WIB in the west, WITA in the centre, WIT in the
	 * east.
	 */
	public static ZoneId zoneOf(String areaCode) {
		// a region code is NN or NN.…; an employer's NPP (all digits) says nothing of its
		// province
		if (areaCode == null || areaCode.length() < 2 || !Character.isDigit(areaCode.charAt(0))
				|| !Character.isDigit(areaCode.charAt(1)) || (areaCode.length() > 2 && areaCode.charAt(2) != '.')) {
			return WIB;
		}
		int province = Integer.parseInt(areaCode.substring(0, 2));
		if (province >= 81) {
			return WIT;
		}
		if (province >= 71 || (province >= 51 && province <= 53) || (province >= 63 && province <= 65)) {
			return WITA;
		}
		return WIB;
	}

	/**
	 * The name of a level by its scope: "Tingkat nasional" for {@code ID}, else the
	 * province's name (its code when unknown).
	 */
	public String level(String scope) {
		return Level.NATIONAL_SCOPE.equals(scope) ? message("edition.nationalLevel") : area(scope);
	}

	/** The label of an area's zone: WIB, WITA or WIT. */
	public String zoneLabel(String areaCode) {
		return LABELS.get(zoneOf(areaCode));
	}

	/**
	 * An area's name ({@code 34} → Daerah Istimewa Yogyakarta, {@code ID} → Indonesia),
	 * else its code.
	 */
	public String area(String code) {
		if (code == null) {
			return "";
		}
		if (Level.NATIONAL_SCOPE.equals(code)) {
			return message("format.national", code);
		}
		return this.areas.name(code).orElse(code);
	}

	/**
	 * A candidate flag ({@code DATA_TIDAK_TERSEDIA:rantai_pasok}) as its label with the
	 * indicator's or condition's name: "Data tidak tersedia: rantai pasok".
	 */
	public String flag(String flag) {
		if (flag == null) {
			return "";
		}
		int colon = flag.indexOf(':');
		String kind = (colon < 0) ? flag : flag.substring(0, colon);
		String subject = (colon < 0) ? "" : flag.substring(colon + 1);
		return messageOr("candidate.flag." + kind, flag, messageOr("candidate.subject." + subject, subject));
	}

	/** Several flags, each readable, separated by commas. */
	public String flags(java.util.Collection<String> flags) {
		return (flags == null) ? "" : String.join(", ", flags.stream().map(this::flag).toList());
	}

	/**
	 * A code with a label ({@code PEMKAB_PEMKOT}, {@code SELESAI}, {@code PERDA}) as that
	 * label, else as it is.
	 */
	public String code(String code) {
		if (code == null) {
			return "";
		}
		for (String prefix : CODE_LABELS) {
			String label = this.messages.getMessage(prefix + code, null, null, locale());
			if (label != null) {
				return label;
			}
		}
		return code;
	}

	/** Versions by category ({@code PEMPROV=1}) as "Pemerintah Provinsi 1, …". */
	public String versions(Map<String, ?> versions) {
		if (versions == null) {
			return "";
		}
		return String.join(", ", versions.entrySet().stream().map(e -> code(e.getKey()) + " " + e.getValue()).toList());
	}

	/** Items of a list separated by commas, without brackets. */
	public String list(java.util.Collection<?> items) {
		return (items == null) ? "" : String.join(", ", items.stream().map(String::valueOf).toList());
	}

	/**
	 * An audit action's label ({@code STAGE_ADVANCED} → "Tahap dilanjutkan"), else its
	 * code.
	 */
	public String auditAction(String action) {
		return messageOr("audit.action." + action, action);
	}

	/**
	 * What an audit entry concerns ({@code edition_stage} → "Tahapan edisi"), else its
	 * code.
	 */
	public String auditEntity(String entityType) {
		return messageOr("audit.entityType." + entityType, entityType);
	}

	/**
	 * One field of an audit record ({@code awardYear} → "Tahun penghargaan"), else its
	 * name.
	 */
	public String auditField(String field) {
		return CODE.matcher(field).matches() ? code(field) : messageOr("audit.field." + field, field);
	}

	/**
	 * One field's value of an audit record as readable lines: a nested object or list by
	 * its parts, a single value labelled as in {@link #record(String)}.
	 */
	public List<String> auditValue(String value) {
		List<String> lines = new ArrayList<>();
		if (value == null) {
			return lines;
		}
		JsonNode node;
		try {
			node = this.json.readTree(value);
		}
		catch (JacksonException ex) {
			node = this.json.valueToTree(value);
		}
		if (node.isContainer()) {
			flatten("", node, lines);
		}
		else {
			lines.add(value(node));
		}
		return lines;
	}

	/**
	 * An audit record's state (JSON) as readable lines {@code name: value}: nested values
	 * by their path, codes with their labels, no value as a dash.
	 */
	public List<String> record(String json) {
		List<String> lines = new ArrayList<>();
		if (json == null || json.isBlank()) {
			return lines;
		}
		try {
			flatten("", this.json.readTree(json), lines);
		}
		catch (JacksonException ex) {
			lines.add(json);
		}
		return lines;
	}

	private void flatten(String path, JsonNode node, List<String> lines) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				String name = auditField(field.getKey());
				flatten(path.isEmpty() ? name : path + " › " + name, field.getValue(), lines);
			}
		}
		else if (node.isArray() && node.size() > 0 && (node.get(0).isObject() || node.get(0).isArray())) {
			for (int i = 0; i < node.size(); i++) {
				flatten(path + " › " + (i + 1), node.get(i), lines);
			}
		}
		else {
			lines.add((path.isEmpty() ? "" : path + ": ") + value(node));
		}
	}

	private String value(JsonNode node) {
		if (node.isNull() || node.isMissingNode()) {
			return "—";
		}
		if (node.isBoolean()) {
			return message(node.booleanValue() ? "format.yes" : "format.no");
		}
		if (node.isNumber()) {
			return node.isIntegralNumber() ? node.numberValue().toString() : decimal(node.decimalValue(), 2);
		}
		if (node.isArray()) {
			List<String> values = new ArrayList<>();
			node.forEach(v -> values.add(value(v)));
			return String.join(", ", values);
		}
		String text = node.asString();
		if (CODE.matcher(text).matches()) {
			return code(text);
		}
		if (text.contains(":") && CODE.matcher(text.substring(0, text.indexOf(':'))).matches()) {
			return flag(text);
		}
		if (MOMENT.matcher(text).matches()) {
			try {
				return time(OffsetDateTime.parse(text));
			}
			catch (DateTimeParseException ex) {
				return text;
			}
		}
		// a state written as text ("SELESAI null..null"): its codes labelled, no value a
		// dash
		return codes(text.replace(" null..null", "").replaceAll("\\bnull\\b", "—"));
	}

	/**
	 * A text with the codes in it labelled: {@code 2024/PEMKAB_PEMKOT} → "2024/Pemerintah
	 * Kabupaten/Kota".
	 */
	public String codes(String text) {
		return (text == null) ? ""
				: CODE_IN_TEXT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(code(m.group())));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale());
	}

	private String messageOr(String key, String otherwise, Object... arguments) {
		return this.messages.getMessage(key, arguments, otherwise, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
