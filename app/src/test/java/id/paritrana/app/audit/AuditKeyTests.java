package id.paritrana.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the audit key comes from, and when there is none. */
class AuditKeyTests {

	static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	@TempDir
	Path dir;

	@Test
	void theConfiguredKeyWinsOverTheFile() throws IOException {
		Path file = this.dir.resolve("audit.key");
		Files.writeString(file, Base64.getEncoder().encodeToString("x".repeat(40).getBytes()));
		AuditKey key = new AuditKey(new AuditKeyProperties(KEY, file, true));
		assertThat(key.id()).isEqualTo(AuditKey.id(new byte[32])).hasSize(8);
	}

	@Test
	void aMissingKeyFileIsCreatedOnceWithOwnerOnlyPermissions() throws IOException {
		Path file = this.dir.resolve("data").resolve("audit.key");
		AuditKey created = new AuditKey(new AuditKeyProperties(null, file, true));
		assertThat(file).isRegularFile();
		assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		AuditKey again = new AuditKey(new AuditKeyProperties("", file, true));
		assertThat(again.id()).isEqualTo(created.id());
		assertThat(again.mac("abc")).isEqualTo(created.mac("abc")).hasSize(64);
	}

	@Test
	void withoutCreationAMissingKeyStopsTheStartWithAClearMessage() {
		Path file = this.dir.resolve("absent.key");
		assertThatExceptionOfType(AuditKeyException.class)
			.isThrownBy(() -> new AuditKey(new AuditKeyProperties(null, file, false)))
			.withMessageContaining("PARITRANA_AUDIT_KEY")
			.withMessageContaining("PARITRANA_AUDIT_KEY_FILE")
			.withMessageContaining(file.toAbsolutePath().toString());
		assertThat(file).doesNotExist();
	}

	@Test
	void aShortOrMalformedKeyIsRefused() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
		assertThatExceptionOfType(AuditKeyException.class)
			.isThrownBy(() -> new AuditKey(new AuditKeyProperties(shortKey, null, false)))
			.withMessageContaining("16 bytes")
			.withMessageContaining("at least 32");
		assertThatExceptionOfType(AuditKeyException.class)
			.isThrownBy(() -> new AuditKey(new AuditKeyProperties("not base64!", null, false)))
			.withMessageContaining("not base64");
	}

	@Test
	void entryAndHeadMacsAreKeptApart() {
		AuditKey key = new AuditKey(new AuditKeyProperties(KEY, null, false));
		assertThat(key.mac("h")).isNotEqualTo(key.headMac(1, "h"));
		AuditKey other = new AuditKey("another-key-of-thirty-two-bytes!".getBytes());
		assertThat(other.mac("h")).isNotEqualTo(key.mac("h"));
	}

	@Test
	void startsAtTheSameMomentAgreeOnOneKey() throws Exception {
		Path file = this.dir.resolve("race").resolve("audit.key");
		var properties = new AuditKeyProperties(null, file, true);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			var ids = new java.util.ArrayList<java.util.concurrent.Future<String>>();
			for (int i = 0; i < 8; i++) {
				ids.add(pool.submit(() -> new AuditKey(properties).id()));
			}
			var distinct = new java.util.HashSet<String>();
			for (var id : ids) {
				distinct.add(id.get());
			}
			assertThat(distinct).containsExactly(new AuditKey(properties).id());
		}
		finally {
			pool.shutdown();
		}
		try (var left = Files.list(file.getParent())) {
			assertThat(left.map(p -> p.getFileName().toString())).containsExactly("audit.key");
		}
	}

}
