package id.paritrana.app.security;

/** The roles of DESIGN §2 and the kind of scope each is bound to. */
public enum Role {

	ADMIN_NASIONAL(ScopeKind.NONE), PANITIA_PROVINSI(ScopeKind.PROVINCE), VERIFIKATOR(ScopeKind.PROVINCE),
	PENILAI(ScopeKind.OPTIONAL_PROVINCE), OPERATOR_PEMDA(ScopeKind.GOVERNMENT),
	OPERATOR_BADAN_USAHA(ScopeKind.EMPLOYER);

	/** What a role's scope names. */
	public enum ScopeKind {

		/** National: no scope. */
		NONE,
		/** One province. */
		PROVINCE,
		/**
		 * A province for a provincial assessment team member, none for the national jury.
		 */
		OPTIONAL_PROVINCE,
		/** One local government (province or regency/city code). */
		GOVERNMENT,
		/** One employer (NPP) in one province. */
		EMPLOYER

	}

	private final ScopeKind scopeKind;

	Role(ScopeKind scopeKind) {
		this.scopeKind = scopeKind;
	}

	public ScopeKind scopeKind() {
		return this.scopeKind;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of the role's display name. */
	public String messageKey() {
		return "role." + name();
	}

}
