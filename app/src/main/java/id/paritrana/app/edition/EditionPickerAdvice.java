package id.paritrana.app.edition;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.paritrana.app.security.SignedInUser;

/**
 * Gives every page of an edition its edition picker ({@code fragments/edition-picker}):
 * the editions with their state, the one shown, and the page to reopen in the one chosen.
 */
@ControllerAdvice
class EditionPickerAdvice {

	private final EditionChoice choice;

	EditionPickerAdvice(EditionChoice choice) {
		this.choice = choice;
	}

	/**
	 * What the picker shows: the year of the page, every edition, and the page it was
	 * opened on.
	 */
	record Picker(int shown, List<EditionProgress.Status> editions, String from) {

	}

	@ModelAttribute("editionPicker")
	Picker picker(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication != null && authentication.getPrincipal() instanceof SignedInUser)) {
			return null;
		}
		String query = request.getQueryString();
		return EditionPaths.yearOf(path)
			.map(year -> new Picker(year, this.choice.editions(), (query == null) ? path : path + "?" + query))
			.orElse(null);
	}

}
