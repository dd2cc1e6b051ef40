package id.paritrana.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.system.InvalidInputException;

@IntegrationTest
class UserManagementIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	static final String GOOD_PASSWORD = "teh-manis-hangat-7";

	@Autowired
	MessageSource messages;

	SignedInUser as(String username) {
		return (SignedInUser) this.userDetails.loadUserByUsername(username);
	}

	@Test
	void aProvincialCommitteeManagesItsOwnProvinceOnly() {
		SignedInUser panitia = as(DemoUsers.PANITIA_34);
		UserAccount created = this.users.create(panitia, "verif.sleman", GOOD_PASSWORD,
				new UserManagement.Details("Verifikator Sleman", Role.VERIFIKATOR, "34", null, null, true));
		assertThat(created.scope().provinceCode()).contains("34");
		assertThatThrownBy(() -> this.users.create(panitia, "verif.jakarta", GOOD_PASSWORD,
				new UserManagement.Details("Verifikator Jakarta", Role.VERIFIKATOR, "31", null, null, true)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.users.create(panitia, "second.admin", GOOD_PASSWORD,
				new UserManagement.Details("Admin", Role.ADMIN_NASIONAL, null, null, null, true)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.users.findUsername("verif.jakarta")).isEmpty();
		assertThat(this.users.list(panitia, "")).allSatisfy(u -> assertThat(u.provinceCode()).isEqualTo("34"));
	}

	@Test
	void aRequestOutsideItsScopeGets403AndIsAudited() throws Exception {
		SignedInUser admin = as(DemoUsers.ADMIN);
		long other = this.users.findUsername("verif.aceh")
			.orElseGet(() -> this.users.create(admin, "verif.aceh", GOOD_PASSWORD,
					new UserManagement.Details("Verifikator Aceh", Role.VERIFIKATOR, "11", null, null, true)))
			.id();
		long before = deniedCount();
		this.mvc.perform(get("/admin/pengguna/" + other).with(user(as(DemoUsers.PANITIA_34))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/users/" + other).with(user(as(DemoUsers.PANITIA_34))))
			.andExpect(status().isForbidden());
		assertThat(deniedCount()).isEqualTo(before + 2);
		String entity = this.jdbc
			.sql("SELECT entity_id FROM audit_log WHERE action = 'ACCESS_DENIED' ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.single();
		assertThat(entity).isEqualTo("GET /api/v1/users/" + other);
	}

	@Test
	void invalidDetailsNameEveryField() {
		SignedInUser admin = as(DemoUsers.ADMIN);
		assertThatThrownBy(() -> this.users.create(admin, "X", "short",
				new UserManagement.Details("", Role.OPERATOR_PEMDA, null, "99.99", null, true)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(InvalidInputException.Problem::field)
						.containsExactlyInAnyOrder("username", "password", "displayName", "governmentCode"));
	}

	@Test
	void theApiAnswersInvalidInputWithProblemDetails() throws Exception {
		this.mvc
			.perform(post("/api/v1/users").with(user(as(DemoUsers.ADMIN)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"a\",\"password\":\"x\",\"role\":\"VERIFIKATOR\",\"displayName\":\"V\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[?(@.field == 'provinceCode')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists());
		this.mvc
			.perform(post("/api/v1/users").with(user(as(DemoUsers.ADMIN)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\": \"NOT_A_ROLE\""))
			.andExpect(status().isBadRequest());
	}

	@Test
	void everyChangeIsAuditedWithBeforeAndAfterButNeverThePassword() {
		SignedInUser admin = as(DemoUsers.ADMIN);
		UserAccount account = this.users.findUsername("operator.depok")
			.orElseGet(() -> this.users.create(admin, "operator.depok", GOOD_PASSWORD,
					new UserManagement.Details("Operator Depok", Role.OPERATOR_PEMDA, null, "32.76", null, true)));
		assertThat(account.provinceCode()).isEqualTo("32");
		this.users.update(admin, account.id(),
				new UserManagement.Details("Operator Kota Depok", Role.OPERATOR_PEMDA, null, "32.76", null, false));
		var entry = this.jdbc
			.sql("SELECT before_json, after_json FROM audit_log WHERE action = 'USER_UPDATED' AND entity_id = :id"
					+ " ORDER BY id DESC LIMIT 1")
			.param("id", Long.toString(account.id()))
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
		assertThat(entry[0]).contains("\"enabled\":true").doesNotContain("password");
		assertThat(entry[1]).contains("\"enabled\":false", "Operator Kota Depok").doesNotContain("bcrypt");
	}

	@Test
	void nobodyLocksThemselvesOut() {
		SignedInUser admin = as(DemoUsers.ADMIN);
		assertThatThrownBy(() -> this.users.update(admin, admin.id(),
				new UserManagement.Details("Admin", Role.ADMIN_NASIONAL, null, null, null, false)))
			.isInstanceOf(InvalidInputException.class);
	}

	@ParameterizedTest
	@CsvSource({ "password12, user.error.password.tooShort", "paritrana2024, user.error.password.common",
			"Paritrana2025!, user.error.password.common", "abcdefghijk, user.error.password.tooShort",
			"TOO_LONG, user.error.password.tooLong", "pw.form.user-2025, user.error.password.personal" })
	void theFormRefusesAPasswordAndNamesTheRule(String password, String rule) throws Exception {
		String page = this.mvc
			.perform(post("/admin/pengguna").with(user(as(DemoUsers.ADMIN)))
				.with(csrf())
				.param("username", "pw.form.user")
				.param("password", password(password))
				.param("displayName", "Pengguna Formulir")
				.param("role", "PENILAI")
				.param("enabled", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains(this.messages.getMessage(rule, arguments(rule), Locale.forLanguageTag("id")));
		assertThat(this.users.findUsername("pw.form.user")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "password12, user.error.password.tooShort", "paritrana2024, user.error.password.common",
			"Paritrana2025!, user.error.password.common", "abcdefghijk, user.error.password.tooShort",
			"TOO_LONG, user.error.password.tooLong", "Pengguna-API-2024, user.error.password.personal" })
	void theApiRefusesAPasswordAndNamesTheRule(String password, String rule) throws Exception {
		for (Locale locale : new Locale[] { Locale.forLanguageTag("id"), Locale.ENGLISH }) {
			this.mvc
				.perform(post("/api/v1/users").with(user(as(DemoUsers.ADMIN)))
					.with(csrf())
					.cookie(new Cookie("PARITRANA_LANG", locale.toLanguageTag()))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"username\":\"pw.api.user\",\"password\":\"" + password(password)
							+ "\",\"role\":\"PENILAI\",\"displayName\":\"Pengguna API\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field == 'password')].message")
					.value(this.messages.getMessage(rule, arguments(rule), locale)));
		}
		assertThat(this.users.findUsername("pw.api.user")).isEmpty();
	}

	@Test
	void aGoodPasswordIsAcceptedByTheFormAndTheApi() throws Exception {
		this.mvc
			.perform(post("/admin/pengguna").with(user(as(DemoUsers.ADMIN)))
				.with(csrf())
				.param("username", "pw.good.form")
				.param("password", "kopi tubruk pagi hari")
				.param("displayName", "Pengguna Baik")
				.param("role", "PENILAI")
				.param("enabled", "true"))
			.andExpect(redirectedUrlPattern("/admin/pengguna/*"));
		this.mvc
			.perform(post("/api/v1/users").with(user(as(DemoUsers.ADMIN)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"pw.good.api\",\"password\":\"ĳĸŀŉŋœŧƀƈƌƒƙ\","
						+ "\"role\":\"PENILAI\",\"displayName\":\"Pengguna Baik\"}"))
			.andExpect(status().isCreated());
		assertThat(this.users.findUsername("pw.good.form")).isPresent();
		assertThat(this.users.findUsername("pw.good.api")).isPresent();
	}

	@Test
	void aResetPasswordFollowsThePolicy() {
		SignedInUser admin = as(DemoUsers.ADMIN);
		UserAccount account = this.users.findUsername("verif.reset")
			.orElseGet(() -> this.users.create(admin, "verif.reset", GOOD_PASSWORD,
					new UserManagement.Details("Verifikator Reset", Role.VERIFIKATOR, "34", null, null, true)));
		for (int i = 0; i < 20; i++) {
			String fresh = this.users.resetPassword(admin, account.id());
			assertThat(PasswordPolicy.check(fresh, account.username(), account.displayName())).isEmpty();
		}
	}

	/** 73 bytes in UTF-8: 36 two-byte letters and one more. */
	private static String password(String value) {
		return "TOO_LONG".equals(value) ? "é".repeat(36) + "x" : value;
	}

	private static Object[] arguments(String rule) {
		return rule.endsWith("tooShort") ? new Object[] { PasswordPolicy.MIN_LENGTH }
				: rule.endsWith("tooLong") ? new Object[] { PasswordPolicy.MAX_BYTES } : new Object[0];
	}

	private long deniedCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'ACCESS_DENIED'")
			.query(Long.class)
			.single();
	}

}
