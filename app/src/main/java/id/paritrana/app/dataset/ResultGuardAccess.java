package id.paritrana.app.dataset;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import id.paritrana.app.security.Role;

/** Who may override {@link ResultGuard}: the national administrator only. */
public final class ResultGuardAccess {

	private ResultGuardAccess() {
	}

	/**
	 * Refuses an override reason from anyone but a national administrator.
	 * @throws AccessDeniedException when a reason is given by another role
	 */
	public static void requireMayOverride(UserDetails user, String overrideReason) {
		if (overrideReason == null || overrideReason.isBlank()) {
			return;
		}
		boolean admin = user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(Role.ADMIN_NASIONAL.authority()::equals);
		if (!admin) {
			throw new AccessDeniedException("overriding the results guard needs ADMIN_NASIONAL");
		}
	}

}
