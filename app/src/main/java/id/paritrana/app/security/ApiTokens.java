package id.paritrana.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.NotFoundException;

/**
 * Personal API tokens: a machine client sends {@code Authorization: Bearer <token>}
 * instead of a password on every call, which spares a BCrypt check per request. Only the
 * SHA-256 of a token is stored (a token has 256 random bits, so a fast hash is enough); a
 * token acts with its owner's current role and scope, stops with the account, expires,
 * and can be revoked. Creating and revoking are audited.
 */
@Service
public class ApiTokens {

	/**
	 * Tokens start with this, so a leaked one is recognisable (e.g. by secret scanners).
	 */
	static final String PREFIX = "ptk_";

	static final int MAX_DAYS = 365;

	static final int DEFAULT_DAYS = 90;

	static final int MAX_NAME_LENGTH = 100;

	/**
	 * How often the last use of a token is written; more often would turn every read into
	 * a write.
	 */
	private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserAccounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final Map<Long, Instant> lastUseWritten = new ConcurrentHashMap<>();

	ApiTokens(JdbcClient jdbc, UserAccounts accounts, AuditLog audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = Clock.systemUTC();
	}

	/** A token as its owner sees it, without its secret. */
	public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
			Instant lastUsedAt, Instant revokedAt) {

		public boolean active(Instant now) {
			return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(now));
		}

	}

	/** A new token: its secret is shown once and never again. */
	public record IssuedToken(ApiToken token, String secret) {
	}

	@Transactional(readOnly = true)
	public List<ApiToken> list(SignedInUser owner) {
		return this.jdbc
			.sql("SELECT id, name, prefix, created_at, expires_at, last_used_at, revoked_at FROM api_token"
					+ " WHERE user_id = :user ORDER BY created_at DESC, id DESC")
			.param("user", owner.id())
			.query(ApiTokens::map)
			.list();
	}

	/**
	 * Creates a token for its owner.
	 * @param days validity in days, 1 to {@value #MAX_DAYS}; null for
	 * {@value #DEFAULT_DAYS}
	 */
	@Transactional
	public IssuedToken create(SignedInUser owner, String name, Integer days) {
		String label = name == null ? "" : name.strip();
		if (label.isEmpty() || label.length() > MAX_NAME_LENGTH) {
			throw new InvalidInputException("name", "token.error.name", MAX_NAME_LENGTH);
		}
		int validity = days == null ? DEFAULT_DAYS : days;
		if (validity < 1 || validity > MAX_DAYS) {
			throw new InvalidInputException("days", "token.error.days", MAX_DAYS);
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = this.clock.instant();
		var keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO api_token (user_id, name, token_hash, prefix, created_at, expires_at)"
					+ " VALUES (:user, :name, :hash, :prefix, :created, :expires)")
			.param("user", owner.id())
			.param("name", label)
			.param("hash", sha256(secret))
			.param("prefix", secret.substring(0, PREFIX.length() + 6))
			.param("created", utc(now))
			.param("expires", utc(now.plus(Duration.ofDays(validity))))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		ApiToken token = find(owner, id);
		this.audit.record("API_TOKEN_CREATED", "api_token", Long.toString(id), null,
				Map.of("owner", owner.getUsername(), "name", label, "prefix", token.prefix(), "expiresAt",
						token.expiresAt().toString()));
		return new IssuedToken(token, secret);
	}

	/** Revokes one of the owner's tokens; revoking a revoked token changes nothing. */
	@Transactional
	public ApiToken revoke(SignedInUser owner, long id) {
		ApiToken before = find(owner, id);
		if (before.revokedAt() != null) {
			return before;
		}
		this.jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id")
			.param("now", utc(this.clock.instant()))
			.param("id", id)
			.update();
		ApiToken after = find(owner, id);
		this.audit.record("API_TOKEN_REVOKED", "api_token", Long.toString(id),
				Map.of("owner", owner.getUsername(), "name", before.name(), "prefix", before.prefix()),
				Map.of("revokedAt", after.revokedAt().toString()));
		return after;
	}

	/**
	 * The account a presented token acts for: empty when the token is unknown, revoked,
	 * expired, or its account is disabled.
	 */
	Optional<Authenticated> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<long[]> row = this.jdbc
			.sql("SELECT id, user_id FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL"
					+ " AND (expires_at IS NULL OR expires_at > :now)")
			.param("hash", sha256(secret))
			.param("now", utc(now))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		long tokenId = row.get()[0];
		Optional<UserAccount> account = this.accounts.findById(row.get()[1]).filter(UserAccount::enabled);
		account.ifPresent(a -> noteUse(tokenId, now));
		return account.map(a -> new Authenticated(tokenId, new SignedInUser(a)));
	}

	/** The owner of an authenticated token. */
	record Authenticated(long tokenId, SignedInUser user) {
	}

	private void noteUse(long tokenId, Instant now) {
		Instant written = this.lastUseWritten.get(tokenId);
		if (written != null && written.plus(LAST_USE_PRECISION).isAfter(now)) {
			return;
		}
		this.lastUseWritten.put(tokenId, now);
		this.jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
			.param("now", utc(now))
			.param("id", tokenId)
			.update();
	}

	private ApiToken find(SignedInUser owner, long id) {
		return this.jdbc
			.sql("SELECT id, name, prefix, created_at, expires_at, last_used_at, revoked_at FROM api_token"
					+ " WHERE id = :id AND user_id = :user")
			.param("id", id)
			.param("user", owner.id())
			.query(ApiTokens::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("token " + id));
	}

	private static ApiToken map(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"), instant(rs, "created_at"),
				instant(rs, "expires_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
