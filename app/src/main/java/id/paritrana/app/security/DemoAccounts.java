package id.paritrana.app.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo sign-ins, one per role, created on first start of the demo profile only (the
 * default embedded run); with those other modules create ({@link DemoSignIns}) they are
 * printed at start and listed on the sign-in page. A production run has none.
 */
@Component
@ConditionalOnBooleanProperty("paritrana.security.demo-users")
class DemoAccounts implements SmartInitializingSingleton {

	static final String PASSWORD = DemoSignIns.PASSWORD;

	/** A demo sign-in with the scope its account is created with. */
	record Account(String username, Role role, String displayName, String provinceCode, String governmentCode,
			String employerNpp) {
	}

	static final List<Account> ACCOUNTS = List.of(
			new Account("admin", Role.ADMIN_NASIONAL, "Sekretariat Nasional", null, null, null),
			new Account("panitia.diy", Role.PANITIA_PROVINSI, "Panitia Provinsi DI Yogyakarta", "34", null, null),
			new Account("verifikator.diy", Role.VERIFIKATOR, "Verifikator BPJS TK DI Yogyakarta", "34", null, null),
			new Account("penilai", Role.PENILAI, "Juri Nasional", null, null, null),
			new Account("operator.yogyakarta", Role.OPERATOR_PEMDA, "Operator Pemerintah Kota Yogyakarta", "34",
					"34.71", null),
			new Account("operator.bu", Role.OPERATOR_BADAN_USAHA, "Operator PT Karya Agung", "34", null, "67807051"));

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final UserManagement users;

	private final UserAccounts accounts;

	private final TransactionTemplate transactions;

	private final ObjectProvider<DemoSignIns> others;

	private final JdbcClient jdbc;

	DemoAccounts(UserManagement users, UserAccounts accounts, TransactionTemplate transactions,
			ObjectProvider<DemoSignIns> others, JdbcClient jdbc) {
		this.users = users;
		this.accounts = accounts;
		this.transactions = transactions;
		this.others = others;
		this.jdbc = jdbc;
	}

	/**
	 * Every demo sign-in: one per role, then those of other modules, each username once.
	 */
	List<DemoSignIns.DemoSignIn> signIns() {
		Map<String, DemoSignIns.DemoSignIn> all = new LinkedHashMap<>();
		ACCOUNTS
			.forEach(a -> all.put(a.username(), new DemoSignIns.DemoSignIn(a.username(), a.role(), a.displayName())));
		this.others.orderedStream()
			.flatMap(source -> source.signIns().stream())
			.forEach(s -> all.putIfAbsent(s.username(), s));
		return List.copyOf(all.values());
	}

	/**
	 * The demo sign-ins whose accounts exist and are enabled: the sign-in page lists only
	 * what works, so the jurors appear once the demo edition has created them.
	 */
	List<DemoSignIns.DemoSignIn> usable() {
		List<DemoSignIns.DemoSignIn> all = signIns();
		Set<String> enabled = Set
			.copyOf(this.jdbc.sql("SELECT username FROM app_user WHERE enabled AND username IN (:names)")
				.param("names", all.stream().map(DemoSignIns.DemoSignIn::username).toList())
				.query(String.class)
				.list());
		return all.stream().filter(s -> enabled.contains(s.username())).toList();
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.transactions.executeWithoutResult(status -> {
			for (Account demo : ACCOUNTS) {
				if (this.accounts.findByUsername(demo.username()).isEmpty()) {
					var details = new UserManagement.Details(demo.displayName(), demo.role(), demo.provinceCode(),
							demo.governmentCode(), demo.employerNpp(), true);
					this.users.createDemoAccount("demo", demo.username(), PASSWORD, details);
				}
			}
		});
	}

	/** Tells the person who just started the demo where to go and how to sign in. */
	@EventListener
	void ready(ApplicationReadyEvent event) {
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
		if (port == null) {
			return;
		}
		StringBuilder banner = new StringBuilder("\n\n  Paritrana is ready: http://localhost:" + port + "\n");
		banner.append("  Demo sign-ins (password '").append(PASSWORD).append("'):\n");
		signIns().forEach(
				a -> banner.append(String.format("    %-20s %-22s %s%n", a.username(), a.role(), a.displayName())));
		log.info(banner.toString());
	}

}
