package id.paritrana.app.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: an account with its role and scope. */
public final class SignedInUser implements UserDetails {

	private final long id;

	private final String username;

	private final String displayName;

	private final String passwordHash;

	private final Role role;

	private final Scope scope;

	private final boolean enabled;

	private final Instant lockedUntil;

	SignedInUser(UserAccount account) {
		this.id = account.id();
		this.username = account.username();
		this.displayName = account.displayName();
		this.passwordHash = account.passwordHash();
		this.role = account.role();
		this.scope = account.scope();
		this.enabled = account.enabled();
		this.lockedUntil = account.lockedUntil();
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public Scope scope() {
		return this.scope;
	}

	public boolean hasRole(Role candidate) {
		return this.role == candidate;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.lockedUntil == null || this.lockedUntil.isBefore(Instant.now());
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
