package id.paritrana.app.jury;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.paritrana.app.edition.Edition;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;

/**
 * What the jury pages share: a juror's own pages are for jurors only (a refusal is 403,
 * written to the audit log); the level pages show the level's name and tabs, and show a
 * refused change's problems after the redirect.
 */
final class JuryAccess {

	private JuryAccess() {
	}

	static void requireJuror(SignedInUser me) {
		if (!me.hasRole(Role.PENILAI)) {
			throw new AccessDeniedException("a juror's own assessment is for jurors only");
		}
	}

	/**
	 * The attributes of the level tabs: edition, scope, the level's name (null for the
	 * national level), tab.
	 */
	static void levelPage(Model model, Edition edition, String scope, String tab) {
		model.addAttribute("edition", edition);
		model.addAttribute("scope", scope);
		model.addAttribute("tab", tab);
	}

	/** Runs a change and redirects to the page, with the problems when it was refused. */
	static String act(String page, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:" + page;
	}

}
