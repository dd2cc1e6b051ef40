package id.paritrana.app.security;

import java.time.Instant;

/** A stored account, as the user administration shows it. */
public record UserAccount(long id, String username, String displayName, String passwordHash, Role role,
		String provinceCode, String governmentCode, String employerNpp, boolean enabled, Instant createdAt,
		String email, String language) {

	public Scope scope() {
		return Scope.of(this.provinceCode, this.governmentCode, this.employerNpp);
	}

	/** What the audit log keeps of an account: never the password hash. */
	java.util.Map<String, Object> auditView() {
		var view = new java.util.LinkedHashMap<String, Object>();
		view.put("username", this.username);
		view.put("displayName", this.displayName);
		view.put("role", this.role.name());
		view.put("provinceCode", this.provinceCode);
		view.put("governmentCode", this.governmentCode);
		view.put("employerNpp", this.employerNpp);
		view.put("enabled", this.enabled);
		view.put("email", this.email);
		view.put("language", this.language);
		return view;
	}

}
