package id.paritrana.app.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.paritrana.app.edition.EditionChoice;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The shortlist page of a level scope and category: the top of the desk leaderboard with
 * the nominees marked, and the committee's make/add/remove actions with their reasons.
 */
@Controller
class ShortlistController {

	static final String VIEW = "assessment/shortlist";

	/** How much of the leaderboard the page shows beside the nominees. */
	static final int BOARD_ROWS = 50;

	private final Editions editions;

	private final EditionChoice choice;

	private final Stages stages;

	private final Shortlists shortlists;

	private final Leaderboards leaderboards;

	private final DeskScores deskScores;

	ShortlistController(Editions editions, EditionChoice choice, Stages stages, Shortlists shortlists,
			Leaderboards leaderboards, DeskScores deskScores) {
		this.deskScores = deskScores;
		this.choice = choice;
		this.editions = editions;
		this.stages = stages;
		this.shortlists = shortlists;
		this.leaderboards = leaderboards;
	}

	/**
	 * The chosen edition's shortlists of the user's own level: their province, or the
	 * national level.
	 */
	@GetMapping("/seleksi")
	String chosen(@AuthenticationPrincipal SignedInUser me) {
		String scope = me.scope().provinceCode().orElse(Stages.NATIONAL);
		this.shortlists.authorize(me, scope);
		return this.choice.of(me.getUsername())
			.map(year -> "redirect:/edisi/" + year + "/seleksi/" + scope)
			.orElse("redirect:/");
	}

	@GetMapping("/edisi/{year}/seleksi/{scope}")
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestParam(name = "kategori", required = false) Category asked, Model model) {
		this.shortlists.authorize(me, scope);
		model.addAttribute("edition", this.editions.require(year));
		this.stages.stagesOf(year, scope);
		Level level = Level.ofScope(scope);
		List<Category> categories = Arrays.stream(Category.values()).filter(c -> c.assessedAt(level)).toList();
		Category category = (asked != null && categories.contains(asked)) ? asked : categories.get(0);
		List<Shortlists.Nominee> nominees = this.shortlists.nominees(year, level, category, scope);
		Set<String> nominated = nominees.stream().map(Shortlists.Nominee::code).collect(Collectors.toSet());
		model.addAttribute("scope", scope);
		model.addAttribute("level", level);
		model.addAttribute("tab", "seleksi");
		model.addAttribute("category", category);
		model.addAttribute("categories", categories);
		model.addAttribute("settings", this.shortlists.settings(year, category));
		model.addAttribute("interview", this.shortlists.interviewed(year, category));
		model.addAttribute("nominees", nominees);
		model.addAttribute("nominated", nominated);
		model.addAttribute("board", this.leaderboards.board(year, new Leaderboards.Query(level, category,
				Optional.of(scope), Optional.of(true), "", Leaderboards.Sort.RANK, 1, BOARD_ROWS)));
		model.addAttribute("run", this.deskScores.run(year).orElse(null));
		model.addAttribute("current", this.stages.current(year, scope));
		model.addAttribute("open", this.stages.running(year, scope, Stage.SELEKSI));
		return VIEW;
	}

	@PostMapping("/edisi/{year}/seleksi/{scope}/{category}")
	String make(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable Category category, RedirectAttributes redirect) {
		return act(year, scope, category, redirect, () -> {
			Shortlists.Made made = this.shortlists.make(me, year, category, scope);
			redirect.addFlashAttribute("made", made.nominees().size());
			redirect.addFlashAttribute("tied", made.tiedAtCutOff());
		});
	}

	@PostMapping("/edisi/{year}/seleksi/{scope}/{category}/tambah")
	String add(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable Category category, @RequestParam(defaultValue = "") String candidate,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(year, scope, category, redirect,
				() -> this.shortlists.add(me, year, category, scope, candidate, reason));
	}

	@PostMapping("/edisi/{year}/seleksi/{scope}/{category}/hapus")
	String remove(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable Category category, @RequestParam(defaultValue = "") String candidate,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(year, scope, category, redirect,
				() -> this.shortlists.remove(me, year, category, scope, candidate, reason));
	}

	/**
	 * Runs a change and shows the shortlist again, with the problems when it was refused.
	 */
	private static String act(int year, String scope, Category category, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/edisi/" + year + "/seleksi/" + scope + "?kategori=" + category;
	}

}
