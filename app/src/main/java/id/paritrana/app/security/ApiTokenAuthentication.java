package id.paritrana.app.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal API token: it acts as the token's owner, never
 * through a session.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final SignedInUser user;

	private final long tokenId;

	ApiTokenAuthentication(SignedInUser user, long tokenId) {
		super(user.getAuthorities());
		this.user = user;
		this.tokenId = tokenId;
		setAuthenticated(true);
	}

	long tokenId() {
		return this.tokenId;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public SignedInUser getPrincipal() {
		return this.user;
	}

}
