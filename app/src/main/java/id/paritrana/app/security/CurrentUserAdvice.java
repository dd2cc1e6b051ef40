package id.paritrana.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user (or nothing) in every page's model as {@code me}, for
 * navigation by role.
 */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("me")
	SignedInUser me(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		SignedInUser user = authentication != null && authentication.getPrincipal() instanceof SignedInUser u ? u
				: null;
		if (user != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			// the sign-out form of every page needs the token; loading it now, before the
			// page is written, keeps a long page (more than the response buffer before
			// its
			// first form) from needing a session after the response was committed
			token.getToken();
		}
		return user;
	}

}
