package id.paritrana.app.jury;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The jurors' scoring sheets and the panels as JSON (DESIGN §5.5): a juror reads and
 * writes only their own sheets; the chair, committee and national secretariat read the
 * panels.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "jury scoring", description = "Jurors' scoring sheets of the interview stage and the panels (DESIGN §5.5)")
class JuryScoringApiController {

	private final JuryScoring scoring;

	private final PanelProgress panels;

	private final MessageSource messages;

	JuryScoringApiController(JuryScoring scoring, PanelProgress panels, MessageSource messages) {
		this.scoring = scoring;
		this.panels = panels;
		this.messages = messages;
	}

	/**
	 * One sub-criterion of a save: an integer 0–100 (may be empty in a draft) and a
	 * comment.
	 */
	record ScoreInput(Integer score, String comment) {
	}

	/**
	 * A save of a sheet: the version it was made from (0 for a sheet never saved) and the
	 * scores by sub-criterion id.
	 */
	record SheetInput(Integer version, Map<String, ScoreInput> scores) {

		int versionOrNew() {
			return (this.version == null) ? 0 : this.version;
		}

	}

	/** The reason the chair gives for reopening a sheet. */
	record Reopening(String reason) {
	}

	@GetMapping("/jury/nominees")
	@Operation(summary = "The nominees assigned to the signed-in juror, without those they have a conflict with, "
			+ "with the state of their sheets")
	List<JuryScoring.Nominee> nominees(@AuthenticationPrincipal SignedInUser me) {
		return this.scoring.myNominees(me);
	}

	@GetMapping("/editions/{year}/jury/{level}/{category}/{code}/sheet")
	@Operation(summary = "The signed-in juror's sheet of an assigned nominee, with the nominee's summary")
	JuryScoring.Sheet sheet(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable Level level,
			@PathVariable Category category, @PathVariable String code) {
		return this.scoring.ownSheet(me, year, level, category, code);
	}

	@PutMapping("/editions/{year}/jury/{level}/{category}/{code}/sheet")
	@Operation(summary = "Save the signed-in juror's sheet as a draft (scores may be missing); "
			+ "409 when the sheet was saved since the given version")
	@ApiResponse(responseCode = "200", description = "The saved draft, with its new version")
	@ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
	JuryScoring.Sheet saveDraft(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable Level level, @PathVariable Category category, @PathVariable String code,
			@RequestBody SheetInput input) {
		return this.scoring.save(me, year, level, category, code, input.versionOrNew(), inputs(input), false);
	}

	@PostMapping("/editions/{year}/jury/{level}/{category}/{code}/sheet/submit")
	@Operation(summary = "Submit the signed-in juror's sheet: every sub-criterion scored 0–100; final unless the "
			+ "chair reopens it; 409 when the sheet was saved since the given version")
	@ApiResponse(responseCode = "200", description = "The submitted sheet")
	@ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
	JuryScoring.Sheet submit(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable Level level, @PathVariable Category category, @PathVariable String code,
			@RequestBody SheetInput input) {
		return this.scoring.save(me, year, level, category, code, input.versionOrNew(), inputs(input), true);
	}

	@GetMapping("/editions/{year}/jury/{level}/{category}/{code}/sheets/{juror}")
	@Operation(summary = "One juror's sheet: the juror's own, or any sheet of the level for its chair, committee or "
			+ "the national secretariat once the interview stage is done")
	JuryScoring.Sheet jurorSheet(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable Level level, @PathVariable Category category, @PathVariable String code,
			@PathVariable String juror) {
		return this.scoring.jurorSheet(me, year, level, category, code, juror);
	}

	@PostMapping("/editions/{year}/jury/{level}/{category}/{code}/sheets/{juror}/reopen")
	@Operation(summary = "The chair of the level's team reopens a submitted sheet with a reason: a draft again")
	JuryScoring.Sheet reopen(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable Level level, @PathVariable Category category, @PathVariable String code,
			@PathVariable String juror, @RequestBody(required = false) Reopening reopening) {
		return this.scoring.reopen(me, year, level, category, code, juror,
				(reopening == null) ? null : reopening.reason());
	}

	/** Several sheets to reopen with one reason. */
	record Reopenings(List<JuryScoring.SheetChoice> sheets, String reason) {
	}

	@PostMapping("/editions/{year}/jury/sheets/reopen")
	@Operation(summary = "The chair of the level's team reopens several submitted sheets with one reason, all or "
			+ "nothing: each is reopened and audited as a single reopening; when any cannot be (not a nominee, no "
			+ "sheet, not submitted, the interviews not running) none is, and each such sheet is named in the "
			+ "problems; a sheet of a level the caller does not chair is refused (403)")
	List<JuryScoring.Sheet> reopenAll(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@RequestBody(required = false) Reopenings reopenings) {
		Reopenings r = (reopenings == null) ? new Reopenings(List.of(), null) : reopenings;
		return this.scoring.reopenAll(me, year, (r.sheets() == null) ? List.of() : r.sheets(), r.reason());
	}

	@GetMapping("/editions/{year}/jury/panels/{scope}")
	@Operation(summary = "The panel of a level and category: progress per nominee; once the interview stage is done "
			+ "also the jurors' scores, mean, standard deviation, jury score and Kendall's W")
	PanelProgress.Panel panel(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@Parameter(description = "a province code, or ID for the national level") @PathVariable String scope,
			@RequestParam(defaultValue = "PEMKAB_PEMKOT") Category category) {
		return this.panels.panel(me, year, scope, category);
	}

	@PostMapping("/editions/{year}/jury/panels/{scope}/imported-scores")
	@Operation(summary = "Take over the imported jury-scores data set of a level and category: each juror id of the "
			+ "file becomes a pseudo-juror with submitted sheets for the level's nominees; existing sheets stay")
	JuryScoring.TakenOver takeOver(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@Parameter(description = "a province code, or ID for the national level") @PathVariable String scope,
			@RequestParam(defaultValue = "PEMKAB_PEMKOT") Category category) {
		return this.scoring.takeOverImported(me, year,
				scope.equals(id.paritrana.app.edition.Stages.NATIONAL) ? Level.NASIONAL : Level.PROVINSI, category,
				scope);
	}

	/** A stale save: 409 with the time of the save that overtook it. */
	@ExceptionHandler
	ProblemDetail stale(StaleSheetException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage(StaleSheetException.MESSAGE_KEY,
						new Object[] { JuryScoringController.TIME.format(ex.changedAt()) }, locale));
		problem.setProperty("changedAt", ex.changedAt().toString());
		return problem;
	}

	private static Map<String, JuryScoring.Input> inputs(SheetInput input) {
		Map<String, JuryScoring.Input> inputs = new LinkedHashMap<>();
		if (input.scores() != null) {
			input.scores()
				.forEach((id, s) -> inputs.put(id,
						new JuryScoring.Input((s == null || s.score() == null) ? null : s.score().toString(),
								(s == null) ? null : s.comment())));
		}
		return inputs;
	}

}
