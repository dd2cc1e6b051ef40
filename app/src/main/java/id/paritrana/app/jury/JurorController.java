package id.paritrana.app.jury;

import java.util.List;
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

import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.edition.EditionChoice;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.security.SignedInUser;

/**
 * A juror's own page of an edition: the teams they sit on, the nominees of those teams
 * (to declare a conflict of interest against, with a reason), the nominees assigned to
 * them and their interview schedule.
 */
@Controller
class JurorController {

	static final String VIEW = "jury/mine";

	private final Editions editions;

	private final EditionChoice choice;

	private final Shortlists shortlists;

	private final Panels panels;

	private final Conflicts conflicts;

	private final Assignments assignments;

	private final InterviewSchedule schedule;

	JurorController(Editions editions, EditionChoice choice, Shortlists shortlists, Panels panels, Conflicts conflicts,
			Assignments assignments, InterviewSchedule schedule) {
		this.choice = choice;
		this.editions = editions;
		this.shortlists = shortlists;
		this.panels = panels;
		this.conflicts = conflicts;
		this.assignments = assignments;
		this.schedule = schedule;
	}

	/** The page of the edition the juror works in. */
	@GetMapping("/penilaian-saya")
	String chosen(@AuthenticationPrincipal SignedInUser me) {
		JuryAccess.requireJuror(me);
		return this.choice.of(me.getUsername())
			.map(year -> "redirect:/edisi/" + year + "/penilaian-saya")
			.orElse("redirect:/");
	}

	@GetMapping("/edisi/{year}/penilaian-saya")
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, Model model) {
		JuryAccess.requireJuror(me);
		model.addAttribute("edition", this.editions.require(year));
		String juror = me.getUsername();
		List<String> scopes = this.panels.scopesOf(year, juror);
		Set<String> declared = this.conflicts.declaredBy(year, juror)
			.stream()
			.map(Conflicts.Conflict::candidateCode)
			.collect(Collectors.toSet());
		model.addAttribute("scopes", scopes);
		model.addAttribute("nominees",
				scopes.stream().flatMap(s -> this.shortlists.nomineesOf(year, s).stream()).toList());
		model.addAttribute("declared", declared);
		model.addAttribute("declarations", this.conflicts.declaredBy(year, juror));
		model.addAttribute("assignments", this.assignments.ofJuror(year, juror));
		model.addAttribute("slots", this.schedule.ofJuror(year, juror));
		// a juror without a team here is pointed to the editions where they sit on one
		model.addAttribute("assignedIn",
				scopes.isEmpty() ? this.editions.list()
					.stream()
					.map(e -> e.awardYear())
					.filter(y -> y != year && !this.panels.scopesOf(y, juror).isEmpty())
					.toList() : List.of());
		return VIEW;
	}

	@PostMapping("/edisi/{year}/penilaian-saya/konflik")
	String declare(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@RequestParam(defaultValue = "") String candidate, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return JuryAccess.act("/edisi/" + year + "/penilaian-saya", redirect,
				() -> this.conflicts.declare(me, year, candidate, reason));
	}

}
