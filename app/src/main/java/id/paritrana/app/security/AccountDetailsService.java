package id.paritrana.app.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for sign-in. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	AccountDetailsService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
			.map(SignedInUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
