package id.paritrana.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.paritrana.app.system.InvalidInputException;

/**
 * On start, creates the first administrator from {@code PARITRANA_ADMIN_USERNAME} and
 * {@code PARITRANA_ADMIN_PASSWORD} when both are set and no account of that name exists;
 * the alternative to {@code create-admin}. A password the policy refuses stops the start
 * with the rule it breaks.
 */
@Component
class InitialAdministrator implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final UserManagement users;

	private final SecurityProperties properties;

	private final MessageSource messages;

	InitialAdministrator(UserManagement users, SecurityProperties properties, MessageSource messages) {
		this.users = users;
		this.properties = properties;
		this.messages = messages;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String username = this.properties.initialAdminUsername();
		String password = this.properties.initialAdminPassword();
		if (username == null || username.isBlank() || password == null || password.isBlank()) {
			return;
		}
		if (this.users.findUsername(username).isEmpty()) {
			try {
				this.users.createAdministrator("system", username, "Administrator", password);
			}
			catch (InvalidInputException ex) {
				throw new IllegalStateException(
						"PARITRANA_ADMIN_USERNAME/PARITRANA_ADMIN_PASSWORD refused: " + ex.problems()
							.stream()
							.map(problem -> problem.field() + ": "
									+ this.messages.getMessage(problem.messageKey(), problem.args(),
											problem.messageKey(), java.util.Locale.ENGLISH))
							.collect(java.util.stream.Collectors.joining("; ")),
						ex);
			}
			log.info("Created the first administrator '{}'", username);
		}
	}

}
