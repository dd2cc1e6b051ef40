package id.paritrana.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import id.paritrana.app.system.InvalidInputException.Problem;

class PasswordPolicyTests {

	private static Optional<String> rule(String password) {
		return PasswordPolicy.check(password, "budi.santoso", "Budi Santoso").map(Problem::messageKey);
	}

	@ParameterizedTest
	@ValueSource(strings = { "password12", "paritrana2024", "Paritrana2025!", "password123456", "P@ssw0rd2024!",
			"qwertyuiop123", "BPJS-Ketenagakerjaan", "jamsostek2024!!", "2024sunshine!!!", "Administrator1" })
	void refusesCommonPasswordsAndTheirSimpleVariants(String password) {
		assertThat(rule(password)).hasValueSatisfying(
				key -> assertThat(key).isIn("user.error.password.common", "user.error.password.tooShort"));
		if (password.length() >= PasswordPolicy.MIN_LENGTH) {
			assertThat(rule(password)).contains("user.error.password.common");
		}
	}

	@Test
	void refusesTheUsernameAndThePersonsName() {
		assertThat(rule("budi.santoso2024")).contains("user.error.password.personal");
		assertThat(rule("BudiSantoso!!!")).contains("user.error.password.personal");
		assertThat(rule("santoso123456")).contains("user.error.password.personal");
	}

	@Test
	void namesTheLengthRules() {
		assertThat(rule("abcdefghijk")).contains("user.error.password.tooShort");
		assertThat(rule(null)).contains("user.error.password.tooShort");
		// 12 characters but 24 bytes is long enough; 37 two-byte characters (74 bytes)
		// are too long
		assertThat(rule("ĳĸŀŉŋœŧƀƈƌƒƙ")).isEmpty();
		String tooLong = "é".repeat(36) + "x";
		assertThat(tooLong.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(73);
		assertThat(rule(tooLong)).contains("user.error.password.tooLong");
		assertThat(rule("x".repeat(72))).isEmpty();
		assertThat(PasswordPolicy.check("password", "u", null).orElseThrow().args()).containsExactly(12);
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery staple", "juror-password-1", "sample-password-1",
			"operator-bu-secret-1", "panitia-diy-browser-1", "test-juri-password-1", "juri-password-1",
			"Tiga kata acak saja", "gR7vQ2mZp9sL" })
	void acceptsPasswordsThatAreNotGuessable(String password) {
		assertThat(rule(password)).isEmpty();
	}

}
