package id.paritrana.app.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in principal: an account with its role and scope. It is kept in the session,
 * which lives in the database (Spring Session JDBC), so it holds only serializable values
 * and drops its password hash once signed in.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final Role role;

	// the parts of the Scope, which holds Optionals and so cannot be serialized itself
	private final String provinceCode;

	private final String governmentCode;

	private final String employerNpp;

	private final boolean enabled;

	SignedInUser(UserAccount account) {
		this.id = account.id();
		this.username = account.username();
		this.displayName = account.displayName();
		this.passwordHash = account.passwordHash();
		this.role = account.role();
		this.provinceCode = account.scope().provinceCode().orElse(null);
		this.governmentCode = account.scope().governmentCode().orElse(null);
		this.employerNpp = account.scope().employerNpp().orElse(null);
		this.enabled = account.enabled();
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
		return Scope.of(this.provinceCode, this.governmentCode, this.employerNpp);
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
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
