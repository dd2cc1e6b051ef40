package id.paritrana.app.assessment;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.paritrana.app.edition.Editions;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Shortlist;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Shortlists as JSON, for whoever runs the level: the national secretariat anywhere, a
 * province's committee in its province (DESIGN §3 SELEKSI).
 */
@RestController
@RequestMapping("/api/v1/editions/{year}/levels/{scope}/shortlists/{category}")
@Tag(name = "shortlists", description = "Nominees of each level, category and scope (DESIGN §3 SELEKSI)")
class ShortlistApiController {

	private final Editions editions;

	private final Shortlists shortlists;

	ShortlistApiController(Editions editions, Shortlists shortlists) {
		this.editions = editions;
		this.shortlists = shortlists;
	}

	/**
	 * A shortlist with the settings it is made by.
	 *
	 * @param interview false when the category is ranked on the desk score only (no jury
	 * aspect)
	 */
	record ShortlistView(Category category, String scope, Shortlist settings, boolean interview,
			List<Shortlists.Nominee> nominees) {
	}

	/** A candidate the committee adds, and why. */
	record Addition(String candidate, String reason) {
	}

	@GetMapping
	@Operation(summary = "The nominees of a category in a level scope (province code, or ID), with the settings")
	ShortlistView get(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable Category category) {
		this.shortlists.authorize(me, scope);
		this.editions.require(year);
		return new ShortlistView(category, scope, this.shortlists.settings(year, category),
				this.shortlists.interviewed(year, category),
				this.shortlists.nominees(year, Level.ofScope(scope), category, scope));
	}

	@PostMapping
	@Operation(summary = "Make the shortlist: the top N eligible candidates by desk rank with at least the minimum "
			+ "desk score (ties at rank N all enter); replaces the automatic nominees, keeps the added ones")
	Shortlists.Made make(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable Category category) {
		return this.shortlists.make(me, year, category, scope);
	}

	@PostMapping("/nominees")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an eligible candidate of the scope as a nominee, with a written reason (audited)")
	Shortlists.Nominee add(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable Category category, @RequestBody Addition addition) {
		return this.shortlists.add(me, year, category, scope, addition.candidate(), addition.reason());
	}

	@DeleteMapping("/nominees/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a nominee, with a written reason (audited)")
	void remove(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable Category category, @PathVariable String code, @RequestParam(required = false) String reason) {
		this.shortlists.remove(me, year, category, scope, code, reason);
	}

}
