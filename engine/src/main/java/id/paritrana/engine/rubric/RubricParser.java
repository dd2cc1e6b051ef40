package id.paritrana.engine.rubric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one rubric document (format: docs/rubric-format.md), one method per element,
 * collecting every problem with its path instead of stopping at the first.
 */
final class RubricParser {

	private static final Set<String> ROOT_KEYS = Set.of("category", "aspects", "jury", "eligibility", "tie_break",
			"shortlist");

	/** The longest name (or other text) of a rubric, in characters. */
	static final int MAX_TEXT = 200;

	/**
	 * The longest id of an aspect, indicator or sub-criterion (stored as
	 * {@code VARCHAR(64)} with jury scores).
	 */
	static final int MAX_ID = 64;

	private static final Set<String> ASPECT_KEYS = Set.of("id", "name", "weight", "indicators");

	private static final Set<String> INDICATOR_KEYS = Set.of("id", "name", "weight", "measure", "rule");

	private static final Set<String> JURY_KEYS = Set.of("method", "criteria");

	private static final Set<String> CRITERION_KEYS = Set.of("id", "name");

	private static final Set<String> CONDITION_KEYS = Set.of("measure", "operator", "value");

	private static final Set<String> SHORTLIST_KEYS = Set.of("top", "min_desk_score");

	private static final Set<String> BAND_KEYS = Set.of("min", "score");

	private final String file;

	private final List<RubricProblem> problems = new ArrayList<>();

	private RubricParser(String file) {
		this.file = file;
	}

	/**
	 * The rubric of the YAML text, or every problem as an {@link InvalidRubricException}.
	 */
	static Rubric parse(String file, String yaml) {
		RubricParser parser = new RubricParser(file);
		Rubric rubric = parser.document(yaml);
		if (!parser.problems.isEmpty()) {
			throw new InvalidRubricException(parser.problems);
		}
		return rubric;
	}

	private Rubric document(String yaml) {
		Object root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		}
		catch (YAMLException ex) {
			problem("", "not valid YAML: " + ex.getMessage().replace('\n', ' '));
			return null;
		}
		Map<String, Object> map = mapping(root, "");
		if (map == null) {
			return null;
		}
		unknownKeys(map, ROOT_KEYS, "");
		Category category = category(map.get("category"), "category");
		List<Aspect> aspects = aspects(map.get("aspects"), "aspects");
		Optional<Jury> jury = (map.get("jury") != null) ? Optional.ofNullable(jury(map.get("jury"), "jury"))
				: Optional.empty();
		List<Condition> eligibility = eligibility(map.get("eligibility"), "eligibility");
		List<String> tieBreak = tieBreak(map.get("tie_break"), "tie_break", aspects);
		Shortlist shortlist = shortlist(map.get("shortlist"), "shortlist");
		if (aspects != null) {
			checkJury(map, aspects, jury);
		}
		if (!this.problems.isEmpty()) {
			return null;
		}
		try {
			return new Rubric(category, aspects, jury, eligibility, tieBreak, shortlist);
		}
		catch (IllegalArgumentException ex) {
			// Every rule of the constructor is checked above with its path; this is a
			// safety net.
			problem("", ex.getMessage());
			return null;
		}
	}

	private Category category(Object value, String path) {
		String text = string(value, path);
		if (text == null) {
			return null;
		}
		try {
			return Category.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			problem(path, "unknown category '" + text + "'; expected one of " + List.of(Category.values()));
			return null;
		}
	}

	private List<Aspect> aspects(Object value, String path) {
		List<Object> list = list(value, path);
		if (list == null) {
			return null;
		}
		if (list.isEmpty()) {
			problem(path, "at least one aspect is needed");
			return null;
		}
		List<Aspect> aspects = new ArrayList<>();
		Map<String, String> aspectIds = new HashMap<>();
		Map<String, String> indicatorIds = new HashMap<>();
		double total = 0;
		boolean complete = true;
		for (int a = 0; a < list.size(); a++) {
			String at = path + "[" + a + "]";
			Map<String, Object> map = mapping(list.get(a), at);
			if (map == null) {
				complete = false;
				continue;
			}
			unknownKeys(map, ASPECT_KEYS, at);
			String id = id(map.get("id"), at + ".id", aspectIds, "aspect");
			String name = string(map.get("name"), at + ".name");
			Double weight = weight(map.get("weight"), at + ".weight");
			List<Indicator> indicators = indicators(map.get("indicators"), at + ".indicators", indicatorIds);
			if (id == null || name == null || weight == null || indicators == null) {
				complete = false;
				continue;
			}
			double sum = indicators.stream().mapToDouble(Indicator::weight).sum();
			total += sum;
			if (Math.abs(sum - weight) > Rubric.WEIGHT_TOLERANCE) {
				problem(at + ".weight", "aspect weight " + number(weight)
						+ " differs from the sum of its indicator weights " + number(sum));
				complete = false;
				continue;
			}
			if (indicators.size() > 1 && indicators.stream().anyMatch(Indicator::isJury)) {
				problem(at + ".indicators", "the jury indicator must be the only indicator of its aspect");
				complete = false;
				continue;
			}
			aspects.add(new Aspect(id, name, weight, indicators));
		}
		if (!complete) {
			return null;
		}
		if (Math.abs(total - 100) > Rubric.WEIGHT_TOLERANCE) {
			problem(path, "indicator weights add up to " + number(total) + ", not 100");
			return null;
		}
		if (aspects.stream().filter(Aspect::isJury).count() > 1) {
			problem(path, "at most one jury indicator is allowed");
			return null;
		}
		if (aspects.stream().allMatch(Aspect::isJury)) {
			problem(path, "at least one indicator besides the jury is needed for the desk score");
			return null;
		}
		return aspects;
	}

	private List<Indicator> indicators(Object value, String path, Map<String, String> ids) {
		List<Object> list = list(value, path);
		if (list == null) {
			return null;
		}
		if (list.isEmpty()) {
			problem(path, "at least one indicator is needed");
			return null;
		}
		List<Indicator> indicators = new ArrayList<>();
		boolean complete = true;
		for (int k = 0; k < list.size(); k++) {
			String at = path + "[" + k + "]";
			Indicator indicator = indicator(list.get(k), at, ids);
			if (indicator == null) {
				complete = false;
			}
			else {
				indicators.add(indicator);
			}
		}
		return complete ? indicators : null;
	}

	private Indicator indicator(Object value, String path, Map<String, String> ids) {
		Map<String, Object> map = mapping(value, path);
		if (map == null) {
			return null;
		}
		unknownKeys(map, INDICATOR_KEYS, path);
		String id = id(map.get("id"), path + ".id", ids, "indicator");
		String name = string(map.get("name"), path + ".name");
		Double weight = weight(map.get("weight"), path + ".weight");
		Map<String, Object> ruleMap = mapping(map.get("rule"), path + ".rule");
		String type = (ruleMap != null) ? string(ruleMap.get("type"), path + ".rule.type") : null;
		Optional<Measure> measure = Optional.empty();
		boolean measureOk = true;
		if ("jury".equals(type)) {
			if (map.containsKey("measure")) {
				problem(path + ".measure", "the jury indicator reads no measure");
				measureOk = false;
			}
		}
		else {
			String measureId = string(map.get("measure"), path + ".measure");
			if (measureId != null) {
				measure = Measure.byId(measureId);
				if (measure.isEmpty()) {
					problem(path + ".measure", "unknown measure '" + measureId + "'");
				}
			}
			measureOk = measure.isPresent();
		}
		Rule rule = (type != null) ? rule(type, ruleMap, path + ".rule", measure) : null;
		if (id == null || name == null || weight == null || rule == null || !measureOk) {
			return null;
		}
		return new Indicator(id, name, weight, measure, rule);
	}

	private Rule rule(String type, Map<String, Object> map, String path, Optional<Measure> measure) {
		boolean ordinalMeasure = measure.map(Measure::isOrdinal).orElse(false);
		if (!type.equals("ordinal") && !type.equals("jury") && ordinalMeasure) {
			problem(path + ".type",
					"measure " + measure.get() + " is an ordinal level and needs the ordinal rule, not " + type);
			return null;
		}
		switch (type) {
			case "linear" -> {
				unknownKeys(map, Set.of("type", "from", "to"), path);
				Double from = number(map.get("from"), path + ".from");
				Double to = number(map.get("to"), path + ".to");
				if (from == null || to == null) {
					return null;
				}
				if (from.doubleValue() == to.doubleValue()) {
					problem(path + ".to", "must differ from 'from' (" + number(from) + ")");
					return null;
				}
				return new Rule.Linear(from, to);
			}
			case "bands" -> {
				unknownKeys(map, Set.of("type", "bands"), path);
				return bands(map.get("bands"), path + ".bands");
			}
			case "ordinal" -> {
				unknownKeys(map, Set.of("type", "levels"), path);
				if (measure.isPresent() && !ordinalMeasure) {
					problem(path + ".type",
							"measure " + measure.get() + " is numeric; the ordinal rule needs a level measure");
					return null;
				}
				return ordinal(map.get("levels"), path + ".levels", measure);
			}
			case "percentile" -> {
				unknownKeys(map, Set.of("type"), path);
				return new Rule.Percentile();
			}
			case "minmax" -> {
				unknownKeys(map, Set.of("type"), path);
				return new Rule.MinMax();
			}
			case "jury" -> {
				unknownKeys(map, Set.of("type"), path);
				return new Rule.Jury();
			}
			default -> {
				problem(path + ".type",
						"unknown rule '" + type + "'; expected linear, bands, ordinal, percentile, minmax or jury");
				return null;
			}
		}
	}

	private Rule bands(Object value, String path) {
		List<Object> list = list(value, path);
		if (list == null) {
			return null;
		}
		if (list.isEmpty()) {
			problem(path, "at least one band is needed");
			return null;
		}
		List<Rule.Band> bands = new ArrayList<>();
		boolean complete = true;
		for (int b = 0; b < list.size(); b++) {
			String at = path + "[" + b + "]";
			Map<String, Object> map = mapping(list.get(b), at);
			if (map == null) {
				complete = false;
				continue;
			}
			unknownKeys(map, BAND_KEYS, at);
			Double min = number(map.get("min"), at + ".min");
			Double score = score(map.get("score"), at + ".score");
			if (min == null || score == null) {
				complete = false;
				continue;
			}
			if (!bands.isEmpty() && !(min > bands.get(bands.size() - 1).min())) {
				problem(at + ".min", "bands must ascend: " + number(min) + " is not above the previous lower bound "
						+ number(bands.get(bands.size() - 1).min()));
				complete = false;
				continue;
			}
			bands.add(new Rule.Band(min, score));
		}
		return complete ? new Rule.Bands(bands) : null;
	}

	private Rule ordinal(Object value, String path, Optional<Measure> measure) {
		Map<String, Object> map = mapping(value, path);
		if (map == null) {
			return null;
		}
		Map<String, Double> scores = new LinkedHashMap<>();
		boolean complete = true;
		for (Map.Entry<String, Object> entry : map.entrySet()) {
			String at = path + "." + entry.getKey();
			if (measure.isPresent() && !measure.get().levels().contains(entry.getKey())) {
				problem(at, "unknown level of " + measure.get() + "; expected one of " + measure.get().levels());
				complete = false;
				continue;
			}
			Double score = score(entry.getValue(), at);
			if (score == null) {
				complete = false;
				continue;
			}
			scores.put(entry.getKey(), score);
		}
		if (measure.isPresent()) {
			for (String level : measure.get().levels()) {
				if (!map.containsKey(level)) {
					problem(path, "level " + level + " of " + measure.get() + " has no score");
					complete = false;
				}
			}
		}
		if (scores.isEmpty() && complete) {
			problem(path, "at least one level is needed");
			return null;
		}
		return complete ? new Rule.Ordinal(scores) : null;
	}

	private Jury jury(Object value, String path) {
		Map<String, Object> map = mapping(value, path);
		if (map == null) {
			return null;
		}
		unknownKeys(map, JURY_KEYS, path);
		JuryMethod method = JuryMethod.MEAN;
		if (map.get("method") != null) {
			String text = string(map.get("method"), path + ".method");
			if (text == null) {
				return null;
			}
			try {
				method = JuryMethod.valueOf(text.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problem(path + ".method", "unknown method '" + text + "'; expected mean, trimmed or zscore");
				return null;
			}
		}
		List<Object> list = list(map.get("criteria"), path + ".criteria");
		if (list == null) {
			return null;
		}
		if (list.isEmpty()) {
			problem(path + ".criteria", "at least one sub-criterion is needed");
			return null;
		}
		List<Criterion> criteria = new ArrayList<>();
		Map<String, String> ids = new HashMap<>();
		boolean complete = true;
		for (int c = 0; c < list.size(); c++) {
			String at = path + ".criteria[" + c + "]";
			Map<String, Object> criterion = mapping(list.get(c), at);
			if (criterion == null) {
				complete = false;
				continue;
			}
			unknownKeys(criterion, CRITERION_KEYS, at);
			String id = id(criterion.get("id"), at + ".id", ids, "criterion");
			String name = string(criterion.get("name"), at + ".name");
			if (id == null || name == null) {
				complete = false;
				continue;
			}
			criteria.add(new Criterion(id, name));
		}
		return complete ? new Jury(method, criteria) : null;
	}

	private void checkJury(Map<String, Object> root, List<Aspect> aspects, Optional<Jury> jury) {
		boolean juryIndicator = aspects.stream().anyMatch(Aspect::isJury);
		if (juryIndicator && !root.containsKey("jury")) {
			problem("jury", "missing: the rubric has a jury indicator, so its interview sub-criteria must be listed");
		}
		else if (!juryIndicator && root.containsKey("jury")) {
			problem("jury",
					"the rubric has no jury indicator; remove the jury section or add an indicator with rule jury");
		}
	}

	private List<Condition> eligibility(Object value, String path) {
		if (value == null) {
			return List.of();
		}
		List<Object> list = list(value, path);
		if (list == null) {
			return List.of();
		}
		List<Condition> conditions = new ArrayList<>();
		for (int c = 0; c < list.size(); c++) {
			String at = path + "[" + c + "]";
			Map<String, Object> map = mapping(list.get(c), at);
			if (map == null) {
				continue;
			}
			unknownKeys(map, CONDITION_KEYS, at);
			Measure measure = null;
			String measureId = string(map.get("measure"), at + ".measure");
			if (measureId != null) {
				measure = Measure.byId(measureId).orElse(null);
				if (measure == null) {
					problem(at + ".measure", "unknown measure '" + measureId + "'");
				}
				else if (measure.isOrdinal()) {
					problem(at + ".measure",
							"measure " + measureId + " is an ordinal level; eligibility compares numbers");
					measure = null;
				}
			}
			Condition.Operator operator = null;
			String symbol = string(map.get("operator"), at + ".operator");
			if (symbol != null) {
				operator = Condition.Operator.bySymbol(symbol).orElse(null);
				if (operator == null) {
					problem(at + ".operator", "unknown operator '" + symbol + "'; expected =, !=, >, >=, < or <=");
				}
			}
			Double threshold = number(map.get("value"), at + ".value");
			if (measure != null && operator != null && threshold != null) {
				conditions.add(new Condition(measure, operator, threshold));
			}
		}
		return conditions;
	}

	private List<String> tieBreak(Object value, String path, List<Aspect> aspects) {
		if (value == null) {
			return List.of();
		}
		List<Object> list = list(value, path);
		if (list == null) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		for (int t = 0; t < list.size(); t++) {
			String at = path + "[" + t + "]";
			String id = string(list.get(t), at);
			if (id == null) {
				continue;
			}
			if (ids.contains(id)) {
				problem(at, "aspect '" + id + "' is listed twice");
			}
			else if (aspects != null && aspects.stream().noneMatch(a -> a.id().equals(id))) {
				problem(at, "unknown aspect '" + id + "'");
			}
			else {
				ids.add(id);
			}
		}
		return ids;
	}

	private Shortlist shortlist(Object value, String path) {
		if (value == null) {
			return Rubric.DEFAULT_SHORTLIST;
		}
		Map<String, Object> map = mapping(value, path);
		if (map == null) {
			return null;
		}
		unknownKeys(map, SHORTLIST_KEYS, path);
		int top = Rubric.DEFAULT_SHORTLIST.top();
		if (map.get("top") != null) {
			Object t = map.get("top");
			if (!(t instanceof Integer) || (Integer) t < 1) {
				problem(path + ".top", "must be a whole number of at least 1, got " + t);
				return null;
			}
			top = (Integer) t;
		}
		double min = Rubric.DEFAULT_SHORTLIST.minDeskScore();
		if (map.get("min_desk_score") != null) {
			Double d = score(map.get("min_desk_score"), path + ".min_desk_score");
			if (d == null) {
				return null;
			}
			min = d;
		}
		return new Shortlist(top, min);
	}

	// Scalars
	// ---------------------------------------------------------------------------------

	@SuppressWarnings("unchecked")
	private Map<String, Object> mapping(Object value, String path) {
		if (value == null) {
			problem(path, "missing");
			return null;
		}
		if (!(value instanceof Map<?, ?> map)) {
			problem(path, "must be a mapping (key: value), got " + describe(value));
			return null;
		}
		for (Object key : map.keySet()) {
			if (!(key instanceof String)) {
				problem(path, "keys must be text, got " + describe(key));
				return null;
			}
		}
		return (Map<String, Object>) map;
	}

	@SuppressWarnings("unchecked")
	private List<Object> list(Object value, String path) {
		if (value == null) {
			problem(path, "missing");
			return null;
		}
		if (!(value instanceof List<?>)) {
			problem(path, "must be a list, got " + describe(value));
			return null;
		}
		return (List<Object>) value;
	}

	private String string(Object value, String path) {
		if (value == null) {
			problem(path, "missing");
			return null;
		}
		if (!(value instanceof String s) || s.isBlank()) {
			problem(path, "must be non-empty text, got " + describe(value));
			return null;
		}
		if (s.length() > MAX_TEXT) {
			problem(path, "is " + s.length() + " characters long, longer than the " + MAX_TEXT + " allowed");
			return null;
		}
		return s;
	}

	private String id(Object value, String path, Map<String, String> seen, String kind) {
		String id = string(value, path);
		if (id == null) {
			return null;
		}
		if (id.length() > MAX_ID) {
			problem(path, kind + " id is " + id.length() + " characters long, longer than the " + MAX_ID + " allowed");
			return null;
		}
		if (!id.matches("[a-z][a-z0-9_]*")) {
			problem(path, kind + " id '" + id + "' must be lower-case letters, digits and _");
			return null;
		}
		String earlier = seen.putIfAbsent(id, path);
		if (earlier != null) {
			problem(path, "duplicate " + kind + " id '" + id + "' (first at " + earlier + ")");
			return null;
		}
		return id;
	}

	private Double number(Object value, String path) {
		if (value == null) {
			problem(path, "missing");
			return null;
		}
		if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
			problem(path, "must be a number, got " + describe(value));
			return null;
		}
		return n.doubleValue();
	}

	private Double weight(Object value, String path) {
		Double w = number(value, path);
		if (w != null && !(w > 0)) {
			problem(path, "weight must be positive, got " + number(w));
			return null;
		}
		return w;
	}

	private Double score(Object value, String path) {
		Double s = number(value, path);
		if (s != null && !(s >= 0 && s <= 100)) {
			problem(path, "score must be within 0–100, got " + number(s));
			return null;
		}
		return s;
	}

	private void unknownKeys(Map<String, Object> map, Set<String> known, String path) {
		for (String key : map.keySet()) {
			if (!known.contains(key)) {
				problem(path.isEmpty() ? key : path + "." + key,
						"unknown key; expected one of " + known.stream().sorted().toList());
			}
		}
	}

	private void problem(String path, String reason) {
		this.problems.add(new RubricProblem(this.file, path, reason));
	}

	private static String describe(Object value) {
		if (value instanceof Map) {
			return "a mapping";
		}
		if (value instanceof List) {
			return "a list";
		}
		return "'" + value + "'";
	}

	private static String number(double d) {
		return (d == Math.rint(d)) ? Long.toString((long) d) : Double.toString(d);
	}

}
