package id.paritrana.app.edition;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.paritrana.app.security.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The stages of a level of an edition as JSON ({@code ID} for the national level, or a
 * province code): whoever runs the level (as on its page) reads the timeline, moves it
 * forward and plans it; only the national secretariat moves it back, with a reason.
 */
@RestController
@RequestMapping("/api/v1/editions/{year}/levels/{scope}/stages")
@Tag(name = "stages", description = "Stages of the national and provincial levels of an edition")
class StageApiController {

	private final Stages stages;

	private final LevelLocks locks;

	private final MessageSource messages;

	StageApiController(Stages stages, LevelLocks locks, MessageSource messages) {
		this.stages = stages;
		this.locks = locks;
		this.messages = messages;
	}

	/**
	 * Moving forward despite blocking preconditions: why (ADMIN_NASIONAL only; audited).
	 */
	record Advance(String overrideReason) {
	}

	/**
	 * The move a level would make now: the stage it starts and what is incomplete for it.
	 */
	record NextMove(String scope, Stage starting, boolean blocked,
			List<StagePreconditions.Precondition> preconditions) {
	}

	/** Why the national secretariat closes a provincial level without a determination. */
	record Closure(String reason) {
	}

	/** The stages of a level and the stage it is in. */
	record LevelView(String scope, Stage current, List<StageStatus> stages) {
	}

	/** Moving back: the stage to run again and why. */
	record MoveBack(Stage stage, String reason) {
	}

	/** Planned dates of one stage; either may be empty. */
	record Plan(LocalDate plannedStart, LocalDate plannedEnd) {
	}

	@GetMapping
	@Operation(summary = "The stages of a level, in order, with planned dates and states")
	LevelView list(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope) {
		if (!this.stages.runs(me, scope)) {
			throw new AccessDeniedException("level " + scope + " is outside the user's role or scope");
		}
		return view(scope, this.stages.stagesOf(year, scope));
	}

	@GetMapping("/advance")
	@Operation(summary = "What moving forward would start, and what is incomplete for it (the preconditions; "
			+ "blocking ones refuse the move unless overridden)")
	NextMove nextMove(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope) {
		Stages.Move move = this.stages.nextMove(me, year, scope);
		return new NextMove(scope, move.starting(), move.blocked(), move.preconditions());
	}

	@PostMapping("/advance")
	@Operation(summary = "Start the next stage (finishing the running one). Blocking preconditions (nominees short "
			+ "of jurors before WAWANCARA; nominees short of submitted sheets before PENETAPAN) answer 409 with "
			+ "the list in 'preconditions', unless ADMIN_NASIONAL gives an overrideReason (audited with them)")
	@ApiResponse(responseCode = "200", description = "The level after the move")
	@ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
	LevelView advance(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestBody(required = false) Advance advance) {
		return view(scope, this.stages.advance(me, year, scope, (advance == null) ? null : advance.overrideReason()));
	}

	@PostMapping("/back")
	@Operation(summary = "Run an earlier stage again (ADMIN_NASIONAL, with a reason; audited)")
	LevelView back(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestBody MoveBack move) {
		return view(scope, this.stages.moveBack(me, year, scope, move.stage(), move.reason()));
	}

	@PutMapping("/{stage}")
	@Operation(summary = "Set the planned dates of one stage")
	LevelView plan(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable Stage stage, @RequestBody Plan plan) {
		return view(scope, this.stages.plan(me, year, scope, stage, plan.plannedStart(), plan.plannedEnd()));
	}

	@PostMapping("/closure")
	@Operation(summary = "Close a provincial level explicitly, with a reason, so the national SELEKSI need not "
			+ "wait for its determination; no snapshot, no promotion (ADMIN_NASIONAL; audited)")
	LevelLocks.Lock close(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestBody(required = false) Closure closure) {
		return this.locks.close(me, year, scope, (closure == null) ? null : closure.reason());
	}

	@ExceptionHandler
	ProblemDetail refused(PreconditionsRefusedException ex, Locale locale) {
		return ex.problem(this.messages, locale);
	}

	private static LevelView view(String scope, List<StageStatus> stages) {
		return new LevelView(scope, new LevelStages(stages).current(), stages);
	}

}
