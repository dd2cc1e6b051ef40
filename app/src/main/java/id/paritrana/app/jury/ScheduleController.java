package id.paritrana.app.jury;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
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
import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The interview schedule of a level: printable, one table per day with the assigned
 * jurors; setting a slot.
 */
@Controller
class ScheduleController {

	static final String VIEW = "jury/schedule";

	private final Editions editions;

	private final Shortlists shortlists;

	private final Panels panels;

	private final InterviewSchedule schedule;

	ScheduleController(Editions editions, Shortlists shortlists, Panels panels, InterviewSchedule schedule) {
		this.editions = editions;
		this.shortlists = shortlists;
		this.panels = panels;
		this.schedule = schedule;
	}

	@GetMapping("/edisi/{year}/jadwal/{scope}")
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			Model model) {
		this.panels.authorize(me, scope);
		this.panels.requireLevel(year, scope);
		JuryAccess.levelPage(model, this.editions.require(year), scope, "jadwal");
		Level level = Level.ofScope(scope);
		List<Shortlists.Nominee> nominees = this.shortlists.nomineesOf(year, scope)
			.stream()
			.filter(n -> this.shortlists.interviewed(year, n.category()))
			.toList();
		model.addAttribute("days", this.schedule.byDay(year, scope));
		model.addAttribute("nominees", nominees);
		model.addAttribute("categories", Arrays.stream(Category.values()).filter(c -> c.assessedAt(level)).toList());
		return VIEW;
	}

	@PostMapping("/edisi/{year}/jadwal/{scope}")
	String set(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestParam(defaultValue = "") String nominee,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime start,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime end,
			@RequestParam(defaultValue = "") String place, RedirectAttributes redirect) {
		this.panels.authorize(me, scope);
		return JuryAccess.act("/edisi/" + year + "/jadwal/" + scope, redirect, () -> {
			// the nominee is chosen as CATEGORY/code from the list of the level's
			// nominees
			int slash = nominee.indexOf('/');
			Category category = Arrays.stream(Category.values())
				.filter(c -> slash > 0 && c.name().equals(nominee.substring(0, slash)))
				.findFirst()
				.orElse(Category.PEMKAB_PEMKOT);
			this.schedule.set(me, year, scope, category, nominee.substring(slash + 1),
					new InterviewSchedule.SlotRequest(date, start, end, place));
		});
	}

}
