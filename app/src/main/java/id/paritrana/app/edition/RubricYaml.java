package id.paritrana.app.edition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import id.paritrana.engine.rubric.Aspect;
import id.paritrana.engine.rubric.Condition;
import id.paritrana.engine.rubric.Criterion;
import id.paritrana.engine.rubric.Indicator;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.rubric.Rule;

/**
 * Writes a rubric as the engine's YAML (docs/rubric-format.md) with its weights and
 * thresholds replaced by edited values. Values are keyed by the path the engine's
 * problems use (e.g. {@code aspects[0].indicators[1].rule.from}), so every problem of the
 * re-parsed text lands on the field that caused it. The structure (ids, names, measures,
 * rule types) is never edited.
 */
final class RubricYaml {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private RubricYaml() {
	}

	/** Every editable value of a rubric, by path, in the order of the tree. */
	static Map<String, String> values(Rubric rubric) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int a = 0; a < rubric.aspects().size(); a++) {
			Aspect aspect = rubric.aspects().get(a);
			for (int i = 0; i < aspect.indicators().size(); i++) {
				Indicator indicator = aspect.indicators().get(i);
				String at = indicatorPath(a, i);
				values.put(at + ".weight", format(indicator.weight()));
				// percentile, minmax and jury have no parameters
				if (indicator.rule() instanceof Rule.Linear linear) {
					values.put(at + ".rule.from", format(linear.from()));
					values.put(at + ".rule.to", format(linear.to()));
				}
				else if (indicator.rule() instanceof Rule.Bands bands) {
					for (int b = 0; b < bands.bands().size(); b++) {
						values.put(at + ".rule.bands[" + b + "].min", format(bands.bands().get(b).min()));
						values.put(at + ".rule.bands[" + b + "].score", format(bands.bands().get(b).score()));
					}
				}
				else if (indicator.rule() instanceof Rule.Ordinal ordinal) {
					ordinal.scores().forEach((level, score) -> values.put(at + ".rule.levels." + level, format(score)));
				}
			}
		}
		for (int c = 0; c < rubric.eligibility().size(); c++) {
			values.put("eligibility[" + c + "].value", format(rubric.eligibility().get(c).threshold()));
		}
		values.put("shortlist.top", Integer.toString(rubric.shortlist().top()));
		values.put("shortlist.min_desk_score", format(rubric.shortlist().minDeskScore()));
		return values;
	}

	static String indicatorPath(int aspect, int indicator) {
		return "aspects[" + aspect + "].indicators[" + indicator + "]";
	}

	/**
	 * The YAML of {@code rubric}'s structure with {@code edited} values (paths of
	 * {@link #values}; a path not given keeps the rubric's value). An aspect's weight is
	 * the sum of its indicators' weights, so the editor edits indicator weights only.
	 */
	static String render(Rubric rubric, Map<String, String> edited) {
		Map<String, String> values = values(rubric);
		edited.forEach((path, value) -> {
			if (values.containsKey(path)) {
				values.put(path, (value == null) ? "" : value.strip());
			}
		});
		StringBuilder y = new StringBuilder();
		y.append("category: ").append(rubric.category().name()).append('\n');
		y.append("aspects:\n");
		for (int a = 0; a < rubric.aspects().size(); a++) {
			Aspect aspect = rubric.aspects().get(a);
			y.append("  - id: ").append(aspect.id()).append('\n');
			y.append("    name: ").append(quoted(aspect.name())).append('\n');
			y.append("    weight: ").append(aspectWeight(values, a, aspect)).append('\n');
			y.append("    indicators:\n");
			for (int i = 0; i < aspect.indicators().size(); i++) {
				Indicator indicator = aspect.indicators().get(i);
				String at = indicatorPath(a, i);
				y.append("      - id: ").append(indicator.id()).append('\n');
				y.append("        name: ").append(quoted(indicator.name())).append('\n');
				y.append("        weight: ").append(scalar(values.get(at + ".weight"))).append('\n');
				indicator.measure().ifPresent(m -> y.append("        measure: ").append(m.id()).append('\n'));
				y.append("        rule:\n");
				y.append("          type: ").append(indicator.rule().type()).append('\n');
				if (indicator.rule() instanceof Rule.Linear) {
					y.append("          from: ").append(scalar(values.get(at + ".rule.from"))).append('\n');
					y.append("          to: ").append(scalar(values.get(at + ".rule.to"))).append('\n');
				}
				else if (indicator.rule() instanceof Rule.Bands bands) {
					y.append("          bands:\n");
					for (int b = 0; b < bands.bands().size(); b++) {
						String band = at + ".rule.bands[" + b + "]";
						y.append("            - {min: ")
							.append(scalar(values.get(band + ".min")))
							.append(", score: ")
							.append(scalar(values.get(band + ".score")))
							.append("}\n");
					}
				}
				else if (indicator.rule() instanceof Rule.Ordinal ordinal) {
					y.append("          levels:\n");
					for (String level : ordinal.scores().keySet()) {
						y.append("            ")
							.append(level)
							.append(": ")
							.append(scalar(values.get(at + ".rule.levels." + level)))
							.append('\n');
					}
				}
			}
		}
		rubric.jury().ifPresent(jury -> {
			y.append("jury:\n");
			y.append("  method: ").append(jury.method().name().toLowerCase(Locale.ROOT)).append('\n');
			y.append("  criteria:\n");
			for (Criterion criterion : jury.criteria()) {
				y.append("    - {id: ")
					.append(criterion.id())
					.append(", name: ")
					.append(quoted(criterion.name()))
					.append("}\n");
			}
		});
		if (!rubric.eligibility().isEmpty()) {
			y.append("eligibility:\n");
			for (int c = 0; c < rubric.eligibility().size(); c++) {
				Condition condition = rubric.eligibility().get(c);
				y.append("  - {measure: ")
					.append(condition.measure().id())
					.append(", operator: ")
					.append(quoted(condition.operator().symbol()))
					.append(", value: ")
					.append(scalar(values.get("eligibility[" + c + "].value")))
					.append("}\n");
			}
		}
		explicitTieBreak(rubric)
			.ifPresent(order -> y.append("tie_break: [").append(String.join(", ", order)).append("]\n"));
		y.append("shortlist: {top: ")
			.append(scalar(values.get("shortlist.top")))
			.append(", min_desk_score: ")
			.append(scalar(values.get("shortlist.min_desk_score")))
			.append("}\n");
		return y.toString();
	}

	/**
	 * The rubric's tie-break order when it differs from the default of its weights; the
	 * default is left implicit so that it follows weights the committee changes (DESIGN
	 * §5.4).
	 */
	private static Optional<List<String>> explicitTieBreak(Rubric rubric) {
		List<Aspect> byWeight = new ArrayList<>(rubric.aspects());
		byWeight.sort((x, y) -> Double.compare(y.weight(), x.weight()));
		List<String> defaultOrder = byWeight.stream().map(Aspect::id).toList();
		return rubric.tieBreak().equals(defaultOrder) ? Optional.empty() : Optional.of(rubric.tieBreak());
	}

	/**
	 * The sum of the aspect's edited indicator weights, or its stored weight while one is
	 * not a number.
	 */
	private static String aspectWeight(Map<String, String> values, int a, Aspect aspect) {
		return aspectSum(aspect, a, values).map(BigDecimal::toPlainString).orElseGet(() -> format(aspect.weight()));
	}

	/**
	 * The sum of the indicator weights of aspect number {@code a}; empty while one is not
	 * a number.
	 */
	static Optional<BigDecimal> aspectSum(Aspect aspect, int a, Map<String, String> values) {
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < aspect.indicators().size(); i++) {
			String weight = values.get(indicatorPath(a, i) + ".weight");
			if (!NUMBER.matcher(weight).matches()) {
				return Optional.empty();
			}
			sum = sum.add(new BigDecimal(weight));
		}
		return Optional.of(sum.stripTrailingZeros());
	}

	/**
	 * A number as typed, or anything else quoted, so the engine reports it as "must be a
	 * number".
	 */
	private static String scalar(String value) {
		return NUMBER.matcher(value).matches() ? value : quoted(value);
	}

	private static String quoted(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	static String format(double d) {
		return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
	}

}
