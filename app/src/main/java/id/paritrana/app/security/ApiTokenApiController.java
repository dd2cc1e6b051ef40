package id.paritrana.app.security;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's own API tokens. Managed with a session or a password (HTTP Basic), never
 * with a token: a leaked token cannot mint more.
 */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "tokens", description = "Personal API tokens for machine clients")
class ApiTokenApiController {

	private final ApiTokens tokens;

	ApiTokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** A new token's name and validity in days (1–365, default 90). */
	record NewToken(String name, Integer days) {
	}

	/** A created token with its secret, shown this once. */
	record Created(ApiTokens.ApiToken token, String secret) {
	}

	@GetMapping
	@Operation(summary = "The caller's API tokens, newest first, without their secrets")
	List<ApiTokens.ApiToken> list(@AuthenticationPrincipal SignedInUser me, Authentication authentication) {
		requireNotToken(authentication);
		return this.tokens.list(me);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an API token acting with the caller's role and scope; its secret is returned once")
	Created create(@AuthenticationPrincipal SignedInUser me, Authentication authentication,
			@RequestBody NewToken token) {
		requireNotToken(authentication);
		ApiTokens.IssuedToken issued = this.tokens.create(me, token.name(), token.days());
		return new Created(issued.token(), issued.secret());
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke one of the caller's API tokens")
	ApiTokens.ApiToken revoke(@AuthenticationPrincipal SignedInUser me, Authentication authentication,
			@PathVariable long id) {
		requireNotToken(authentication);
		return this.tokens.revoke(me, id);
	}

	static void requireNotToken(Authentication authentication) {
		if (authentication instanceof ApiTokenAuthentication) {
			throw new AccessDeniedException("API tokens are managed with a session or a password, not with a token");
		}
	}

}
