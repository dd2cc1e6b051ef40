package id.paritrana.app.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The secret key of the audit chain's MACs (HMAC-SHA256), from {@code paritrana.audit.key} or
 * the key file; on the embedded default a missing key file is created on first start. Resolved
 * when the application starts, so a missing key stops the start with a clear message.
 */
@Component
public class AuditKey {

	static final int MIN_BYTES = 32;

	private static final Log log = LogFactory.getLog(AuditKey.class);

	private final SecretKeySpec key;

	private final String id;

	@Autowired
	AuditKey(AuditKeyProperties properties) {
		this(resolve(properties));
	}

	AuditKey(byte[] secret) {
		if (secret.length < MIN_BYTES) {
			throw new AuditKeyException(
					"The audit key has " + secret.length + " bytes; it needs at least " + MIN_BYTES + " (base64 of 32 random bytes).");
		}
		this.key = new SecretKeySpec(secret, "HmacSHA256");
		this.id = id(secret);
	}

	/** The first 8 hex digits of SHA-256(key): names the key without revealing it. */
	public String id() {
		return this.id;
	}

	/** The MAC of an entry: HMAC-SHA256 over its hash, as hex. */
	String mac(String hash) {
		return hmac("entry:" + hash);
	}

	/** The MAC of the chain's head, so that entries removed from the end are detected. */
	String headMac(long lastId, String lastHash) {
		return hmac("head:" + lastId + ":" + lastHash);
	}

	private String hmac(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	static String id(byte[] secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret)).substring(0, 8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	static byte[] resolve(AuditKeyProperties properties) {
		if (properties.key() != null && !properties.key().isBlank()) {
			return decode(properties.key(), "PARITRANA_AUDIT_KEY (paritrana.audit.key)");
		}
		Path file = properties.keyFile();
		if (file == null) {
			throw new AuditKeyException(missing("no key file is configured"));
		}
		if (Files.isRegularFile(file)) {
			return read(file);
		}
		if (!properties.createKeyFile()) {
			throw new AuditKeyException(missing("the key file " + file.toAbsolutePath() + " does not exist"));
		}
		return create(file);
	}

	private static String missing(String why) {
		return "No audit key: set PARITRANA_AUDIT_KEY (base64 of at least 32 random bytes) or PARITRANA_AUDIT_KEY_FILE"
				+ " (a file holding it); " + why + ". Every node must use the same key, and it must be backed up"
				+ " apart from the database.";
	}

	private static byte[] read(Path file) {
		try {
			return decode(Files.readString(file, StandardCharsets.US_ASCII), "the key file " + file.toAbsolutePath());
		}
		catch (IOException ex) {
			throw new AuditKeyException("The audit key file " + file.toAbsolutePath() + " cannot be read: " + ex.getMessage(),
					ex);
		}
	}

	private static byte[] decode(String base64, String source) {
		byte[] secret;
		try {
			secret = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new AuditKeyException("The audit key in " + source + " is not base64: " + ex.getMessage(), ex);
		}
		if (secret.length < MIN_BYTES) {
			throw new AuditKeyException("The audit key in " + source + " has " + secret.length
					+ " bytes; it needs at least " + MIN_BYTES + " (e.g. openssl rand -base64 32).");
		}
		return secret;
	}

	/** A new random key in a file only its owner can read; a file another process created first wins. */
	private static byte[] create(Path file) {
		byte[] secret = new byte[MIN_BYTES];
		new SecureRandom().nextBytes(secret);
		byte[] content = (Base64.getEncoder().encodeToString(secret) + "\n").getBytes(StandardCharsets.US_ASCII);
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			try {
				if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
					Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				}
				else {
					Files.createFile(file);
					file.toFile().setReadable(false, false);
					file.toFile().setReadable(true, true);
					file.toFile().setWritable(false, false);
					file.toFile().setWritable(true, true);
				}
			}
			catch (FileAlreadyExistsException ex) {
				return read(file);
			}
			Files.write(file, content);
		}
		catch (IOException ex) {
			throw new AuditKeyException("The audit key file " + file.toAbsolutePath() + " cannot be created: " + ex.getMessage(),
					ex);
		}
		log.warn("Created a new audit key in " + file.toAbsolutePath() + " (key id " + id(secret)
				+ "). Back it up apart from the database: without it the audit log cannot be verified.");
		return secret;
	}

}
