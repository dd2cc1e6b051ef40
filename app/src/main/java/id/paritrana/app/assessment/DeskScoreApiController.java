package id.paritrana.app.assessment;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.paritrana.app.dataset.ResultGuardAccess;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Desk scores of an edition as JSON: computed by the national secretariat, read within
 * each user's scope.
 */
@RestController
@RequestMapping("/api/v1/editions/{year}/desk-scores")
@Tag(name = "desk scores", description = "Desk scores and ranks of the candidates of an edition (DESIGN §5.3–§5.4)")
class DeskScoreApiController {

	private final Editions editions;

	private final DeskScores deskScores;

	private final Leaderboards leaderboards;

	private final Scorecards scorecards;

	private final ObjectProvider<ScorecardReaders> readers;

	DeskScoreApiController(Editions editions, DeskScores deskScores, Leaderboards leaderboards, Scorecards scorecards,
			ObjectProvider<ScorecardReaders> readers) {
		this.editions = editions;
		this.deskScores = deskScores;
		this.leaderboards = leaderboards;
		this.scorecards = scorecards;
		this.readers = readers;
	}

	/** A leaderboard page with the computation it comes from (null before the first). */
	record Board(DeskScores.Run run, Leaderboards.Page page) {
	}

	@PostMapping
	@Operation(summary = "Compute and store the desk scores of every candidate from the stored measures")
	DeskScores.Computed compute(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@RequestParam(required = false) String overrideReason) {
		ResultGuardAccess.requireMayOverride(me, overrideReason);
		return this.deskScores.computeRequested(year, me.getUsername(),
				Optional.ofNullable(overrideReason).filter(r -> !r.isBlank()));
	}

	@GetMapping
	@Operation(summary = "A leaderboard: one category at one level, filtered, searched, sorted and paged; "
			+ "a provincial committee or verifier sees its own province only")
	Board board(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@RequestParam(defaultValue = "PEMKAB_PEMKOT") Category category,
			@Parameter(description = "default: the level the category enters the award at") @RequestParam(
					required = false) Level level,
			@Parameter(description = "province code, or ID; default: every scope") @RequestParam(
					required = false) String scope,
			@RequestParam(required = false) Boolean eligible, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "RANK") Leaderboards.Sort sort, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "50") int size) {
		Level at = (level != null) ? level : category.entryLevel();
		Optional<String> shown = DeskScoreAccess.boardScope(me, at,
				Optional.ofNullable(scope).filter(s -> !s.isBlank()));
		this.editions.require(year);
		return new Board(this.deskScores.run(year).orElse(null), this.leaderboards.board(year,
				new Leaderboards.Query(at, category, shown, Optional.ofNullable(eligible), q, sort, page, size)));
	}

	@GetMapping("/{level}/{category}/{code}")
	@Operation(summary = "The scorecard of one candidate: every indicator's raw inputs, measure, rule, score, "
			+ "weighted contribution, flags and standing among its peers (DESIGN §5.7)")
	Scorecards.Scorecard scorecard(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable Level level, @PathVariable Category category, @PathVariable String code) {
		return this.scorecards.scorecard(year,
				DeskScoreAccess.visibleCandidate(me, level, code,
						() -> this.scorecards.candidate(year, level, category, code),
						() -> this.readers.stream().anyMatch(r -> r.mayRead(me, year, level, category, code))));
	}

}
