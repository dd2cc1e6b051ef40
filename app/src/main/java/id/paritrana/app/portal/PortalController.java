package id.paritrana.app.portal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.paritrana.engine.rubric.Level;
import id.paritrana.app.region.Areas;
import id.paritrana.app.system.DocumentCache;
import id.paritrana.app.system.PdfDocuments;
import id.paritrana.engine.rubric.Category;

/** The public portal's pages: no sign-in, cacheable by browsers and proxies. */
@Controller
class PortalController {

	static final String HOME_VIEW = "portal/home";

	static final String WINNERS_VIEW = "portal/winners";

	static final String NOT_YET_VIEW = "portal/not-yet";

	static final String CARD_VIEW = "portal/card";

	static final String COVERAGE_VIEW = "portal/coverage";

	static final String CARD_PDF = "portal/card-pdf";

	private final PublicResults results;

	private final Coverage coverage;

	private final Areas areas;

	private final PdfDocuments documents;

	private final DocumentCache cache;

	PortalController(PublicResults results, Coverage coverage, Areas areas, PdfDocuments documents,
			DocumentCache cache) {
		this.documents = documents;
		this.cache = cache;
		this.results = results;
		this.coverage = coverage;
		this.areas = areas;
	}

	@GetMapping("/publik")
	String home(Model model, HttpServletResponse response) {
		cacheable(response);
		model.addAttribute("editions", this.results.determinedEditions());
		model.addAttribute("coverageEditions", this.coverage.editions());
		return HOME_VIEW;
	}

	@GetMapping("/publik/{year}")
	String winners(@PathVariable int year, Model model, HttpServletResponse response) {
		PublicResults.Podium podium = this.results.podium(year);
		model.addAttribute("podium", podium);
		if (!podium.determined()) {
			// an edition under way: say so, rather than that the page does not exist
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return NOT_YET_VIEW;
		}
		cacheable(response);
		model.addAttribute("provinces", provinceNames());
		return WINNERS_VIEW;
	}

	@GetMapping("/publik/{year}/kartu/{snapshot}/{category}/{code}")
	String card(@PathVariable int year, @PathVariable long snapshot, @PathVariable Category category,
			@PathVariable String code, Model model, HttpServletResponse response) {
		model.addAttribute("card", this.results.card(year, snapshot, category, code));
		model.addAttribute("provinces", provinceNames());
		cacheable(response);
		return CARD_VIEW;
	}

	/** The same public scorecard as a PDF (Bahasa Indonesia). */
	@GetMapping("/publik/{year}/kartu/{snapshot}/{category}/{code}/pdf")
	void cardPdf(@PathVariable int year, @PathVariable long snapshot, @PathVariable Category category,
			@PathVariable String code, HttpServletResponse response) throws java.io.IOException {
		PublicResults.Card card = this.results.card(year, snapshot, category, code);
		String scope = card.row().scope();
		response.setContentType(org.springframework.http.MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
			.filename(("kartu-skor-" + year + "-" + category + "-" + code).replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf")
			.build()
			.toString());
		cacheable(response);
		// a current snapshot never changes: the PDF is laid out once
		this.cache.write("card.pdf:" + snapshot + ":" + category + ":" + code,
				out -> this.documents.render(CARD_PDF, java.util.Locale.forLanguageTag("id"),
						java.util.Map.of("card", card, "region", provinceNames().getOrDefault(scope, scope)), out),
				response.getOutputStream());
	}

	@GetMapping("/publik/cakupan")
	String coverage(@RequestParam(name = "edisi", required = false) Integer year, Model model,
			HttpServletResponse response) {
		Integer shown = (year != null) ? year : this.results.coverageEdition().orElse(null);
		model.addAttribute("year", shown);
		model.addAttribute("view", (shown != null) ? this.coverage.of(shown).orElse(null) : null);
		model.addAttribute("editions", this.coverage.editions());
		cacheable(response);
		return COVERAGE_VIEW;
	}

	private java.util.Map<String, String> provinceNames() {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		this.areas.provinces().forEach(p -> names.put(p.code(), p.name()));
		names.put(Level.NATIONAL_SCOPE, "Indonesia");
		return names;
	}

	private static void cacheable(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, PortalCache.publicResponse().getHeaderValue());
	}

}
