package id.paritrana.app.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.paritrana.app.system.InvalidInputException;

/**
 * The pages reached without signing in: setting a password from a one-time link, and
 * asking for such a link when the password is forgotten.
 */
@Controller
class SignInLinkController {

	private final UserManagement users;

	SignInLinkController(UserManagement users) {
		this.users = users;
	}

	@GetMapping("/masuk/tautan/{token}")
	String link(@PathVariable String token, Model model) {
		model.addAttribute("account", this.users.linkOwner(token).orElse(null));
		model.addAttribute("token", token);
		return "security/link";
	}

	@PostMapping("/masuk/tautan/{token}")
	String setPassword(@PathVariable String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, Model model) {
		try {
			if (!password.equals(confirmation)) {
				throw new InvalidInputException("confirmation", "user.error.confirmation");
			}
			this.users.setPasswordByLink(token, password);
			return "redirect:/login?passwordSet";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("account", this.users.linkOwner(token).orElse(null));
			model.addAttribute("token", token);
			model.addAttribute("problems", ex.problems());
			return "security/link";
		}
	}

	@GetMapping("/masuk/lupa")
	String forgotten() {
		return "security/forgotten";
	}

	@PostMapping("/masuk/lupa")
	String requestLink(@RequestParam(defaultValue = "") String name, Model model) {
		this.users.requestReset(name);
		model.addAttribute("requested", true);
		return "security/forgotten";
	}

}
