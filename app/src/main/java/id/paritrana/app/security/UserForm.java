package id.paritrana.app.security;

/** The account form of the user administration pages. */
class UserForm {

	private String username;

	private String password;

	private String displayName;

	private Role role;

	private String provinceCode;

	private String governmentCode;

	private String employerNpp;

	private boolean enabled = true;

	private String email;

	private String language = "id";

	static UserForm of(UserAccount account) {
		UserForm form = new UserForm();
		form.username = account.username();
		form.displayName = account.displayName();
		form.role = account.role();
		form.provinceCode = account.provinceCode();
		form.governmentCode = account.governmentCode();
		form.employerNpp = account.employerNpp();
		form.enabled = account.enabled();
		form.email = account.email();
		form.language = account.language();
		return form;
	}

	UserManagement.Details details() {
		return new UserManagement.Details(this.displayName, this.role, this.provinceCode, this.governmentCode,
				this.employerNpp, this.enabled, this.email, this.language);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getProvinceCode() {
		return this.provinceCode;
	}

	public void setProvinceCode(String provinceCode) {
		this.provinceCode = provinceCode;
	}

	public String getGovernmentCode() {
		return this.governmentCode;
	}

	public void setGovernmentCode(String governmentCode) {
		this.governmentCode = governmentCode;
	}

	public String getEmployerNpp() {
		return this.employerNpp;
	}

	public void setEmployerNpp(String employerNpp) {
		this.employerNpp = employerNpp;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
