package id.paritrana.app.edition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.rubric.Aspect;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Condition;
import id.paritrana.engine.rubric.Indicator;
import id.paritrana.engine.rubric.Measure;
import id.paritrana.engine.rubric.Rule;
import id.paritrana.engine.rubric.Rubric;

/**
 * The rubric editor of the national secretariat: the rubric as a tree of aspects and
 * indicators with their weights and rule parameters as fields. Every change is checked by
 * the engine while the user types (htmx), showing the new totals and each problem beside
 * its field.
 */
@Controller
class RubricController {

	private static final String VIEW = "edition/rubric";

	private static final String CHECK = "edition/rubric :: check";

	private final Editions editions;

	private final EditionRubrics rubrics;

	RubricController(Editions editions, EditionRubrics rubrics) {
		this.editions = editions;
		this.rubrics = rubrics;
	}

	@GetMapping("/admin/edisi/{year}/rubrik/{category}")
	String edit(@PathVariable int year, @PathVariable Category category, Model model) {
		EditionRubrics.RubricDraft draft = this.rubrics.draft(this.editions.require(year).awardYear(), category,
				Map.of());
		return show(draft, draft.problems(), model);
	}

	@PostMapping("/admin/edisi/{year}/rubrik/{category}/periksa")
	String check(@PathVariable int year, @PathVariable Category category,
			@RequestParam MultiValueMap<String, String> form, Model model) {
		EditionRubrics.RubricDraft draft = this.rubrics.draft(this.editions.require(year).awardYear(), category,
				values(form));
		show(draft, draft.problems(), model);
		return CHECK;
	}

	@PostMapping("/admin/edisi/{year}/rubrik/{category}")
	String save(@AuthenticationPrincipal UserDetails me, @PathVariable int year, @PathVariable Category category,
			@RequestParam(required = false) Integer version, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect) {
		this.editions.require(year);
		try {
			int saved = this.rubrics.save(me.getUsername(), year, category, (version == null) ? -1 : version,
					values(form));
			redirect.addFlashAttribute("saved", saved);
			return "redirect:/admin/edisi/" + year + "/rubrik/" + category;
		}
		catch (InvalidInputException ex) {
			return show(this.rubrics.draft(year, category, values(form)), ex.problems(), model);
		}
	}

	/**
	 * The rubric's values among the form's parameters (the CSRF token and version are
	 * not).
	 */
	private static Map<String, String> values(MultiValueMap<String, String> form) {
		Map<String, String> values = new LinkedHashMap<>();
		form.forEach((name, given) -> {
			if (name.startsWith("aspects[") || name.startsWith("eligibility[") || name.startsWith("shortlist.")) {
				values.put(name, given.isEmpty() ? "" : given.get(0));
			}
		});
		return values;
	}

	/**
	 * The editor with the draft's fields and, above them, the problems that concern no
	 * single field.
	 */
	private String show(EditionRubrics.RubricDraft draft, List<InvalidInputException.Problem> problems, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("aspects", aspects(draft));
		model.addAttribute("eligibility", eligibility(draft));
		model.addAttribute("shortlist", List.of(field(draft, "shortlist.top", "rubric.shortlistTop", null),
				field(draft, "shortlist.min_desk_score", "rubric.minDeskScore", null)));
		model.addAttribute("fields", fieldPaths(draft));
		model.addAttribute("general", problems.stream().filter(p -> !draft.values().containsKey(p.field())).toList());
		return VIEW;
	}

	/**
	 * One editable value: its path (the form name), element id, label and the problems at
	 * it.
	 */
	record Field(String path, String id, String labelKey, String labelArg, String value,
			List<InvalidInputException.Problem> problems) {
	}

	/**
	 * An indicator, the id of its measure (empty for the jury) and its fields (weight,
	 * then rule parameters).
	 */
	record IndicatorRow(Indicator indicator, String measure, List<Field> fields) {
	}

	/** An aspect with the sum of its indicators' weights as edited. */
	record AspectRow(int index, Aspect aspect, String total, List<IndicatorRow> indicators) {
	}

	/**
	 * An eligibility condition, e.g. {@code arrears =}, with its threshold as a field.
	 */
	record ConditionRow(String measure, String operator, Field field) {
	}

	private static List<AspectRow> aspects(EditionRubrics.RubricDraft draft) {
		Rubric rubric = draft.structure();
		List<AspectRow> rows = new ArrayList<>();
		for (int a = 0; a < rubric.aspects().size(); a++) {
			Aspect aspect = rubric.aspects().get(a);
			List<IndicatorRow> indicators = new ArrayList<>();
			for (int i = 0; i < aspect.indicators().size(); i++) {
				Indicator indicator = aspect.indicators().get(i);
				String at = RubricYaml.indicatorPath(a, i);
				List<Field> fields = new ArrayList<>();
				fields.add(field(draft, at + ".weight", "rubric.weight", null));
				if (indicator.rule() instanceof Rule.Linear) {
					fields.add(field(draft, at + ".rule.from", "rubric.from", null));
					fields.add(field(draft, at + ".rule.to", "rubric.to", null));
				}
				else if (indicator.rule() instanceof Rule.Bands bands) {
					for (int b = 0; b < bands.bands().size(); b++) {
						String band = at + ".rule.bands[" + b + "]";
						fields.add(field(draft, band + ".min", "rubric.bandMin", "#" + (b + 1)));
						fields.add(field(draft, band + ".score", "rubric.bandScore", "#" + (b + 1)));
					}
				}
				else if (indicator.rule() instanceof Rule.Ordinal ordinal) {
					for (String level : ordinal.scores().keySet()) {
						fields.add(field(draft, at + ".rule.levels." + level, null, level));
					}
				}
				indicators.add(new IndicatorRow(indicator, indicator.measure().map(Measure::id).orElse(""), fields));
			}
			String total = draft.aspectTotal(a).map(BigDecimal::toPlainString).orElse("–");
			rows.add(new AspectRow(a, aspect, total, indicators));
		}
		return rows;
	}

	private static List<ConditionRow> eligibility(EditionRubrics.RubricDraft draft) {
		List<ConditionRow> rows = new ArrayList<>();
		for (int c = 0; c < draft.structure().eligibility().size(); c++) {
			Condition condition = draft.structure().eligibility().get(c);
			rows.add(new ConditionRow(condition.measure().id(), condition.operator().symbol(),
					field(draft, "eligibility[" + c + "].value", null, condition.measure().id())));
		}
		return rows;
	}

	/**
	 * Every field, for the check's out-of-band updates of the problems beside each field.
	 */
	private static List<Field> fieldPaths(EditionRubrics.RubricDraft draft) {
		List<Field> all = new ArrayList<>();
		draft.values().keySet().forEach(path -> all.add(field(draft, path, null, null)));
		return all;
	}

	private static Field field(EditionRubrics.RubricDraft draft, String path, String labelKey, String labelArg) {
		return new Field(path, "f-" + path.replaceAll("[^A-Za-z0-9_]", "-"), labelKey, labelArg,
				draft.values().get(path), draft.problemsAt(path));
	}

}
