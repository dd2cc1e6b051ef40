package id.paritrana.app.edition;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.paritrana.app.system.InvalidInputException;

/** The editions page of the national secretariat: the list and a form to add one. */
@Controller
class EditionController {

	private static final String VIEW = "edition/editions";

	private final Editions editions;

	EditionController(Editions editions) {
		this.editions = editions;
	}

	@GetMapping("/admin/edisi")
	String list(Model model) {
		model.addAttribute("editions", this.editions.list());
		return VIEW;
	}

	@PostMapping("/admin/edisi")
	String create(@AuthenticationPrincipal UserDetails me, @RequestParam(required = false) Integer awardYear,
			@RequestParam(required = false) String name, Model model, RedirectAttributes redirect) {
		try {
			Edition created = this.editions.create(me.getUsername(), awardYear == null ? 0 : awardYear, name);
			redirect.addFlashAttribute("created", created.awardYear());
			return "redirect:/admin/edisi";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("awardYear", awardYear);
			model.addAttribute("name", name);
			return list(model);
		}
	}

}
