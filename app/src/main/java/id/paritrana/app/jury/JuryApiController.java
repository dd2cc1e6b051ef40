package id.paritrana.app.jury;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.paritrana.app.edition.Editions;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.rubric.Category;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Assessment teams, conflicts of interest, juror assignments and the interview schedule
 * of a level as JSON, for whoever runs the level (the national secretariat anywhere, a
 * province's committee in its province); a juror's own view under {@code /my-assessment}.
 */
@RestController
@RequestMapping("/api/v1/editions/{year}")
@Tag(name = "juries", description = "Assessment teams, conflicts of interest, juror assignments and interviews")
class JuryApiController {

	private final Editions editions;

	private final Panels panels;

	private final Conflicts conflicts;

	private final Assignments assignments;

	private final InterviewSchedule schedule;

	JuryApiController(Editions editions, Panels panels, Conflicts conflicts, Assignments assignments,
			InterviewSchedule schedule) {
		this.editions = editions;
		this.panels = panels;
		this.conflicts = conflicts;
		this.assignments = assignments;
		this.schedule = schedule;
	}

	/** A level's panel: its members and chair. */
	record PanelView(String scope, String chair, List<Panels.Member> members) {
	}

	/** A conflict a juror declares: with which candidate and why. */
	record Declaration(String candidate, String reason) {
	}

	/**
	 * What a juror sees of an edition: their panels, nominees assigned, interviews and
	 * declared conflicts.
	 */
	record MyAssessment(List<String> panels, List<Assignments.Assignment> assignments,
			List<InterviewSchedule.Slot> interviews, List<Conflicts.Conflict> declaredConflicts) {
	}

	@GetMapping("/levels/{scope}/panel")
	@Operation(summary = "The assessment team of a level: a province's Tim Penilai or the national jury (ID)")
	PanelView panel(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope) {
		this.panels.authorize(me, scope);
		this.panels.requireLevel(year, scope);
		return new PanelView(scope, this.panels.chairOf(year, scope).orElse(null), this.panels.members(year, scope));
	}

	@PutMapping("/levels/{scope}/panel/{username}")
	@Operation(summary = "Add a juror account to the team or change their role, agency and affiliation (audited); "
			+ "one chair (KETUA) per team")
	Panels.Member saveMember(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String scope, @PathVariable String username, @RequestBody Panels.MemberDetails details) {
		return this.panels.save(me, year, scope, username, details);
	}

	@DeleteMapping("/levels/{scope}/panel/{username}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a juror without assignments from the team (audited)")
	void removeMember(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable String username) {
		this.panels.remove(me, year, scope, username);
	}

	@GetMapping("/levels/{scope}/conflicts")
	@Operation(summary = "Every conflict of interest between the team's jurors and the level's nominees, "
			+ "declared or derived from affiliation")
	List<Conflicts.Conflict> conflicts(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String scope) {
		this.panels.authorize(me, scope);
		this.panels.requireLevel(year, scope);
		List<Conflicts.Conflict> all = new ArrayList<>();
		this.conflicts.conflictsOf(year, scope).values().forEach(byCandidate -> all.addAll(byCandidate.values()));
		return all;
	}

	@PostMapping("/conflicts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A juror declares a conflict of interest with a nominee of their team, with a reason")
	Conflicts.Conflict declare(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@RequestBody Declaration declaration) {
		return this.conflicts.declare(me, year, declaration.candidate(), declaration.reason());
	}

	@GetMapping("/levels/{scope}/assignments")
	@Operation(summary = "The jurors assigned to the level's nominees (one category, or all)")
	List<Assignments.Assignment> assignments(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String scope, @RequestParam(required = false) Category category) {
		this.panels.authorize(me, scope);
		this.panels.requireLevel(year, scope);
		return this.assignments.of(year, scope, category);
	}

	@PostMapping("/levels/{scope}/assignments/{category}")
	@Operation(summary = "Assign jurors automatically: at least the edition's minimum per nominee, never across a "
			+ "conflict, balanced load, deterministic; replaces the category's assignments (audited)")
	Assignments.Assigned assign(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String scope, @PathVariable Category category) {
		return this.assignments.assign(me, year, scope, category);
	}

	@GetMapping("/levels/{scope}/assignments/{category}/{candidate}/offered")
	@Operation(summary = "The team's jurors that may be added to a nominee: not assigned yet and without a conflict")
	List<Panels.Member> offered(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String scope, @PathVariable Category category, @PathVariable String candidate) {
		this.panels.authorize(me, scope);
		this.panels.requireLevel(year, scope);
		this.assignments.requireNominee(year, scope, category, candidate);
		return this.assignments.offered(year, scope, category, candidate);
	}

	@PutMapping("/levels/{scope}/assignments/{category}/{candidate}/{juror}")
	@Operation(summary = "Assign a juror to a nominee by hand; refused (and audited) across a conflict")
	Assignments.Assignment addJuror(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String scope, @PathVariable Category category, @PathVariable String candidate,
			@PathVariable String juror) {
		return this.assignments.add(me, year, scope, category, candidate, juror);
	}

	@DeleteMapping("/levels/{scope}/assignments/{category}/{candidate}/{juror}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take a juror off a nominee by hand (audited)")
	void removeJuror(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable Category category, @PathVariable String candidate, @PathVariable String juror) {
		this.assignments.remove(me, year, scope, category, candidate, juror);
	}

	@GetMapping("/levels/{scope}/schedule")
	@Operation(summary = "The interview schedule of a level, by day and time, with the assigned jurors")
	List<InterviewSchedule.Slot> schedule(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String scope) {
		this.panels.authorize(me, scope);
		this.panels.requireLevel(year, scope);
		return this.schedule.of(year, scope);
	}

	@PutMapping("/levels/{scope}/schedule/{category}/{candidate}")
	@Operation(summary = "Set a nominee's interview: date, start, end, place or online link; no overlap in the team")
	InterviewSchedule.Slot setSlot(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String scope, @PathVariable Category category, @PathVariable String candidate,
			@RequestBody InterviewSchedule.SlotRequest slot) {
		return this.schedule.set(me, year, scope, category, candidate, slot);
	}

	@GetMapping("/my-assessment")
	@Operation(summary = "A juror's own teams, assigned nominees, interview schedule and declared conflicts")
	MyAssessment mine(@AuthenticationPrincipal SignedInUser me, @PathVariable int year) {
		JuryAccess.requireJuror(me);
		this.editions.require(year);
		return new MyAssessment(this.panels.scopesOf(year, me.getUsername()),
				this.assignments.ofJuror(year, me.getUsername()), this.schedule.ofJuror(year, me.getUsername()),
				this.conflicts.declaredBy(year, me.getUsername()));
	}

}
