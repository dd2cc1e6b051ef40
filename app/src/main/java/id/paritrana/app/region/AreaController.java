package id.paritrana.app.region;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import id.paritrana.app.system.NotFoundException;

/** Browse the areas: provinces → regencies/cities → districts → villages, and search. */
@Controller
class AreaController {

	private final Areas areas;

	AreaController(Areas areas) {
		this.areas = areas;
	}

	@GetMapping("/wilayah")
	String provinces(Model model) {
		model.addAttribute("counts", this.areas.counts());
		model.addAttribute("children", this.areas.provinces());
		return "region/areas";
	}

	@GetMapping("/wilayah/{code}")
	String area(@PathVariable String code, Model model) {
		Area area = this.areas.find(code).orElseThrow(() -> new NotFoundException(code));
		model.addAttribute("area", area);
		model.addAttribute("ancestors", this.areas.ancestors(area));
		model.addAttribute("children", this.areas.children(area));
		return "region/area";
	}

	/**
	 * Search results: the whole page, or only the result list for an htmx live search.
	 */
	@GetMapping("/wilayah/cari")
	String search(@RequestParam(defaultValue = "") String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("results", this.areas.search(q));
		return htmx != null ? "region/search :: results" : "region/search";
	}

}
