package id.paritrana.app.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in (the form and HTTP Basic) through the
 * {@link SignInThrottle}: an attempt while a key waits is refused before its password is
 * looked at, with the same answer as a wrong password; a password BCrypt cannot take
 * (over 72 bytes) is a failed attempt like any wrong one. Unknown usernames cost the same
 * BCrypt time as known ones ({@link DaoAuthenticationProvider} compares against a dummy
 * hash), and the account's status (disabled) is told only to someone who gave its right
 * password.
 */
// Not a bean: an AuthenticationProvider bean would also be picked up for Spring's global
// authentication manager (with a warning at every start); SecurityConfig gives it to the
// chain.
class ThrottledAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthentication(UserDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(accounts);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
				: null;
		if (!this.throttle.begin(username, address)) {
			throw new BadCredentialsException("Too many failed sign-ins: wait");
		}
		boolean ended = false;
		try {
			Object credentials = authentication.getCredentials();
			if (credentials instanceof CharSequence password && PasswordPolicy.tooLong(password)) {
				throw new BadCredentialsException("Bad credentials");
			}
			Authentication signedIn = this.passwords.authenticate(authentication);
			this.throttle.succeeded(username, address);
			ended = true;
			return signedIn;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address);
			ended = true;
			throw ex;
		}
		finally {
			if (!ended) {
				this.throttle.abandoned(username, address);
			}
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
