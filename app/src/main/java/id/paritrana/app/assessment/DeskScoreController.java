package id.paritrana.app.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.paritrana.app.dataset.ResultGuard;
import id.paritrana.app.dataset.ResultGuardAccess;
import id.paritrana.app.dataset.Staleness;
import id.paritrana.app.dataset.StoredMeasures;
import id.paritrana.app.edition.Edition;
import id.paritrana.app.edition.EditionChoice;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.Recomputations;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * Leaderboards of desk scores and candidates' scorecards, within the signed-in user's
 * scope.
 */
@Controller
class DeskScoreController {

	static final String BOARD_VIEW = "assessment/board";

	static final String SCORECARD_VIEW = "assessment/scorecard";

	/**
	 * Times are shown in Western Indonesian Time, where the national secretariat works.
	 */

	private final Editions editions;

	private final EditionChoice choice;

	private final DeskScores deskScores;

	private final Leaderboards leaderboards;

	private final Scorecards scorecards;

	private final ObjectProvider<ScorecardReaders> readers;

	private final Staleness staleness;

	private final StoredMeasures measures;

	private final ResultGuard guard;

	private final Recomputations recomputations;

	DeskScoreController(Editions editions, EditionChoice choice, DeskScores deskScores, Leaderboards leaderboards,
			Scorecards scorecards, ObjectProvider<ScorecardReaders> readers, Staleness staleness,
			StoredMeasures measures, ResultGuard guard, Recomputations recomputations) {
		this.recomputations = recomputations;
		this.choice = choice;
		this.staleness = staleness;
		this.measures = measures;
		this.guard = guard;
		this.editions = editions;
		this.deskScores = deskScores;
		this.leaderboards = leaderboards;
		this.scorecards = scorecards;
		this.readers = readers;
	}

	/** The leaderboards of the edition the user works in ({@link EditionChoice}). */
	@GetMapping("/skor-meja")
	String chosen(@AuthenticationPrincipal SignedInUser me) {
		return this.choice.of(me.getUsername())
			.map(year -> "redirect:/edisi/" + year + "/skor-meja")
			.orElse("redirect:/");
	}

	@GetMapping("/edisi/{year}/skor-meja")
	String board(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@RequestParam(defaultValue = "PEMKAB_PEMKOT") Category category,
			@RequestParam(required = false) Level level, @RequestParam(defaultValue = "") String scope,
			@RequestParam(defaultValue = "") String eligible, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "RANK") Leaderboards.Sort sort, @RequestParam(defaultValue = "1") int page,
			Model model) {
		Level at = (level != null) ? level : category.entryLevel();
		Optional<String> shown = DeskScoreAccess.boardScope(me, at, Optional.of(scope).filter(s -> !s.isBlank()));
		Edition edition = this.editions.require(year);
		Optional<Boolean> onlyEligible = eligible.isBlank() ? Optional.empty()
				: Optional.of(Boolean.parseBoolean(eligible));
		model.addAttribute("edition", edition);
		Optional<DeskScores.Run> run = this.deskScores.run(year);
		model.addAttribute("run", run.orElse(null));
		model.addAttribute("recompute", this.recomputations.of(year));
		addStaleness(year, run, model);
		model.addAttribute("board", this.leaderboards.board(year,
				new Leaderboards.Query(at, category, shown, onlyEligible, q, sort, page, 50)));
		model.addAttribute("categories", Category.values());
		model.addAttribute("levels", Level.values());
		model.addAttribute("sorts", Leaderboards.Sort.values());
		model.addAttribute("scopes",
				me.scope().provinceCode().map(List::of).orElseGet(() -> this.leaderboards.scopes(year, at, category)));
		model.addAttribute("category", category);
		model.addAttribute("level", at);
		model.addAttribute("scope", shown.orElse(""));
		model.addAttribute("eligible", eligible);
		model.addAttribute("q", q);
		model.addAttribute("sort", sort);
		return BOARD_VIEW;
	}

	/**
	 * Why the desk scores may not reflect the data: measures older than the data sets,
	 * desk scores older than the measures; and the levels a recomputation would reach
	 * (national admin only).
	 */
	private void addStaleness(int year, Optional<DeskScores.Run> run, Model model) {
		Optional<StoredMeasures.MeasureRun> measured = this.measures.run(year);
		model.addAttribute("measuresState", this.staleness.measures(year).orElse(null));
		model.addAttribute("measuresComputedAt", measured.map(StoredMeasures.MeasureRun::computedAt).orElse(null));
		model.addAttribute("deskBeforeMeasures", run.isPresent() && measured.isPresent()
				&& run.get().measuresComputedAt().isBefore(measured.get().computedAt()));
		model.addAttribute("settled", this.guard.settled(year));
		model.addAttribute("minReason", ResultGuard.MIN_REASON);
	}

	@PostMapping("/edisi/{year}/skor-meja")
	String compute(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@RequestParam(required = false) String overrideReason, RedirectAttributes redirect) {
		ResultGuardAccess.requireMayOverride(me, overrideReason);
		try {
			DeskScores.Computed computed = this.deskScores.computeRequested(year, me.getUsername(),
					Optional.ofNullable(overrideReason).filter(r -> !r.isBlank()));
			redirect.addFlashAttribute("computed", computed.run().candidates());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/edisi/" + year + "/skor-meja";
	}

	@GetMapping("/edisi/{year}/skor-meja/{level}/{category}/{code}")
	String scorecard(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable Level level,
			@PathVariable Category category, @PathVariable String code, Model model) {
		Leaderboards.Row row = DeskScoreAccess.visibleCandidate(me, level, code,
				() -> this.scorecards.candidate(year, level, category, code),
				() -> this.readers.stream().anyMatch(r -> r.mayRead(me, year, level, category, code)));
		model.addAttribute("edition", this.editions.require(year));
		model.addAttribute("card", this.scorecards.scorecard(year, row));
		model.addAttribute("recompute", this.recomputations.of(year));
		return SCORECARD_VIEW;
	}

}
