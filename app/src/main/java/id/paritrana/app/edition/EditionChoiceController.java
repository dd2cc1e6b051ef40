package id.paritrana.app.edition;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import id.paritrana.app.security.SignedInUser;

/**
 * The edition picker: remembers the user's choice and reopens their page in that edition.
 */
@Controller
class EditionChoiceController {

	private final EditionChoice choice;

	EditionChoiceController(EditionChoice choice) {
		this.choice = choice;
	}

	@PostMapping("/edisi/pilih")
	String choose(@AuthenticationPrincipal SignedInUser me, @RequestParam(name = "tahun") int year,
			@RequestParam(name = "dari", defaultValue = "/") String from) {
		this.choice.choose(me.getUsername(), year);
		var page = UriComponentsBuilder.fromUriString(from).build();
		String path = (page.getScheme() != null || page.getHost() != null || page.getPath() == null) ? "/"
				: page.getPath();
		return "redirect:" + EditionPaths.inEdition(path, page.getQuery(), year);
	}

}
