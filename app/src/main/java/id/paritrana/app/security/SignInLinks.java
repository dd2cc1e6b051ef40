package id.paritrana.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import id.paritrana.app.system.Outbox;
import id.paritrana.app.system.PublicAddress;

/**
 * One-time sign-in links (table {@code sign_in_link}): an invitation that lets a new
 * account set its first password, and a reset of a forgotten one. The token travels only
 * in the message; the database keeps its SHA-256. A link works once, and not after it
 * expires (an invitation after 7 days, a reset after an hour).
 */
@Service
class SignInLinks {

	enum Purpose {

		INVITATION(Duration.ofDays(7), "invitation"), RESET(Duration.ofHours(1), "reset");

		private final Duration lifetime;

		private final String message;

		Purpose(Duration lifetime, String message) {
			this.lifetime = lifetime;
			this.message = message;
		}

	}

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final PublicAddress address;

	/**
	 * How long a used or expired link is kept, as the record of its use, before it goes.
	 */
	static final Duration KEEP_SPENT = Duration.ofDays(30);

	SignInLinks(JdbcClient jdbc, Outbox outbox, PublicAddress address) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.address = address;
	}

	/**
	 * Creates a link for the account and writes the message that carries it to the
	 * outbox, both in the caller's transaction.
	 */
	void send(UserAccount account, Purpose purpose) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		OffsetDateTime expires = now.plus(purpose.lifetime);
		this.jdbc
			.sql("INSERT INTO sign_in_link (token_hash, username, purpose, created_at, expires_at)"
					+ " VALUES (:hash, :username, :purpose, :now, :expires)")
			.param("hash", hash(token))
			.param("username", account.username())
			.param("purpose", purpose.name())
			.param("now", now)
			.param("expires", expires)
			.update();
		this.outbox.enqueue(new Outbox.Recipient(account.username(), account.email(), account.language()),
				purpose.message, new Object[0],
				Map.of("name", account.displayName(), "username", account.username(), "role",
						new DefaultMessageSourceResolvable(account.role().messageKey()), "link",
						this.address.base() + "/masuk/tautan/" + token, "expires", expires.toInstant()),
				Optional.empty());
	}

	/** The account a link is for while it can still be used. */
	Optional<String> usernameFor(String token) {
		return this.jdbc
			.sql("SELECT username FROM sign_in_link WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
			.param("hash", hash(token))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.query(String.class)
			.optional();
	}

	/**
	 * Uses a link: the account it was for, once; empty when it was used, expired or never
	 * existed. Two uses at once cannot both succeed (one conditional update).
	 */
	Optional<String> use(String token) {
		Optional<String> username = usernameFor(token);
		if (username.isEmpty()) {
			return Optional.empty();
		}
		int used = this.jdbc
			.sql("UPDATE sign_in_link SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL"
					+ " AND expires_at > :now")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("hash", hash(token))
			.update();
		return (used == 1) ? username : Optional.empty();
	}

	/** Makes every unused link of an account unusable (its password was set). */
	void forgetAll(String username) {
		this.jdbc.sql("UPDATE sign_in_link SET used_at = :now WHERE username = :u AND used_at IS NULL")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("u", username)
			.update();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Scheduled(cron = "${paritrana.security.forget-spent-links-cron:0 23 3 * * *}")
	void forgetSpent() {
		forgetSpent(OffsetDateTime.now(ZoneOffset.UTC));
	}

	/**
	 * Deletes the links used or expired more than {@link #KEEP_SPENT} before {@code now}:
	 * none of them can sign anyone in any more.
	 * @return how many were deleted
	 */
	int forgetSpent(OffsetDateTime now) {
		OffsetDateTime before = now.minus(KEEP_SPENT);
		return this.jdbc.sql("DELETE FROM sign_in_link WHERE used_at < :before OR expires_at < :before")
			.param("before", before)
			.update();
	}

}
