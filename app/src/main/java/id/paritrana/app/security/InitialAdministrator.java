package id.paritrana.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On start, creates the first administrator from {@code PARITRANA_ADMIN_USERNAME}
 * and {@code PARITRANA_ADMIN_PASSWORD} when both are set and no account of that name exists; the alternative to
 * {@code create-admin}.
 */
@Component
class InitialAdministrator implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final UserManagement users;

	private final SecurityProperties properties;

	InitialAdministrator(UserManagement users, SecurityProperties properties) {
		this.users = users;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String username = this.properties.initialAdminUsername();
		String password = this.properties.initialAdminPassword();
		if (username == null || username.isBlank() || password == null || password.isBlank()) {
			return;
		}
		if (this.users.findUsername(username).isEmpty()) {
			this.users.createAdministrator("system", username, "Administrator", password);
			log.info("Created the first administrator '{}'", username);
		}
	}

}
