package id.paritrana.app.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code paritrana.security.*}.
 *
 * @param signIn how failed sign-ins are slowed down
 * @param demoUsers whether to create the demo sign-ins (demo profile only)
 * @param initialAdminUsername first administrator created on an empty database, if set
 * @param initialAdminPassword its password
 * @param publicApiDocs whether the API description ({@code /v3/api-docs},
 * {@code /swagger-ui}) is public; {@code false} in production: signed-in users only
 */
@ConfigurationProperties("paritrana.security")
public record SecurityProperties(@DefaultValue SignIn signIn, @DefaultValue("false") boolean demoUsers,
		String initialAdminUsername, String initialAdminPassword, @DefaultValue("true") boolean publicApiDocs) {

	/**
	 * {@code paritrana.security.sign-in.*}: after a free allowance of failed sign-ins,
	 * each further failure makes the next attempt wait 1 s, 2 s, 4 s… up to a cap (see
	 * {@link SignInThrottle}).
	 *
	 * @param freePerUserAndAddress failures allowed for one username from one client
	 * address
	 * @param freePerAddress failures allowed from one client address, all usernames
	 * together
	 * @param freePerUser failures allowed for one username, all addresses together
	 * @param maxDelay the longest wait for an address or a username and address
	 * @param maxDelayPerUser the longest wait for a username alone, kept short
	 * @param forgetAfter how long after its last failure a key is forgotten
	 * @param maxTracked the most keys kept in memory (per node)
	 */
	public record SignIn(@DefaultValue("3") int freePerUserAndAddress, @DefaultValue("10") int freePerAddress,
			@DefaultValue("10") int freePerUser, @DefaultValue("15m") Duration maxDelay,
			@DefaultValue("30s") Duration maxDelayPerUser, @DefaultValue("1h") Duration forgetAfter,
			@DefaultValue("100000") int maxTracked) {
	}

}
