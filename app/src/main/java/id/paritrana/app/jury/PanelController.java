package id.paritrana.app.jury;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.paritrana.app.edition.Editions;
import id.paritrana.app.security.SignedInUser;

/**
 * The assessment team page of a level: its members, and adding an existing juror of the
 * province.
 */
@Controller
class PanelController {

	static final String VIEW = "jury/panel";

	private final Editions editions;

	private final Panels panels;

	PanelController(Editions editions, Panels panels) {
		this.editions = editions;
		this.panels = panels;
	}

	@GetMapping("/edisi/{year}/tim/{scope}")
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			Model model) {
		this.panels.authorize(me, scope);
		this.panels.requireLevel(year, scope);
		JuryAccess.levelPage(model, this.editions.require(year), scope, "tim");
		model.addAttribute("members", this.panels.members(year, scope));
		model.addAttribute("chair", this.panels.chairOf(year, scope).orElse(null));
		model.addAttribute("available", this.panels.available(me, year, scope));
		model.addAttribute("roles", Panels.PanelRole.values());
		return VIEW;
	}

	@PostMapping("/edisi/{year}/tim/{scope}")
	String save(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestParam(defaultValue = "") String username, @RequestParam(required = false) Panels.PanelRole role,
			@RequestParam(defaultValue = "") String agency, @RequestParam(defaultValue = "") String affiliationRegion,
			@RequestParam(defaultValue = "") String affiliationNpp, RedirectAttributes redirect) {
		return JuryAccess.act(page(year, scope), redirect, () -> this.panels.save(me, year, scope, username,
				new Panels.MemberDetails(role, agency, affiliationRegion, affiliationNpp)));
	}

	@PostMapping("/edisi/{year}/tim/{scope}/{username}/hapus")
	String remove(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable String username, RedirectAttributes redirect) {
		return JuryAccess.act(page(year, scope), redirect, () -> this.panels.remove(me, year, scope, username));
	}

	private static String page(int year, String scope) {
		return "/edisi/" + year + "/tim/" + scope;
	}

}
