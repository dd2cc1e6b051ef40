package id.paritrana.app.edition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.paritrana.app.region.Areas;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.rubric.Category;

/**
 * The editions pages of the national secretariat: the list with a form to create one
 * (period, rubric source, shortlist settings, planned dates of the national stages), and
 * one edition with its rubrics and levels.
 */
@Controller
class EditionController {

	private static final String VIEW = "edition/editions";

	private static final String EDITION_VIEW = "edition/edition";

	private final Editions editions;

	private final EditionRubrics rubrics;

	private final Stages stages;

	private final Areas areas;

	EditionController(Editions editions, EditionRubrics rubrics, Stages stages, Areas areas) {
		this.editions = editions;
		this.rubrics = rubrics;
		this.stages = stages;
		this.areas = areas;
	}

	@GetMapping("/admin/edisi")
	String list(Model model) {
		model.addAttribute("editions", this.editions.list());
		model.addAttribute("stageNames", Stage.values());
		return VIEW;
	}

	/**
	 * The create form's fields; the stage dates come as {@code start_STAGE} and
	 * {@code end_STAGE}.
	 */
	@PostMapping("/admin/edisi")
	String create(@AuthenticationPrincipal UserDetails me, @RequestParam(required = false) Integer awardYear,
			@RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessmentStart,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessmentEnd,
			@RequestParam(required = false) Integer copyRubricsFrom,
			@RequestParam(required = false) Integer shortlistTop,
			@RequestParam(required = false) BigDecimal minDeskScore, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect) {
		Map<Stage, NewEdition.PlannedDates> dates = new EnumMap<>(Stage.class);
		List<InvalidInputException.Problem> dateProblems = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			LocalDate start = date(form, "start_" + stage.name(), dateProblems);
			LocalDate end = date(form, "end_" + stage.name(), dateProblems);
			if (start != null || end != null) {
				dates.put(stage, new NewEdition.PlannedDates(start, end));
			}
		}
		try {
			if (!dateProblems.isEmpty()) {
				throw new InvalidInputException(dateProblems);
			}
			Edition created = this.editions.create(me.getUsername(), new NewEdition(awardYear, name, assessmentStart,
					assessmentEnd, copyRubricsFrom, shortlistTop, minDeskScore, dates));
			redirect.addFlashAttribute("created", created.awardYear());
			return "redirect:/admin/edisi";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("form", form);
			return list(model);
		}
	}

	@GetMapping("/admin/edisi/{year}")
	String edition(@PathVariable int year, Model model) {
		model.addAttribute("edition", this.editions.require(year));
		List<RubricRow> rubricRows = new ArrayList<>();
		for (Category category : Category.values()) {
			rubricRows.add(new RubricRow(category, this.rubrics.version(year, category)));
		}
		model.addAttribute("rubrics", rubricRows);
		model.addAttribute("locked", this.rubrics.locked(year));
		model.addAttribute("national", this.stages.stages(year, Stages.NATIONAL));
		model.addAttribute("levels",
				this.stages.levels(year)
					.stream()
					.filter(scope -> !scope.equals(Stages.NATIONAL))
					.map(scope -> new LevelRow(scope, this.areas.find(scope).map(a -> a.name()).orElse(scope),
							this.stages.current(year, scope)))
					.toList());
		model.addAttribute("provinces", this.areas.provinces());
		model.addAttribute("minJurors", this.editions.minJurorsPerNominee(year));
		return EDITION_VIEW;
	}

	@PostMapping("/admin/edisi/{year}/juri")
	String minJurors(@AuthenticationPrincipal UserDetails me, @PathVariable int year,
			@RequestParam(required = false) Integer minJurorsPerNominee, RedirectAttributes redirect) {
		this.editions.require(year);
		try {
			this.editions.setMinJurorsPerNominee(me.getUsername(), year, minJurorsPerNominee);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("minJurorsProblems", ex.problems());
		}
		return "redirect:/admin/edisi/" + year;
	}

	/** A category's rubric in the edition and its version. */
	record RubricRow(Category category, int version) {
	}

	/** A provincial level that has been run or planned, and the stage it is in. */
	record LevelRow(String scope, String name, Stage current) {
	}

	private static LocalDate date(Map<String, String> form, String field,
			List<InvalidInputException.Problem> problems) {
		String text = form.get(field);
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new InvalidInputException.Problem(field, "edition.error.date"));
			return null;
		}
	}

}
