package id.paritrana.app.security;

import java.util.concurrent.Callable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.paritrana.app.system.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar paritrana.jar create-admin}: the first national administrator of a
 * production run.
 */
@Component
@Command(name = "create-admin", mixinStandardHelpOptions = true,
		description = "Create a national administrator (ADMIN_NASIONAL) in the configured database.")
public class CreateAdminCommand implements Callable<Integer> {

	@Option(names = "--username", required = true, description = "Sign-in name (lower case letters, digits, . _ -).")
	String username;

	@Option(names = "--name", defaultValue = "Administrator", description = "Display name.")
	String displayName;

	@Option(names = "--password", interactive = true, arity = "0..1",
			description = "Password (at least 12 characters, at most 72 bytes, not a common or guessable one); "
					+ "asked for when no value is given.")
	char[] password;

	private final UserManagement users;

	private final MessageSource messages;

	CreateAdminCommand(UserManagement users, MessageSource messages) {
		this.users = users;
		this.messages = messages;
	}

	@Override
	public Integer call() {
		if (this.password == null) {
			System.err.println("create-admin: --password is required");
			return 2;
		}
		try {
			UserAccount admin = this.users.createAdministrator("cli:" + System.getProperty("user.name"), this.username,
					this.displayName, new String(this.password));
			System.out.println("Created administrator '" + admin.username() + "'.");
			return 0;
		}
		catch (InvalidInputException ex) {
			ex.problems()
				.forEach(problem -> System.err.println("create-admin: " + problem.field() + ": " + this.messages
					.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), java.util.Locale.ENGLISH)));
			return 2;
		}
	}

}
