package id.paritrana.app.edition;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;

/**
 * The stages page of one level of an edition, for whoever runs it: the national
 * secretariat (national level and any province) or a province's committee (its own
 * province).
 */
@Controller
class StageController {

	private static final String VIEW = "edition/stages";

	private static final String CONFIRM_VIEW = "edition/stage-confirm";

	private final Editions editions;

	private final EditionChoice choice;

	private final Stages stages;

	private final LevelLocks locks;

	StageController(Editions editions, EditionChoice choice, Stages stages, LevelLocks locks) {
		this.choice = choice;
		this.editions = editions;
		this.stages = stages;
		this.locks = locks;
	}

	/**
	 * The stages of the chosen edition that the user runs: a committee's own province,
	 * the national level for the secretariat.
	 */
	@GetMapping("/tahap")
	String chosen(@AuthenticationPrincipal SignedInUser me) {
		String scope = me.hasRole(Role.ADMIN_NASIONAL) ? Stages.NATIONAL
				: me.scope().provinceCode().filter(p -> this.stages.runs(me, p)).orElse(null);
		if (scope == null) {
			throw new AccessDeniedException("stages are run by the secretariat and the provincial committees");
		}
		return this.choice.of(me.getUsername())
			.map(year -> "redirect:/edisi/" + year + "/tahap/" + scope)
			.orElse("redirect:/");
	}

	/**
	 * The province chosen on the edition page; the province's own page checks who may see
	 * it.
	 */
	@GetMapping("/edisi/{year}/tahap")
	String open(@PathVariable int year, @RequestParam(name = "provinsi", defaultValue = "") String province) {
		String scope = province.matches("\\d{2}") ? province : Stages.NATIONAL;
		return "redirect:/edisi/" + year + "/tahap/" + scope;
	}

	@GetMapping("/edisi/{year}/tahap/{scope}")
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			Model model) {
		if (!this.stages.runs(me, scope)) {
			throw new AccessDeniedException("level " + scope + " is outside the user's role or scope");
		}
		model.addAttribute("stages", this.stages.stagesOf(year, scope));
		model.addAttribute("current", this.stages.current(year, scope));
		model.addAttribute("edition", this.editions.require(year));
		model.addAttribute("scope", scope);
		model.addAttribute("mayMoveBack", me.hasRole(Role.ADMIN_NASIONAL));
		LevelLocks.Lock lock = this.locks.lock(year, scope).orElse(null);
		model.addAttribute("lock", lock);
		model.addAttribute("mayClose",
				me.hasRole(Role.ADMIN_NASIONAL) && !scope.equals(Stages.NATIONAL) && lock == null);
		return VIEW;
	}

	/**
	 * The confirmation step of a move forward: what it starts and what is still
	 * incomplete for it.
	 */
	@GetMapping("/edisi/{year}/tahap/{scope}/lanjut")
	String confirm(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			Model model) {
		Stages.Move move = this.stages.nextMove(me, year, scope);
		model.addAttribute("move", move);
		model.addAttribute("current", this.stages.current(year, scope));
		model.addAttribute("edition", this.editions.require(year));
		model.addAttribute("scope", scope);
		model.addAttribute("mayOverride", me.hasRole(Role.ADMIN_NASIONAL));
		return CONFIRM_VIEW;
	}

	/**
	 * The confirmed move; blocking preconditions (checked again now) send the user back
	 * to the confirmation step, unless the national secretariat overrides them with a
	 * reason.
	 */
	@PostMapping("/edisi/{year}/tahap/{scope}/lanjut")
	String advance(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestParam(required = false) String overrideReason, RedirectAttributes redirect) {
		try {
			return act(year, scope, redirect, () -> this.stages.advance(me, year, scope, overrideReason));
		}
		catch (PreconditionsRefusedException ex) {
			redirect.addFlashAttribute("refused", true);
			return "redirect:/edisi/" + year + "/tahap/" + scope + "/lanjut";
		}
	}

	@PostMapping("/edisi/{year}/tahap/{scope}/mundur")
	String moveBack(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestParam(required = false) Stage stage, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(year, scope, redirect, () -> this.stages.moveBack(me, year, scope, stage, reason));
	}

	@PostMapping("/edisi/{year}/tahap/{scope}/rencana")
	String plan(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestParam(required = false) Stage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedStart,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedEnd,
			RedirectAttributes redirect) {
		return act(year, scope, redirect, () -> this.stages.plan(me, year, scope, stage, plannedStart, plannedEnd));
	}

	@PostMapping("/edisi/{year}/tahap/{scope}/tutup")
	String close(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(year, scope, redirect, () -> this.locks.close(me, year, scope, reason));
	}

	/** Runs a change and shows the level again, with the problems when it was refused. */
	private static String act(int year, String scope, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/edisi/" + year + "/tahap/" + scope;
	}

}
