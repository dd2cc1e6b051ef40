package id.paritrana.app.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user (or nothing) in every page's model as {@code me}, for
 * navigation by role.
 */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("me")
	SignedInUser me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
	}

}
