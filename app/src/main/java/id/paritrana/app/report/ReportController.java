package id.paritrana.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;

import id.paritrana.app.edition.Editions;
import id.paritrana.app.result.Results;
import id.paritrana.app.result.Snapshot;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.AreaNames;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.score.Robustness;

/**
 * Exports of a determined level's revision (decree annex as XLSX and PDF, results.csv
 * through the API) and what changed between two revisions, for those who run the level.
 */
@Controller
class ReportController {

	static final String CHANGES_VIEW = "report/changes";

	static final String ROBUSTNESS_VIEW = "report/robustness";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final LevelSnapshots snapshots;

	private final DecreeAnnex annex;

	private final Changes changes;

	private final Results results;

	private final Editions editions;

	private final AreaNames areas;

	private final WeightRobustness robustness;

	ReportController(LevelSnapshots snapshots, DecreeAnnex annex, Changes changes, Results results, Editions editions,
			AreaNames areas, WeightRobustness robustness) {
		this.robustness = robustness;
		this.snapshots = snapshots;
		this.annex = annex;
		this.changes = changes;
		this.results = results;
		this.editions = editions;
		this.areas = areas;
	}

	@GetMapping("/edisi/{year}/hasil/{scope}/revisi/{revision}/lampiran.xlsx")
	void xlsx(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable int revision, HttpServletResponse response) throws IOException {
		Snapshot snapshot = this.snapshots.require(me, year, scope, revision);
		attachment(response, XLSX, name(snapshot) + ".xlsx");
		this.annex.xlsx(snapshot, response.getOutputStream());
	}

	@GetMapping("/edisi/{year}/hasil/{scope}/revisi/{revision}/lampiran.pdf")
	void pdf(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable int revision, HttpServletResponse response) throws IOException {
		Snapshot snapshot = this.snapshots.require(me, year, scope, revision);
		attachment(response, MediaType.APPLICATION_PDF, name(snapshot) + ".pdf");
		String region = this.areas.ofScope(scope);
		this.annex.pdf(snapshot, region, response.getOutputStream());
	}

	@GetMapping("/api/v1/editions/{year}/results/{scope}/snapshots/{revision}/results.csv")
	@Operation(summary = "A revision of a level's snapshot as results.csv (DESIGN §7.1), text/csv")
	ResponseEntity<String> csv(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String scope, @PathVariable int revision) {
		Snapshot snapshot = this.snapshots.require(me, year, scope, revision);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(this.results.resultsCsv(snapshot.id()));
	}

	@GetMapping("/edisi/{year}/hasil/{scope}/perubahan")
	String changes(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestParam(name = "dari", required = false) Integer from,
			@RequestParam(name = "ke", required = false) Integer to, Model model) {
		this.snapshots.authorize(me, scope);
		var revisions = this.results.revisions(year, scope);
		if (revisions.size() < 2 && (from == null || to == null)) {
			throw new InvalidInputException("ke", "report.changes.needTwo");
		}
		int later = (to != null) ? to : revisions.get(revisions.size() - 1).revision();
		int earlier = (from != null) ? from : later - 1;
		model.addAttribute("edition", this.editions.require(year));
		model.addAttribute("scope", scope);
		model.addAttribute("revisions", revisions);
		model.addAttribute("comparison", this.changes.between(this.snapshots.require(me, year, scope, earlier),
				this.snapshots.require(me, year, scope, later)));
		return CHANGES_VIEW;
	}

	/**
	 * Robustness of a category's desk or final ranking in a scope (DESIGN §5.9); basis
	 * and parameters shown and settable, final by default once the category has jury
	 * scores.
	 */
	@GetMapping("/edisi/{year}/ketahanan/{scope}")
	String robustness(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestParam(name = "kategori", defaultValue = "PEMKAB_PEMKOT") Category category,
			@RequestParam(name = "d", defaultValue = "0.2") double spread,
			@RequestParam(name = "draws", defaultValue = "1000") int draws,
			@RequestParam(name = "seed", defaultValue = "20170101") long seed,
			@RequestParam(name = "dasar", required = false) Robustness.Basis basis, Model model) {
		this.snapshots.authorize(me, scope);
		model.addAttribute("edition", this.editions.require(year));
		model.addAttribute("scope", scope);
		model.addAttribute("categories",
				java.util.Arrays.stream(Category.values()).filter(c -> c.assessedAt(Level.ofScope(scope))).toList());
		model.addAttribute("analysis", this.robustness.analyse(year, category, scope, basis, spread, draws, seed));
		model.addAttribute("bases", Robustness.Basis.values());
		return ROBUSTNESS_VIEW;
	}

	private static String name(Snapshot s) {
		return "lampiran-" + s.editionYear() + "-" + s.scope() + "-revisi-" + s.revision();
	}

	private static void attachment(HttpServletResponse response, MediaType type, String name) {
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
	}

}
