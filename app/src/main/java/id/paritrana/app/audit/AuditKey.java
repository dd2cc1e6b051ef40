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
 * The secret key of the audit chain's MACs (HMAC-SHA256), from
 * {@code paritrana.audit.key} or the key file; on the embedded default a missing key file
 * is created on first start. Resolved when the application starts, so a missing key stops
 * the start with a clear message.
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
			throw new AuditKeyException("The audit key has " + secret.length + " bytes; it needs at least " + MIN_BYTES
					+ " (base64 of 32 random bytes).");
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
			throw new AuditKeyException(
					"The audit key file " + file.toAbsolutePath() + " cannot be read: " + ex.getMessage(), ex);
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

	/**
	 * A new random key in a file only its owner can read. The file appears complete or
	 * not at all (written aside, then hard-linked into place, which fails if it exists),
	 * so a process starting at the same moment reads the same key instead of making its
	 * own.
	 */
	private static byte[] create(Path file) {
		byte[] secret = new byte[MIN_BYTES];
		new SecureRandom().nextBytes(secret);
		byte[] content = (Base64.getEncoder().encodeToString(secret) + "\n").getBytes(StandardCharsets.US_ASCII);
		Path absolute = file.toAbsolutePath();
		Path aside = null;
		try {
			Files.createDirectories(absolute.getParent());
			aside = ownerOnly(
					absolute.resolveSibling(absolute.getFileName() + "." + java.util.UUID.randomUUID() + ".new"));
			Files.write(aside, content);
			try {
				Files.createLink(absolute, aside);
			}
			catch (FileAlreadyExistsException ex) {
				return read(absolute);
			}
			catch (UnsupportedOperationException ex) {
				Files.move(aside, absolute);
			}
		}
		catch (FileAlreadyExistsException ex) {
			return read(absolute);
		}
		catch (IOException ex) {
			throw new AuditKeyException("The audit key file " + absolute + " cannot be created: " + ex.getMessage(),
					ex);
		}
		finally {
			if (aside != null) {
				try {
					Files.deleteIfExists(aside);
				}
				catch (IOException ex) {
					log.warn("Could not remove " + aside + ": " + ex.getMessage());
				}
			}
		}
		log.warn("Created a new audit key in " + absolute + " (key id " + id(secret)
				+ "). Back it up apart from the database: without it the audit log cannot be verified.");
		return secret;
	}

	private static Path ownerOnly(Path path) throws IOException {
		if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return Files.createFile(path,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Path created = Files.createFile(path);
		created.toFile().setReadable(false, false);
		created.toFile().setReadable(true, true);
		created.toFile().setWritable(false, false);
		created.toFile().setWritable(true, true);
		return created;
	}

}
