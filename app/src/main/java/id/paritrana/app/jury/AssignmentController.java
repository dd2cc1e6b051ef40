package id.paritrana.app.jury;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The juror assignment page of a level and category: each nominee with its jurors, a
 * picker that offers only the team's jurors without a conflict, the conflicts, each
 * juror's load, and the automatic assignment.
 */
@Controller
class AssignmentController {

	static final String VIEW = "jury/assignments";

	private final Editions editions;

	private final Stages stages;

	private final Shortlists shortlists;

	private final Panels panels;

	private final Conflicts conflicts;

	private final Assignments assignments;

	AssignmentController(Editions editions, Stages stages, Shortlists shortlists, Panels panels, Conflicts conflicts,
			Assignments assignments) {
		this.editions = editions;
		this.stages = stages;
		this.shortlists = shortlists;
		this.panels = panels;
		this.conflicts = conflicts;
		this.assignments = assignments;
	}

	/** One nominee's row: its jurors and the jurors that may still be added. */
	record NomineeRow(Shortlists.Nominee nominee, List<String> jurors, List<Panels.Member> offered) {
	}

	@GetMapping("/edisi/{year}/penugasan/{scope}")
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestParam(name = "kategori", required = false) Category asked, Model model) {
		this.panels.authorize(me, scope);
		this.panels.requireLevel(year, scope);
		JuryAccess.levelPage(model, this.editions.require(year), scope, "penugasan");
		Level level = Level.ofScope(scope);
		List<Category> categories = Arrays.stream(Category.values())
			.filter(c -> c.assessedAt(level) && this.shortlists.interviewed(year, c))
			.toList();
		Category category = (asked != null && categories.contains(asked)) ? asked
				: categories.stream().findFirst().orElse(Category.PEMKAB_PEMKOT);
		Map<String, List<String>> jurors = Assignments.byNominee(this.assignments.of(year, scope, category));
		Map<String, List<Panels.Member>> offered = this.assignments.offeredByNominee(year, scope, category);
		List<NomineeRow> rows = this.shortlists.nominees(year, level, category, scope)
			.stream()
			.map(n -> new NomineeRow(n, jurors.getOrDefault(n.code(), List.of()),
					offered.getOrDefault(n.code(), List.of())))
			.toList();
		Map<String, Integer> loads = new TreeMap<>();
		this.panels.members(year, scope).forEach(m -> loads.put(m.username(), 0));
		this.assignments.of(year, scope, null).forEach(a -> loads.merge(a.juror(), 1, Integer::sum));
		Map<String, Conflicts.Conflict> conflictList = new LinkedHashMap<>();
		this.conflicts.conflictsOf(year, scope)
			.forEach((juror, byCandidate) -> byCandidate
				.forEach((c, conflict) -> conflictList.put(juror + "/" + c, conflict)));
		model.addAttribute("category", category);
		model.addAttribute("categories", categories);
		model.addAttribute("rows", rows);
		model.addAttribute("loads", loads);
		model.addAttribute("conflicts", conflictList.values());
		model.addAttribute("minimum", this.editions.minJurorsPerNominee(year));
		model.addAttribute("current", this.stages.current(year, scope));
		model.addAttribute("open",
				this.stages.running(year, scope, Stage.SELEKSI) || this.stages.running(year, scope, Stage.WAWANCARA));
		return VIEW;
	}

	@PostMapping("/edisi/{year}/penugasan/{scope}/{category}")
	String assign(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable Category category, RedirectAttributes redirect) {
		return JuryAccess.act(page(year, scope, category), redirect, () -> {
			this.assignments.assign(me, year, scope, category);
			redirect.addFlashAttribute("assigned", true);
		});
	}

	@PostMapping("/edisi/{year}/penugasan/{scope}/{category}/tambah")
	String add(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable Category category, @RequestParam(defaultValue = "") String candidate,
			@RequestParam(defaultValue = "") String juror, RedirectAttributes redirect) {
		return JuryAccess.act(page(year, scope, category), redirect,
				() -> this.assignments.add(me, year, scope, category, candidate, juror));
	}

	@PostMapping("/edisi/{year}/penugasan/{scope}/{category}/hapus")
	String remove(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable Category category, @RequestParam(defaultValue = "") String candidate,
			@RequestParam(defaultValue = "") String juror, RedirectAttributes redirect) {
		return JuryAccess.act(page(year, scope, category), redirect,
				() -> this.assignments.remove(me, year, scope, category, candidate, juror));
	}

	private static String page(int year, String scope, Category category) {
		return "/edisi/" + year + "/penugasan/" + scope + "?kategori=" + category;
	}

}
