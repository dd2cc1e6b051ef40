package id.paritrana.app.security;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; in the demo profile it lists the demo sign-ins. */
@Controller
class LoginController {

	private final SecurityProperties properties;

	private final ObjectProvider<DemoAccounts> demo;

	LoginController(SecurityProperties properties, ObjectProvider<DemoAccounts> demo) {
		this.properties = properties;
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(Model model, HttpSession session) {
		Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		// one answer for a wrong password, an unknown username and a throttled attempt;
		// "disabled"
		// only comes after the right password (ThrottledAuthentication)
		model.addAttribute("failure", failure instanceof DisabledException ? "login.disabled" : "login.failedOrWait");
		DemoAccounts accounts = this.properties.demoUsers() ? this.demo.getIfAvailable() : null;
		model.addAttribute("demoAccounts", accounts == null ? List.of() : accounts.usable());
		model.addAttribute("demoPassword", this.properties.demoUsers() ? DemoAccounts.PASSWORD : "");
		return "security/login";
	}

}
