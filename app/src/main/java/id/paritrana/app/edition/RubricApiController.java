package id.paritrana.app.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.paritrana.engine.rubric.Category;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The rubrics of an edition as JSON: everyone signed in reads them (they are published
 * with the edition), the national secretariat changes weights and thresholds until
 * SELEKSI starts.
 */
@RestController
@RequestMapping("/api/v1/editions/{year}/rubrics")
@Tag(name = "rubrics", description = "Each edition's rubrics: weights and thresholds")
class RubricApiController {

	private final Editions editions;

	private final EditionRubrics rubrics;

	RubricApiController(Editions editions, EditionRubrics rubrics) {
		this.editions = editions;
		this.rubrics = rubrics;
	}

	/**
	 * A rubric: its version, whether it is locked, its editable values by path (the paths
	 * of docs/rubric-format.md) and its full text in the rubric format.
	 */
	record RubricView(Category category, int version, boolean locked, Map<String, String> values, String yaml) {
	}

	/**
	 * A change: the version it was made on and the new values by path (paths not given
	 * keep theirs).
	 */
	record RubricChange(Integer version, Map<String, String> values) {
	}

	@GetMapping
	@Operation(summary = "Every rubric of an edition, in the order of the categories")
	List<RubricView> list(@PathVariable int year) {
		this.editions.require(year);
		List<RubricView> all = new ArrayList<>();
		for (Category category : Category.values()) {
			all.add(view(year, category));
		}
		return all;
	}

	@GetMapping("/{category}")
	@Operation(summary = "The rubric of one category in an edition")
	RubricView get(@PathVariable int year, @PathVariable Category category) {
		this.editions.require(year);
		return view(year, category);
	}

	@PutMapping("/{category}")
	@Operation(summary = "Change weights and thresholds (400 with every problem by path; refused once SELEKSI started)")
	RubricView change(@AuthenticationPrincipal UserDetails me, @PathVariable int year, @PathVariable Category category,
			@RequestBody RubricChange change) {
		this.editions.require(year);
		this.rubrics.save(me.getUsername(), year, category, (change.version() == null) ? -1 : change.version(),
				(change.values() == null) ? Map.of() : change.values());
		return view(year, category);
	}

	private RubricView view(int year, Category category) {
		EditionRubrics.RubricDraft draft = this.rubrics.draft(year, category, Map.of());
		return new RubricView(category, draft.version(), draft.locked(), draft.values(), draft.yaml());
	}

}
