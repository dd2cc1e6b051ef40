package id.paritrana.app.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo sign-ins, one per role, created on first start of the demo profile only (the
 * default embedded run) and listed on the sign-in page. A production run has none.
 */
@Component
@ConditionalOnBooleanProperty("paritrana.security.demo-users")
class DemoAccounts implements SmartInitializingSingleton {

	static final String PASSWORD = "paritrana2024";

	/** A demo sign-in as shown on the sign-in page. */
	record Account(String username, Role role, String displayName, String provinceCode, String governmentCode,
			String employerNpp) {
	}

	static final List<Account> ACCOUNTS = List.of(
			new Account("admin", Role.ADMIN_NASIONAL, "Sekretariat Nasional", null, null, null),
			new Account("panitia.diy", Role.PANITIA_PROVINSI, "Panitia Provinsi DI Yogyakarta", "34", null, null),
			new Account("verifikator.diy", Role.VERIFIKATOR, "Verifikator BPJS TK DI Yogyakarta", "34", null, null),
			new Account("penilai", Role.PENILAI, "Juri Nasional", null, null, null),
			new Account("operator.yogyakarta", Role.OPERATOR_PEMDA, "Operator Pemerintah Kota Yogyakarta", "34", "34.71", null),
			new Account("operator.bu", Role.OPERATOR_BADAN_USAHA, "Operator PT Karya Agung", "34", null, "67807051"));

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final UserManagement users;

	private final UserAccounts accounts;

	private final TransactionTemplate transactions;

	DemoAccounts(UserManagement users, UserAccounts accounts, TransactionTemplate transactions) {
		this.users = users;
		this.accounts = accounts;
		this.transactions = transactions;
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
		ACCOUNTS.forEach(a -> banner.append(String.format("    %-20s %s%n", a.username(), a.role())));
		log.info(banner.toString());
	}

}
