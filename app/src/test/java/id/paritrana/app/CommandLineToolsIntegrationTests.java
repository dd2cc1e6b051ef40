package id.paritrana.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database tools of the executable jar, run as {@code main} would run them. */
class CommandLineToolsIntegrationTests {

	@TempDir
	static Path folder;

	/**
	 * Each tool starts and closes its own application context, as the jar does; on the
	 * embedded default they share a database file of their own, on PostgreSQL the
	 * configured database.
	 */
	@BeforeAll
	static void testProfile() {
		System.setProperty("spring.profiles.active", "test");
		if (System.getenv("PARITRANA_DB_URL") == null) {
			System.setProperty("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("cli").toAbsolutePath()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		}
	}

	@AfterAll
	static void clear() {
		System.clearProperty("spring.profiles.active");
		System.clearProperty("spring.datasource.url");
	}

	record Run(int exit, String out, String err) {
	}

	static Run run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		var stdout = new ByteArrayOutputStream();
		var stderr = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
			int exit = CommandLineTools.run(args);
			return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	@Test
	void recognisesToolsAndLeavesEverythingElseToTheServer() {
		assertThat(CommandLineTools.isCommand(new String[] { "create-admin" })).isTrue();
		assertThat(CommandLineTools.isCommand(new String[] { "audit-verify" })).isTrue();
		assertThat(CommandLineTools.isCommand(new String[] {})).isFalse();
		assertThat(CommandLineTools.isCommand(new String[] { "--server.port=9090" })).isFalse();
		Run help = run("help");
		assertThat(help.exit()).isZero();
		assertThat(help.out()).contains("create-admin", "audit-verify");
	}

	@Test
	void createsAnAdministratorAndRefusesAWeakPassword() {
		Run weak = run("create-admin", "--username", "cli.admin", "--password=short");
		assertThat(weak.exit()).isEqualTo(2);
		assertThat(weak.err()).contains("password").doesNotContain("Exception");
		Run common = run("create-admin", "--username", "cli.admin", "--password=Paritrana2025!");
		assertThat(common.exit()).isEqualTo(2);
		assertThat(common.err()).contains("create-admin: password: This password is too common");
		Run tooLong = run("create-admin", "--username", "cli.admin", "--password=" + "é".repeat(37));
		assertThat(tooLong.exit()).isEqualTo(2);
		assertThat(tooLong.err()).contains("at most 72 bytes").doesNotContain("Exception");

		Run created = run("create-admin", "--username", "cli.admin", "--name", "Admin CLI",
				"--password=a-long-password-1");
		assertThat(created.exit()).as(created.err()).isZero();
		assertThat(created.out()).contains("Created administrator 'cli.admin'");

		Run again = run("create-admin", "--username", "cli.admin", "--password=a-long-password-1");
		assertThat(again.exit()).isEqualTo(2);
		assertThat(again.err()).contains("username");
	}

	@Test
	void verifiesTheAuditChain() {
		Run verified = run("audit-verify");
		assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();
		assertThat(verified.out()).startsWith("Audit chain intact");
	}

	/** Runs a tool with some Spring properties set, as the environment would set them. */
	static Run runWith(Map<String, String> properties, String... args) {
		properties.forEach(System::setProperty);
		try {
			return run(args);
		}
		finally {
			properties.keySet().forEach(System::clearProperty);
		}
	}

	@Test
	void auditVerifyExits2WithAWrongKey() {
		Run created = run("create-admin", "--username", "cli.keyed", "--password=a-long-password-2");
		assertThat(created.exit()).as(created.err()).isZero();
		String other = Base64.getEncoder()
			.encodeToString("another-key-of-thirty-two-bytes!".getBytes(StandardCharsets.US_ASCII));
		Run wrong = runWith(Map.of("paritrana.audit.key", other), "audit-verify");
		assertThat(wrong.exit()).as(wrong.out()).isEqualTo(2);
		assertThat(wrong.err()).startsWith("Audit chain could not be checked: wrong key").doesNotContain("\tat ");
		assertThat(wrong.out()).doesNotContain("intact").doesNotContain("BROKEN");
	}

	@Test
	void auditVerifyExits2WithoutAKeyAndCreatesNone() {
		Path absent = folder.resolve("absent").resolve("audit.key");
		Run missing = runWith(Map.of("paritrana.audit.key", "", "paritrana.audit.key-file", absent.toString()),
				"audit-verify");
		assertThat(missing.exit()).isEqualTo(2);
		assertThat(missing.err().strip()).startsWith("Audit chain could not be checked: No audit key")
			.contains("PARITRANA_AUDIT_KEY")
			.doesNotContain("\n")
			.doesNotContain("Exception");
		assertThat(absent).doesNotExist();
	}

	@Test
	void auditVerifyExits2WhenTheDatabaseCannotBeReached() {
		Run unreachable = runWith(Map.of("spring.datasource.url", "jdbc:h2:tcp://127.0.0.1:1/absent"), "audit-verify");
		assertThat(unreachable.exit()).isEqualTo(2);
		assertThat(unreachable.err().strip())
			.startsWith("Audit chain could not be checked: the database cannot be opened:")
			.doesNotContain("\n");
		assertThat(unreachable.out() + unreachable.err()).doesNotContain("\tat ");
	}

}
