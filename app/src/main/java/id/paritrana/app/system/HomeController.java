package id.paritrana.app.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in start page: what the user's role can do from here. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
