package id.paritrana.app.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.region.Area;
import id.paritrana.app.region.AreaLevel;
import id.paritrana.app.region.Areas;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.InvalidInputException.Problem;
import id.paritrana.app.system.NotFoundException;

/**
 * Creates and changes accounts. The national admin manages everyone; a provincial
 * committee manages the verifiers, assessors and operators of its own province. Every
 * change is audited.
 */
@Service
public class UserManagement {

	/** Roles a provincial committee may give, always within its own province. */
	static final Set<Role> PROVINCIAL_ROLES = EnumSet.of(Role.VERIFIKATOR, Role.PENILAI, Role.OPERATOR_PEMDA,
			Role.OPERATOR_BADAN_USAHA);

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	private static final Pattern NPP = Pattern.compile("[0-9A-Z]{6,20}");

	/**
	 * An e-mail address as people write one: a name, one {@code @}, a domain with a dot.
	 */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final Areas areas;

	private final AuditLog audit;

	private final SessionEndings sessions;

	private final SignInLinks links;

	private final Holders holders = new Holders() {

		@Override
		public boolean holdsUsername(String username) {
			return UserManagement.this.accounts.findByUsername(username).isPresent();
		}

		@Override
		public Optional<Long> emailHolder(String email) {
			return UserManagement.this.accounts.findByEmail(email).map(UserAccount::id);
		}

	};

	UserManagement(UserAccounts accounts, PasswordEncoder passwords, Areas areas, AuditLog audit,
			SessionEndings sessions, SignInLinks links) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.areas = areas;
		this.audit = audit;
		this.sessions = sessions;
		this.links = links;
	}

	/**
	 * The requested details of an account.
	 *
	 * @param provinceCode the province (for province-bound roles)
	 * @param governmentCode the government (province or regency/city code) of a
	 * local-government operator
	 * @param employerNpp the employer of an employer operator
	 */
	public record Details(String displayName, Role role, String provinceCode, String governmentCode, String employerNpp,
			boolean enabled, String email, String language) {

		/** An account without an e-mail address, its messages in Bahasa Indonesia. */
		public Details(String displayName, Role role, String provinceCode, String governmentCode, String employerNpp,
				boolean enabled) {
			this(displayName, role, provinceCode, governmentCode, employerNpp, enabled, null, "id");
		}

	}

	@Transactional(readOnly = true)
	public List<UserAccount> list(SignedInUser actor, String text) {
		return this.accounts.list(managedProvince(actor), text);
	}

	@Transactional(readOnly = true)
	public UserAccount get(SignedInUser actor, long id) {
		UserAccount account = this.accounts.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
		requireManages(actor, account.role(), account.scope());
		return account;
	}

	@Transactional
	public UserAccount create(SignedInUser actor, String username, String password, Details details) {
		return createAccount(actor.getUsername(), username, password, details,
				scope -> requireManages(actor, details.role(), scope), true);
	}

	/**
	 * Creates an account on behalf of a named actor (command line, first start, the demo
	 * sign-ins and the demo edition's assessment teams), without a scope check; validated
	 * and audited.
	 */
	@Transactional
	public UserAccount createAccount(String actorName, String username, String password, Details details) {
		return createAccount(actorName, username, password, details, scope -> {
		}, true);
	}

	/**
	 * Creates a seeded demo account with the fixed demo password, which the password
	 * policy would refuse; only for the demo sign-ins of the demo profile.
	 */
	@Transactional
	public UserAccount createDemoAccount(String actorName, String username, String password, Details details) {
		return createAccount(actorName, username, password, details, scope -> {
		}, false);
	}

	private UserAccount createAccount(String actorName, String username, String password, Details details,
			java.util.function.Consumer<Scope> permission, boolean passwordPolicy) {
		List<Problem> problems = new ArrayList<>();
		NewAccount account = check(username, password, details, passwordPolicy, this.holders, problems);
		throwIfAny(problems);
		permission.accept(account.scope());
		String hash = (password == null || password.isEmpty()) ? unknownPasswordHash()
				: this.passwords.encode(password);
		return insert(actorName, account, hash);
	}

	/**
	 * A new account as it will be stored, once its details passed every check.
	 *
	 * @param invited whether it is sent a link to set its own password
	 */
	record NewAccount(String username, Details details, String email, Scope scope, boolean invited) {
	}

	/**
	 * Who holds a username or an e-mail address already: the accounts table, or what a
	 * caller checking many accounts at once read of it in one go.
	 */
	interface Holders {

		boolean holdsUsername(String username);

		/** The id of the account with that address (stored in lower case), if any. */
		Optional<Long> emailHolder(String email);

	}

	/**
	 * Checks the details of a new account as every way of creating one does (the form,
	 * the API, an import of many): each problem goes to {@code problems}, by field.
	 * Without a password, an account with an e-mail address is invited to set its own.
	 */
	NewAccount check(String username, String password, Details details, boolean passwordPolicy, Holders holders,
			List<Problem> problems) {
		String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
		if (!USERNAME.matcher(name).matches()) {
			problems.add(new Problem("username", "user.error.username"));
		}
		else if (holders.holdsUsername(name)) {
			problems.add(new Problem("username", "user.error.usernameTaken"));
		}
		String email = email(details, -1, holders, problems);
		boolean invited = email != null && passwordPolicy;
		if (password == null || password.isEmpty()) {
			// without a password the account is invited to set its own by a link
			if (!invited) {
				problems.add(new Problem("password", "user.error.passwordOrEmail"));
			}
		}
		else if (passwordPolicy) {
			PasswordPolicy.check(password, name, details.displayName()).ifPresent(problems::add);
		}
		Scope scope = validate(details, problems);
		return new NewAccount(name, details, email, scope, invited);
	}

	/**
	 * Stores a checked account with its password hash, audited; an invited account is
	 * sent its link (in the caller's transaction).
	 */
	UserAccount insert(String actorName, NewAccount account, String passwordHash) {
		Details details = account.details();
		long id = this.accounts.insert(account.username(), details.displayName().strip(), passwordHash, details.role(),
				account.scope(), account.email(), language(details));
		UserAccount created = this.accounts.findById(id).orElseThrow();
		this.audit.recordAs(actorName, "USER_CREATED", "user", Long.toString(id), null, created.auditView());
		if (account.invited()) {
			this.links.send(created, SignInLinks.Purpose.INVITATION);
		}
		return created;
	}

	/**
	 * The hash of a random password no one is told: an invited account's until it sets
	 * its own through its link.
	 */
	String unknownPasswordHash() {
		return this.passwords.encode(randomPassword());
	}

	@Transactional
	public UserAccount update(SignedInUser actor, long id, Details details) {
		UserAccount before = get(actor, id);
		List<Problem> problems = new ArrayList<>();
		String email = email(details, id, this.holders, problems);
		Scope scope = validate(details, problems);
		if (before.id() == actor.id() && (!details.enabled() || details.role() != before.role())) {
			problems.add(new Problem("role", "user.error.selfLockout"));
		}
		throwIfAny(problems);
		requireManages(actor, details.role(), scope);
		this.accounts.update(id, details.displayName().strip(), details.role(), scope, details.enabled(), email,
				language(details));
		UserAccount after = this.accounts.findById(id).orElseThrow();
		this.audit.record("USER_UPDATED", "user", Long.toString(id), before.auditView(), after.auditView());
		if (!after.enabled() || after.role() != before.role() || !after.scope().equals(before.scope())) {
			// what the sessions were signed in with no longer holds
			this.sessions.endAllOf(after.username(), after.enabled() ? "role or scope changed" : "account disabled");
		}
		return after;
	}

	/** Sets a new random password, shown once to the one who reset it. */
	@Transactional
	public String resetPassword(SignedInUser actor, long id) {
		UserAccount account = get(actor, id);
		String password = randomPassword();
		while (PasswordPolicy.check(password, account.username(), account.displayName()).isPresent()) {
			password = randomPassword();
		}
		this.accounts.updatePassword(id, this.passwords.encode(password));
		this.audit.record("USER_PASSWORD_RESET", "user", Long.toString(id), null, account.auditView());
		this.sessions.endAllOf(account.username(), "password reset");
		return password;
	}

	/**
	 * Sends a link to set a new password to the account named by a username or an e-mail
	 * address, if it exists, is enabled and has an address; says nothing either way, so
	 * that the answer does not tell which accounts exist.
	 */
	@Transactional
	public void requestReset(String usernameOrEmail) {
		String given = (usernameOrEmail == null) ? "" : usernameOrEmail.strip().toLowerCase(java.util.Locale.ROOT);
		if (given.isEmpty() || given.length() > 254) {
			return;
		}
		Optional<UserAccount> account = given.contains("@") ? this.accounts.findByEmail(given)
				: this.accounts.findByUsername(given);
		account.filter(a -> a.enabled() && a.email() != null).ifPresent(a -> {
			this.links.send(a, SignInLinks.Purpose.RESET);
			this.audit.recordAs(a.username(), "USER_PASSWORD_LINK_SENT", "user", Long.toString(a.id()), null,
					Map.of("purpose", "RESET"));
		});
	}

	/** The account a one-time link is for, while it can be used. */
	@Transactional(readOnly = true)
	public Optional<UserAccount> linkOwner(String token) {
		return this.links.usernameFor(token).flatMap(this.accounts::findByUsername).filter(UserAccount::enabled);
	}

	/**
	 * Sets an account's password through a one-time link, which is then used up with
	 * every other unused link of the account; the account's sessions end.
	 * @throws InvalidInputException a link that was used, expired or never existed, or a
	 * password the policy refuses
	 */
	@Transactional
	public UserAccount setPasswordByLink(String token, String password) {
		UserAccount account = linkOwner(token)
			.orElseThrow(() -> new InvalidInputException("token", "user.error.linkInvalid"));
		PasswordPolicy.check(password, account.username(), account.displayName())
			.ifPresent(problem -> throwIfAny(List.of(problem)));
		if (this.links.use(token).isEmpty()) {
			throw new InvalidInputException("token", "user.error.linkInvalid");
		}
		this.links.forgetAll(account.username());
		this.accounts.updatePassword(account.id(), this.passwords.encode(password));
		this.audit.recordAs(account.username(), "USER_PASSWORD_SET_BY_LINK", "user", Long.toString(account.id()), null,
				account.auditView());
		this.sessions.endAllOf(account.username(), "password set by link");
		return account;
	}

	/** The enabled operators of a candidate, for the messages about it. */
	@Transactional(readOnly = true)
	public List<UserAccount> operatorsOf(String candidateCode) {
		return this.accounts.operatorsOf(candidateCode);
	}

	/**
	 * The enabled operators of each of these candidates, by candidate code, for a message
	 * to many candidates at once (a level's results). The operator accounts are read once
	 * and matched here: a level may have far more candidates than there are operators.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<UserAccount>> operatorsOf(Collection<String> candidateCodes) {
		Set<String> wanted = new HashSet<>(candidateCodes);
		Map<String, List<UserAccount>> operators = new TreeMap<>();
		for (UserAccount account : this.accounts.operators()) {
			String candidate = (account.role() == Role.OPERATOR_PEMDA) ? account.governmentCode()
					: account.employerNpp();
			if (candidate != null && wanted.contains(candidate)) {
				operators.computeIfAbsent(candidate, c -> new ArrayList<>()).add(account);
			}
		}
		return operators;
	}

	/**
	 * The enabled accounts of a role, of a province (null: of any), for the messages to
	 * them.
	 */
	@Transactional(readOnly = true)
	public List<UserAccount> withRole(Role role, String provinceCode) {
		return this.accounts.withRole(role, provinceCode);
	}

	/**
	 * Creates a national administrator; for the command line and the first start of a
	 * production run.
	 */
	@Transactional
	public UserAccount createAdministrator(String actorName, String username, String displayName, String password) {
		return createAccount(actorName, username, password,
				new Details(displayName, Role.ADMIN_NASIONAL, null, null, null, true));
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> findUsername(String username) {
		return this.accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT));
	}

	/** The roles the actor may give. */
	public Set<Role> assignableRoles(SignedInUser actor) {
		return actor.hasRole(Role.ADMIN_NASIONAL) ? EnumSet.allOf(Role.class) : PROVINCIAL_ROLES;
	}

	/**
	 * Refuses anyone but the national admin and a provincial committee, who manage
	 * accounts.
	 */
	void requireUserAdministration(SignedInUser actor) {
		managedProvince(actor);
	}

	private Optional<String> managedProvince(SignedInUser actor) {
		if (actor.hasRole(Role.ADMIN_NASIONAL)) {
			return Optional.empty();
		}
		if (actor.hasRole(Role.PANITIA_PROVINSI)) {
			return actor.scope().provinceCode();
		}
		throw new AccessDeniedException("user administration");
	}

	private void requireManages(SignedInUser actor, Role role, Scope scope) {
		if (!manages(actor, role, scope)) {
			throw new AccessDeniedException("user outside the province " + managedProvince(actor).orElse("-"));
		}
	}

	/**
	 * Whether the actor may give that role in that scope: the national admin any, a
	 * provincial committee the provincial roles within its own province.
	 */
	boolean manages(SignedInUser actor, Role role, Scope scope) {
		if (actor.hasRole(Role.ADMIN_NASIONAL)) {
			return true;
		}
		Optional<String> province = managedProvince(actor);
		return PROVINCIAL_ROLES.contains(role) && province.isPresent() && province.equals(scope.provinceCode());
	}

	private Scope validate(Details details, List<Problem> problems) {
		if (details.displayName() == null || details.displayName().isBlank() || details.displayName().length() > 200) {
			problems.add(new Problem("displayName", "user.error.displayName"));
		}
		if (details.role() == null) {
			problems.add(new Problem("role", "user.error.role"));
			return Scope.NATIONAL;
		}
		String province = blankToNull(details.provinceCode());
		String government = blankToNull(details.governmentCode());
		String npp = blankToNull(details.employerNpp());
		switch (details.role().scopeKind()) {
			case NONE -> {
				return Scope.NATIONAL;
			}
			case PROVINCE, OPTIONAL_PROVINCE -> {
				if (province == null && details.role().scopeKind() == Role.ScopeKind.PROVINCE) {
					problems.add(new Problem("provinceCode", "user.error.provinceRequired"));
				}
				else if (province != null && !isArea(province, AreaLevel.PROVINSI)) {
					problems.add(new Problem("provinceCode", "user.error.provinceUnknown", province));
				}
				return Scope.of(province, null, null);
			}
			case GOVERNMENT -> {
				Optional<Area> area = government == null ? Optional.empty() : this.areas.find(government);
				if (area.isEmpty() || !area.get().isGovernment()) {
					problems.add(new Problem("governmentCode", "user.error.governmentUnknown",
							government == null ? "" : government));
					return Scope.NATIONAL;
				}
				return Scope.of(government.substring(0, 2), government, null);
			}
			case EMPLOYER -> {
				if (npp == null || !NPP.matcher(npp).matches()) {
					problems.add(new Problem("employerNpp", "user.error.npp"));
				}
				if (province == null || !isArea(province, AreaLevel.PROVINSI)) {
					problems.add(new Problem("provinceCode", "user.error.provinceRequired"));
				}
				return Scope.of(province, null, npp);
			}
			default -> throw new IllegalStateException(details.role().scopeKind().name());
		}
	}

	/**
	 * The account's e-mail address as stored (lower case), or null; a problem when it is
	 * malformed or another account ({@code id}) has it.
	 */
	private String email(Details details, long id, Holders holders, List<Problem> problems) {
		String email = blankToNull(details.email());
		if (email == null) {
			return null;
		}
		email = email.strip().toLowerCase(java.util.Locale.ROOT);
		if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			problems.add(new Problem("email", "user.error.email"));
		}
		else if (holders.emailHolder(email).filter(other -> other != id).isPresent()) {
			problems.add(new Problem("email", "user.error.emailTaken"));
		}
		return email;
	}

	private static String language(Details details) {
		return "en".equals(details.language()) ? "en" : "id";
	}

	private boolean isArea(String code, AreaLevel level) {
		return AreaLevel.ofCode(code).filter(level::equals).isPresent() && this.areas.find(code).isPresent();
	}

	private static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static String randomPassword() {
		// 14 characters from an alphabet without look-alikes: about 80 bits.
		String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return password.toString();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
