package id.paritrana.app.security;

import java.time.Instant;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.paritrana.app.system.InvalidInputException;

/**
 * The page of one's own API tokens: create one (its secret shown once), see their use,
 * revoke.
 */
@Controller
class ApiTokenController {

	private static final String PAGE = "/akun/token";

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping(PAGE)
	String list(@AuthenticationPrincipal SignedInUser me, Authentication authentication, Model model) {
		ApiTokenApiController.requireNotToken(authentication);
		model.addAttribute("tokens", this.tokens.list(me));
		model.addAttribute("now", Instant.now());
		model.addAttribute("defaultDays", ApiTokens.DEFAULT_DAYS);
		model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
		return "security/tokens";
	}

	@PostMapping(PAGE)
	String create(@AuthenticationPrincipal SignedInUser me, Authentication authentication,
			@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer days,
			RedirectAttributes redirect) {
		ApiTokenApiController.requireNotToken(authentication);
		try {
			ApiTokens.IssuedToken issued = this.tokens.create(me, name, days);
			redirect.addFlashAttribute("secret", issued.secret());
			redirect.addFlashAttribute("created", issued.token().name());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			redirect.addFlashAttribute("name", name);
		}
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/{id}/cabut")
	String revoke(@AuthenticationPrincipal SignedInUser me, Authentication authentication, @PathVariable long id,
			RedirectAttributes redirect) {
		ApiTokenApiController.requireNotToken(authentication);
		redirect.addFlashAttribute("revoked", this.tokens.revoke(me, id).name());
		return "redirect:" + PAGE;
	}

}
