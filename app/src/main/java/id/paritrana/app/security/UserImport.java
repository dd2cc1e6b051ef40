package id.paritrana.app.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.UploadedTable;

/**
 * Creates many accounts at once from a CSV or XLSX file (the users page), all or nothing.
 * Each row is checked by {@link UserManagement#check} exactly as the form checks one
 * account, and within the importer's own scope as the form would; a username or an e-mail
 * address twice in the file is a problem of the later row. There is no password column
 * (passwords do not belong in spreadsheets): every account needs an e-mail address and is
 * invited to set its own password, through the outbox, in the same transaction. Problems
 * are reported by line and column, as the data imports report them.
 */
@Service
class UserImport {

	/** The columns of the file, each the field of the account form of the same name. */
	static final List<String> COLUMNS = List.of("username", "display_name", "role", "province_code", "government_code",
			"employer_npp", "email", "language");

	/** The example row of the templates: an operator of Kabupaten Sleman. */
	static final List<String> EXAMPLE = List.of("operator.sleman", "Operator Kabupaten Sleman", "OPERATOR_PEMDA", "",
			"34.04", "", "operator.sleman@example.go.id", "id");

	/**
	 * At most 1 MB and 1,000 accounts a file; no value of a column longer than 500
	 * characters (the longest field, an e-mail address, takes 254).
	 */
	static final UploadedTable.Limits LIMITS = new UploadedTable.Limits(1024 * 1024, 1000, 500);

	/** The column each field of the account form is read from. */
	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("username", "username", "displayName",
			"display_name", "role", "role", "provinceCode", "province_code", "governmentCode", "government_code",
			"employerNpp", "employer_npp", "email", "email", "password", "email");

	/** What an import did: the accounts created, or every problem and nothing created. */
	record Outcome(String fileName, List<UserAccount> created, List<UploadedTable.Problem> problems) {

		boolean imported() {
			return this.problems.isEmpty();
		}

	}

	private final UserManagement users;

	private final UserAccounts accounts;

	private final AuditLog audit;

	UserImport(UserManagement users, UserAccounts accounts, AuditLog audit) {
		this.users = users;
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * Imports a file of accounts for a national admin or a provincial committee (its own
	 * province's roles only).
	 */
	@Transactional
	public Outcome importFile(SignedInUser actor, MultipartFile file) {
		this.users.requireUserAdministration(actor);
		UploadedTable.Table table = UploadedTable.read(file, COLUMNS, LIMITS);
		List<UploadedTable.Problem> problems = new ArrayList<>(table.problems());
		UserManagement.Holders holders = holdersOf(table.rows());
		Map<String, Long> usernameLines = new HashMap<>();
		Map<String, Long> emailLines = new HashMap<>();
		List<UserManagement.NewAccount> checked = new ArrayList<>();
		for (UploadedTable.Row row : table.rows()) {
			List<UploadedTable.Problem> rowProblems = new ArrayList<>();
			Optional<Role> role = role(row, rowProblems);
			String language = language(row, rowProblems);
			UserManagement.Details details = new UserManagement.Details(row.value("display_name"), role.orElse(null),
					row.value("province_code"), row.value("government_code"), row.value("employer_npp"), true,
					row.value("email"), language);
			List<InvalidInputException.Problem> found = new ArrayList<>();
			UserManagement.NewAccount account = this.users.check(row.value("username"), null, details, true, holders,
					found);
			for (InvalidInputException.Problem problem : found) {
				// an unknown role is said once, by the file's own message
				if (!(problem.field().equals("role") && !row.value("role").isEmpty())) {
					rowProblems.add(problem(row, problem));
				}
			}
			if (role.isPresent() && found.stream().noneMatch(p -> isScopeField(p.field()))
					&& !this.users.manages(actor, role.get(), account.scope())) {
				rowProblems.add(new UploadedTable.Problem(row.line(), "role", row.value("role"), "user.import.notYours",
						actor.scope().provinceCode().orElse("")));
			}
			duplicate(row, "username", account.username(), usernameLines, rowProblems);
			if (account.email() != null) {
				duplicate(row, "email", account.email(), emailLines, rowProblems);
			}
			problems.addAll(rowProblems);
			checked.add(account);
		}
		if (!problems.isEmpty()) {
			return new Outcome(table.fileName(), List.of(), problems);
		}
		// every account is invited: one hash of a password no one knows serves them all
		// until each sets its own, instead of a slow hash per row
		String unknownPassword = this.users.unknownPasswordHash();
		List<UserAccount> created = new ArrayList<>();
		for (UserManagement.NewAccount account : checked) {
			created.add(this.users.insert(actor.getUsername(), account, unknownPassword));
		}
		Map<String, Object> imported = new LinkedHashMap<>();
		imported.put("file", table.fileName());
		imported.put("sha256", sha256(table.content()));
		imported.put("accounts", created.size());
		this.audit.recordAs(actor.getUsername(), "USERS_IMPORTED", "user", null, null, imported);
		return new Outcome(table.fileName(), created, List.of());
	}

	/** Who holds the file's usernames and addresses already: two queries. */
	private UserManagement.Holders holdersOf(List<UploadedTable.Row> rows) {
		Set<String> taken = this.accounts.usernamesAmong(
				rows.stream().map(r -> r.value("username").toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
		Map<String, Long> emails = this.accounts.emailHoldersAmong(
				rows.stream().map(r -> r.value("email").toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
		return new UserManagement.Holders() {

			@Override
			public boolean holdsUsername(String username) {
				return taken.contains(username);
			}

			@Override
			public Optional<Long> emailHolder(String email) {
				return Optional.ofNullable(emails.get(email));
			}

		};
	}

	/** The role named by a row: empty when blank (the form's own rule) or unknown. */
	private static Optional<Role> role(UploadedTable.Row row, List<UploadedTable.Problem> problems) {
		String text = row.value("role");
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Role.valueOf(text.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new UploadedTable.Problem(row.line(), "role", text, "user.import.roleUnknown",
					java.util.Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "))));
			return Optional.empty();
		}
	}

	/** The language of the account's messages: id (also when blank) or en. */
	private static String language(UploadedTable.Row row, List<UploadedTable.Problem> problems) {
		String text = row.value("language").toLowerCase(Locale.ROOT);
		if (text.isEmpty() || text.equals("id") || text.equals("en")) {
			return text.isEmpty() ? "id" : text;
		}
		problems.add(new UploadedTable.Problem(row.line(), "language", row.value("language"),
				"user.import.languageUnknown"));
		return "id";
	}

	private static boolean isScopeField(String field) {
		return field.equals("provinceCode") || field.equals("governmentCode") || field.equals("employerNpp");
	}

	/** A problem of the form's fields as a problem of the row's column. */
	private static UploadedTable.Problem problem(UploadedTable.Row row, InvalidInputException.Problem problem) {
		String column = COLUMN_OF_FIELD.getOrDefault(problem.field(), problem.field());
		// without a password column, the form's "a password or an e-mail address" is a
		// missing e-mail address
		String key = problem.field().equals("password") ? "user.import.emailRequired" : problem.messageKey();
		return new UploadedTable.Problem(row.line(), column, row.value(column), key, problem.args());
	}

	/**
	 * A value a later row repeats is a problem of that row, naming the first one's line.
	 */
	private static void duplicate(UploadedTable.Row row, String column, String value, Map<String, Long> lines,
			List<UploadedTable.Problem> problems) {
		if (value.isEmpty()) {
			return;
		}
		Long first = lines.putIfAbsent(value, row.line());
		if (first != null) {
			problems
				.add(new UploadedTable.Problem(row.line(), column, row.value(column), "user.import.duplicate", first));
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
