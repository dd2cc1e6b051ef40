package id.paritrana.app.portal;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.paritrana.app.result.Winner;
import id.paritrana.app.result.ZoneWinner;
import id.paritrana.app.system.NotFoundException;

/** The public JSON API: no sign-in, cacheable. */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "Public portal")
class PublicApiController {

	private final PublicResults results;

	private final Coverage coverage;

	PublicApiController(PublicResults results, Coverage coverage) {
		this.results = results;
		this.coverage = coverage;
	}

	@GetMapping("/coverage")
	@Operation(summary = "PU and BPU coverage by province and regency/city of an edition (default: the latest "
			+ "determined one), with the national trend across editions")
	ResponseEntity<Coverage.View> coverage(@RequestParam(required = false) Integer edition) {
		Integer year = (edition != null) ? edition
				: this.results.coverageEdition().orElseThrow(() -> new NotFoundException("coverage data"));
		Coverage.View view = this.coverage.of(year)
			.orElseThrow(() -> new NotFoundException("coverage data of edition " + year));
		return ResponseEntity.ok().cacheControl(PortalCache.publicResponse()).body(view);
	}

	@GetMapping("/editions")
	@Operation(summary = "Award years of the editions with determined results, newest first")
	ResponseEntity<List<Integer>> editions() {
		return ResponseEntity.ok()
			.cacheControl(PortalCache.publicResponse())
			.body(this.results.determinedEditions().stream().map(e -> e.awardYear()).toList());
	}

	@GetMapping("/editions/{year}/winners")
	@Operation(summary = "Juara 1–3 per level, scope and category, and the zone awards, of a determined edition")
	ResponseEntity<PublicWinners> winners(@PathVariable int year) {
		PublicResults.Podium podium = this.results.podium(year);
		if (!podium.determined()) {
			throw new NotFoundException("determined results of edition " + year);
		}
		List<Winner> winners = podium.byScope()
			.values()
			.stream()
			.flatMap(byCategory -> byCategory.values().stream())
			.flatMap(List::stream)
			.toList();
		return ResponseEntity.ok()
			.cacheControl(PortalCache.publicResponse())
			.body(new PublicWinners(year, winners, podium.zones()));
	}

	/** The winners of an edition as published (no personal data). */
	record PublicWinners(int editionYear, List<Winner> winners, List<ZoneWinner> zoneAwards) {
	}

}
