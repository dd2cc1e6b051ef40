package id.paritrana.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of the audit chain: fields joined unambiguously (length-prefixed), SHA-256.
 */
final class AuditHashing {

	static final String GENESIS = "0".repeat(64);

	private AuditHashing() {
	}

	static String sha256(String... fields) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String field : fields) {
				// Length-prefixing keeps ("ab","c") and ("a","bc") apart; -1 marks a
				// null.
				byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
				digest.update(
						(field == null ? "-1" : Integer.toString(bytes.length)).getBytes(StandardCharsets.US_ASCII));
				digest.update((byte) ':');
				digest.update(bytes);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** Timestamps are hashed at the microsecond precision both databases store. */
	static long micros(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	static Instant truncate(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

}
