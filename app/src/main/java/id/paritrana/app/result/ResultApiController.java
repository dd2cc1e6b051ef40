package id.paritrana.app.result;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.paritrana.app.edition.PreconditionsRefusedException;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Final results of a level, their determination and revisions as JSON, for whoever runs
 * the level: the national secretariat, or a province's committee for its province.
 */
@RestController
@RequestMapping("/api/v1/editions/{year}/results/{scope}")
@Tag(name = "results", description = "Final results, determination into signed snapshots, revisions (DESIGN §5.8)")
class ResultApiController {

	private final Determinations determinations;

	private final Results results;

	private final Stages stages;

	private final MessageSource messages;

	ResultApiController(Determinations determinations, Results results, Stages stages, MessageSource messages) {
		this.messages = messages;
		this.determinations = determinations;
		this.results = results;
		this.stages = stages;
	}

	/**
	 * A snapshot with its canonical rows, inputs (without their text) and zone awards.
	 */
	record SnapshotView(Snapshot snapshot, List<ResultRow> rows, List<Results.SnapshotInput> inputs,
			List<ZoneWinner> zoneAwards) {
	}

	/** Why a revision corrects the determined results. */
	record Revision(String reason) {
	}

	@GetMapping("/preview")
	@Operation(summary = "The final results of a level as they stand now, before determination: per category, "
			+ "desk, jury and final scores, ranks and flags")
	LevelResults preview(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope) {
		return this.determinations.preview(me, year, scope);
	}

	/** Determining despite blocking preconditions: why (ADMIN_NASIONAL only; audited). */
	record Determination(String overrideReason) {
	}

	@PostMapping("/determination")
	@Operation(summary = "Determine a level (its PENETAPAN running): freeze its final results into snapshot "
			+ "revision 1 with its SHA-256, lock the level, promote a province's juara 1 to the national level. "
			+ "A nominee with fewer submitted sheets than the minimum of jurors answers 409 with the list in "
			+ "'preconditions', unless ADMIN_NASIONAL gives an overrideReason (audited with them)")
	@ApiResponse(responseCode = "200", description = "The snapshot")
	@ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
	Snapshot determine(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestBody(required = false) Determination determination) {
		return this.determinations.determine(me, year, scope,
				(determination == null) ? null : determination.overrideReason());
	}

	@ExceptionHandler
	ProblemDetail refused(PreconditionsRefusedException ex, Locale locale) {
		return ex.problem(this.messages, locale);
	}

	@PostMapping("/revisions")
	@Operation(summary = "Correct a determined level with a reason: a new numbered revision; the one before is "
			+ "kept, superseded (national secretariat only)")
	Snapshot revise(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestBody(required = false) Revision revision) {
		return this.determinations.revise(me, year, scope, (revision == null) ? null : revision.reason());
	}

	@GetMapping("/snapshots")
	@Operation(summary = "Every revision of a level's snapshot, oldest first, with the reasons")
	List<Snapshot> revisions(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String scope) {
		authorize(me, scope);
		this.stages.stagesOf(year, scope);
		return this.results.revisions(year, scope);
	}

	@GetMapping("/snapshots/{revision}")
	@Operation(summary = "One revision of a level's snapshot: canonical rows (results.csv of DESIGN §7.1 with "
			+ "aspect scores), rubrics, data set and jury digests, zone awards")
	SnapshotView snapshot(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable int revision) {
		Snapshot s = find(me, year, scope, revision);
		return new SnapshotView(s, this.results.rows(s.id()),
				this.results.inputs(s.id())
					.stream()
					.map(i -> new Results.SnapshotInput(i.kind(), i.name(), i.version(), i.sha256(), null))
					.toList(),
				this.results.zoneAwards(s.id()));
	}

	@GetMapping("/snapshots/{revision}/verification")
	@Operation(summary = "Recompute a snapshot's SHA-256 from its stored parts and compare it with the stored one")
	Results.Verification verify(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String scope, @PathVariable int revision) {
		return this.results.verify(find(me, year, scope, revision).id());
	}

	private Snapshot find(SignedInUser me, int year, String scope, int revision) {
		authorize(me, scope);
		this.stages.stagesOf(year, scope);
		return this.results.revisions(year, scope)
			.stream()
			.filter(s -> s.revision() == revision)
			.findFirst()
			.orElseThrow(() -> new id.paritrana.app.system.NotFoundException("revision " + revision));
	}

	private void authorize(SignedInUser me, String scope) {
		if (!this.stages.runs(me, scope)) {
			throw new AccessDeniedException("results of level " + scope + " are outside the user's role or scope");
		}
	}

}
