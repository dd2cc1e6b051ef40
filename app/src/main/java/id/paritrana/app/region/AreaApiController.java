package id.paritrana.app.region;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.paritrana.app.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The administrative areas as JSON. */
@RestController
@RequestMapping("/api/v1/wilayah")
@Tag(name = "wilayah", description = "Administrative areas (Kemendagri codes)")
class AreaApiController {

	private final Areas areas;

	AreaApiController(Areas areas) {
		this.areas = areas;
	}

	/** An area with the areas above and below it. */
	record AreaView(Area area, List<Area> ancestors, List<Area> children) {
	}

	@GetMapping
	@Operation(summary = "The 38 provinces")
	List<Area> provinces() {
		return this.areas.provinces();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One area by code, with its ancestors and children")
	AreaView area(@PathVariable String code) {
		Area area = this.areas.find(code).orElseThrow(() -> new NotFoundException(code));
		return new AreaView(area, this.areas.ancestors(area), this.areas.children(area));
	}

	@GetMapping("/cari")
	@Operation(summary = "Areas whose name contains q or whose code starts with q (at most 50)")
	List<Area> search(@RequestParam(defaultValue = "") String q) {
		return this.areas.search(q);
	}

}
