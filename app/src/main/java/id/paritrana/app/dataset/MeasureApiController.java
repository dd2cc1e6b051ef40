package id.paritrana.app.dataset;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.paritrana.engine.data.InvalidDataException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The §5.1 measures of an edition's candidates: computed on demand, read per candidate.
 */
@RestController
@RequestMapping("/api/v1/editions/{year}/measures")
@Tag(name = "measures", description = "Measures of the candidates of an edition")
class MeasureApiController {

	private final CandidateMeasures measures;

	MeasureApiController(CandidateMeasures measures) {
		this.measures = measures;
	}

	@PostMapping
	@Operation(summary = "Compute and store the measures of every candidate from the current data set versions; "
			+ "409 when the current versions disagree with each other (nothing is stored)")
	@ApiResponse(responseCode = "200", description = "The measures were computed and stored",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = CandidateMeasures.Computed.class)))
	@ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
	@ApiResponse(responseCode = "400",
			description = "A level of the edition is past VERIFIKASI and no overrideReason "
					+ "(national administrator only, audited) was given: problems name each level",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<?> compute(@AuthenticationPrincipal UserDetails me, @PathVariable int year,
			@RequestParam(required = false) String overrideReason) {
		ResultGuardAccess.requireMayOverride(me, overrideReason);
		try {
			return ResponseEntity.ok(this.measures.compute(year, me.getUsername(),
					java.util.Optional.ofNullable(overrideReason).filter(r -> !r.isBlank())));
		}
		catch (InvalidDataException ex) {
			// the current versions disagree with each other, e.g. contributions of
			// employers that a
			// later employers import no longer has: the data must be fixed, nothing was
			// stored
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"The current data sets of edition " + year + " do not agree with each other");
			problem.setProperty("problems", ex.lines());
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
	}

	@GetMapping("/{candidate}")
	@Operation(summary = "The stored measures of one candidate (government code or NPP); missing measures are absent")
	Map<String, Object> candidate(@PathVariable int year, @PathVariable String candidate) {
		return this.measures.of(year, candidate);
	}

}
