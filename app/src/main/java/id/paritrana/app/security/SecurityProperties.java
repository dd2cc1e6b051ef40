package id.paritrana.app.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code paritrana.security.*}.
 *
 * @param maxFailedAttempts failed sign-ins in a row that lock an account
 * @param lockDuration how long it stays locked
 * @param demoUsers whether to create the demo sign-ins (demo profile only)
 * @param initialAdminUsername first administrator created on an empty database, if set
 * @param initialAdminPassword its password
 * @param publicApiDocs whether the API description ({@code /v3/api-docs}, {@code /swagger-ui}) is public;
 * {@code false} in production: signed-in users only
 */
@ConfigurationProperties("paritrana.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("false") boolean demoUsers, String initialAdminUsername, String initialAdminPassword,
		@DefaultValue("true") boolean publicApiDocs) {
}
