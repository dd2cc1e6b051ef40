package id.paritrana.app.security;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The user administration as JSON; the same role and scope rules as the pages. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "users", description = "Accounts, roles and scopes")
class UserApiController {

	private final UserManagement users;

	UserApiController(UserManagement users) {
		this.users = users;
	}

	/** An account without its secrets. */
	record UserView(long id, String username, String displayName, Role role, String provinceCode, String governmentCode,
			String employerNpp, boolean enabled, String email, String language) {

		static UserView of(UserAccount a) {
			return new UserView(a.id(), a.username(), a.displayName(), a.role(), a.provinceCode(), a.governmentCode(),
					a.employerNpp(), a.enabled(), a.email(), a.language());
		}

	}

	/**
	 * A new account: with an e-mail address and no password, it is invited by a one-time
	 * link to set its own.
	 */
	record NewUser(String username, String password, String displayName, Role role, String provinceCode,
			String governmentCode, String employerNpp, String email, String language) {
	}

	/**
	 * Changed details of an account (all of them: an omitted e-mail address is removed).
	 */
	record UserChange(String displayName, Role role, String provinceCode, String governmentCode, String employerNpp,
			boolean enabled, String email, String language) {
	}

	record NewPassword(String password) {
	}

	@GetMapping
	@Operation(summary = "Accounts the caller manages, filtered by a text in name or username")
	List<UserView> list(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") String q) {
		return this.users.list(me, q).stream().map(UserView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account the caller manages")
	UserView get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return UserView.of(this.users.get(me, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an account with a role and the scope it needs (province, government or employer), "
			+ "within the caller's own scope (audited); with an e-mail address it is sent a one-time link to set "
			+ "its password, which may then be omitted")
	UserView create(@AuthenticationPrincipal SignedInUser me, @RequestBody NewUser user) {
		return UserView.of(this.users.create(me, user.username(), user.password(),
				new UserManagement.Details(user.displayName(), user.role(), user.provinceCode(), user.governmentCode(),
						user.employerNpp(), true, user.email(), user.language())));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an account's name, role, scope, or whether it is enabled (audited)")
	UserView update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody UserChange change) {
		return UserView.of(this.users.update(me, id,
				new UserManagement.Details(change.displayName(), change.role(), change.provinceCode(),
						change.governmentCode(), change.employerNpp(), change.enabled(), change.email(),
						change.language())));
	}

	@PostMapping("/{id}/password-reset")
	@Operation(summary = "Set a new random password, returned once")
	NewPassword resetPassword(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return new NewPassword(this.users.resetPassword(me, id));
	}

}
