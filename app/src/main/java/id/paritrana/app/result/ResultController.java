package id.paritrana.app.result;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.paritrana.app.edition.Edition;
import id.paritrana.app.edition.EditionChoice;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.StageState;
import id.paritrana.app.edition.PreconditionsRefusedException;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubric;

/**
 * The results page of one level: the preview of its final results with the determination
 * ("Tetapkan", confirmed) while undetermined; afterwards the determined snapshot with its
 * digest, the canonical results.csv to download and the revision history with reasons.
 */
@Controller
class ResultController {

	private static final String VIEW = "result/results";

	private static final String COMPOSITION_VIEW = "result/composition";

	/**
	 * Times are shown in Western Indonesian Time, where the national secretariat works.
	 */

	private final Editions editions;

	private final EditionChoice choice;

	private final Stages stages;

	private final Determinations determinations;

	private final Results results;

	private final EditionRubrics rubrics;

	ResultController(Editions editions, EditionChoice choice, Stages stages, Determinations determinations,
			Results results, EditionRubrics rubrics) {
		this.choice = choice;
		this.rubrics = rubrics;
		this.editions = editions;
		this.stages = stages;
		this.determinations = determinations;
		this.results = results;
	}

	/**
	 * The results of the chosen edition at the user's own level: its province, or the
	 * national level.
	 */
	@GetMapping("/hasil")
	String chosen(@AuthenticationPrincipal SignedInUser me) {
		if (!me.hasRole(Role.ADMIN_NASIONAL) && !me.hasRole(Role.PANITIA_PROVINSI)) {
			throw new AccessDeniedException("results are for whoever runs a level");
		}
		String scope = me.hasRole(Role.ADMIN_NASIONAL) ? Stages.NATIONAL
				: me.scope().provinceCode().orElseThrow(() -> new AccessDeniedException("results need a level"));
		return this.choice.of(me.getUsername())
			.map(year -> "redirect:/edisi/" + year + "/hasil/" + scope)
			.orElse("redirect:/");
	}

	@GetMapping("/edisi/{year}/hasil/{scope}")
	String level(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			Model model) {
		authorize(me, scope);
		Optional<Snapshot> current = this.results.current(year, scope);
		if (current.isPresent()) {
			return show(me, year, scope, current.get(), model);
		}
		LevelResults preview = this.determinations.preview(me, year, scope);
		common(me, year, scope, model);
		StageState penetapan = this.stages.stages(year, scope).get(Stage.PENETAPAN.ordinal()).state();
		model.addAttribute("results", preview);
		model.addAttribute("ties", this.determinations.ties(preview));
		model.addAttribute("mayDetermine", penetapan == StageState.BERJALAN);
		model.addAttribute("mayOverride", me.hasRole(Role.ADMIN_NASIONAL));
		return VIEW;
	}

	@GetMapping("/edisi/{year}/hasil/{scope}/revisi/{revision}")
	String revision(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable int revision, Model model) {
		return show(me, year, scope, find(me, year, scope, revision), model);
	}

	@GetMapping("/edisi/{year}/hasil/{scope}/revisi/{revision}/hasil.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String scope, @PathVariable int revision) {
		Snapshot snapshot = find(me, year, scope, revision);
		String name = "hasil-" + year + "-" + scope + "-revisi-" + revision + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(this.results.resultsCsv(snapshot.id()).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/edisi/{year}/hasil/{scope}/tetapkan")
	String determine(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam(required = false) String overrideReason, RedirectAttributes redirect) {
		return act(year, scope, redirect, () -> {
			if (!confirmed) {
				// authorised first, so that an unconfirmed request outside the scope is
				// still a 403
				authorize(me, scope);
				throw new InvalidInputException("confirmed", "result.error.confirm");
			}
			try {
				this.determinations.determine(me, year, scope, overrideReason);
			}
			catch (PreconditionsRefusedException ex) {
				redirect.addFlashAttribute("preconditions", ex.preconditions());
				throw new InvalidInputException("overrideReason", "result.error.preconditions");
			}
		});
	}

	@PostMapping("/edisi/{year}/hasil/{scope}/revisi")
	String revise(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(year, scope, redirect, () -> this.determinations.revise(me, year, scope, reason));
	}

	private String show(SignedInUser me, int year, String scope, Snapshot snapshot, Model model) {
		common(me, year, scope, model);
		List<ResultRow> rows = this.results.rows(snapshot.id());
		model.addAttribute("snapshot", snapshot);
		LevelResults frozen = new LevelResults(year, snapshot.level(), scope, rows,
				this.results.zoneAwards(snapshot.id()), "");
		model.addAttribute("results", frozen);
		model.addAttribute("ties", this.determinations.ties(frozen));
		model.addAttribute("verification", this.results.verify(snapshot.id()));
		model.addAttribute("inputs", this.results.inputs(snapshot.id()));
		model.addAttribute("mayRevise", me.hasRole(Role.ADMIN_NASIONAL) && !snapshot.superseded());
		return VIEW;
	}

	/**
	 * How one candidate's final score is made, aspect by aspect: from the level's current
	 * snapshot (or the revision asked for) once determined, else from the preview.
	 */
	@GetMapping("/edisi/{year}/hasil/{scope}/rincian/{category}/{code}")
	String composition(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable Category category, @PathVariable String code,
			@RequestParam(name = "revisi", required = false) Integer revision, Model model) {
		authorize(me, scope);
		Optional<Snapshot> snapshot = (revision != null) ? Optional.of(find(me, year, scope, revision))
				: this.results.current(year, scope);
		List<ResultRow> rows = snapshot.map(s -> this.results.rows(s.id()))
			.orElseGet(() -> this.determinations.preview(me, year, scope).rows(category));
		ResultRow row = rows.stream()
			.filter(r -> r.category() == category && r.candidateCode().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("result of " + code + " in " + category));
		Rubric rubric = snapshot.flatMap(s -> this.results.rubric(s.id(), category))
			.orElseGet(() -> this.rubrics.rubric(year, category));
		common(me, year, scope, model);
		model.addAttribute("composition", FinalScoreComposition.of(row, snapshot.orElse(null), rubric));
		return COMPOSITION_VIEW;
	}

	private void common(SignedInUser me, int year, String scope, Model model) {
		Edition edition = this.editions.require(year);
		this.stages.stagesOf(year, scope);
		model.addAttribute("edition", edition);
		model.addAttribute("scope", scope);
		model.addAttribute("level", Level.ofScope(scope));
		model.addAttribute("revisions", this.results.revisions(year, scope));
	}

	private Snapshot find(SignedInUser me, int year, String scope, int revision) {
		authorize(me, scope);
		return this.results.revisions(year, scope)
			.stream()
			.filter(s -> s.revision() == revision)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("revision " + revision));
	}

	private void authorize(SignedInUser me, String scope) {
		if (!this.stages.runs(me, scope)) {
			throw new AccessDeniedException("results of level " + scope + " are outside the user's role or scope");
		}
	}

	/** Runs a change and shows the level again, with the problems when it was refused. */
	private static String act(int year, String scope, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/edisi/" + year + "/hasil/" + scope;
	}

}
