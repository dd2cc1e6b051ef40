package id.paritrana.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;

@IntegrationTest
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	static final String RIGHT_PASSWORD = "right horse battery 7";

	@BeforeEach
	void forgetEarlierFailures() {
		// failures are forgotten an hour after the last one
		this.clock.advance(Duration.ofHours(2));
	}

	@Test
	void signsInWithTheRightPasswordOnly() throws Exception {
		this.mvc.perform(formLogin("/login").user(DemoUsers.PENILAI).password(DemoUsers.PASSWORD))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin("/login").user(DemoUsers.PENILAI).password("wrong-password-1"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void failuresFromOneAddressDoNotKeepTheAccountOutFromAnother() throws Exception {
		for (int i = 0; i < 20; i++) {
			signIn(DemoUsers.ADMIN, "wrong-password-" + i, "198.51.100.1").andExpect(redirectedUrl("/login?error"));
		}
		signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD, "198.51.100.2").andExpect(redirectedUrl("/"));
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'USER_LOCKED'").query(Long.class).single())
			.isZero();
	}

	@Test
	void duringAWaitEvenTheRightPasswordIsRefusedUntilTheWaitIsOver() throws Exception {
		String username = account("throttle.test", "Throttle Test");
		signIn(username, RIGHT_PASSWORD, "198.51.100.10").andExpect(redirectedUrl("/"));
		for (int i = 0; i < 4; i++) {
			signIn(username, "wrong-password-" + i, "198.51.100.11").andExpect(redirectedUrl("/login?error"));
		}
		signIn(username, RIGHT_PASSWORD, "198.51.100.11").andExpect(redirectedUrl("/login?error"));
		this.clock.advance(Duration.ofMillis(1001));
		signIn(username, RIGHT_PASSWORD, "198.51.100.11").andExpect(redirectedUrl("/"));
	}

	@Test
	void httpBasicIsThrottledToo() throws Exception {
		String username = account("throttle.basic", "Throttle Basic");
		for (int i = 0; i < 4; i++) {
			basic(username, "wrong-password-" + i, "198.51.100.20").andExpect(status().isUnauthorized());
		}
		basic(username, RIGHT_PASSWORD, "198.51.100.20").andExpect(status().isUnauthorized());
		this.clock.advance(Duration.ofSeconds(2));
		// signed in now: a juror may not list the users
		basic(username, RIGHT_PASSWORD, "198.51.100.20").andExpect(status().isForbidden());
	}

	@Test
	void aThrottledAccountGetsTheSameAnswerAsAnUnknownUsername() throws Exception {
		String throttled = failureMessage(DemoUsers.PENILAI, "198.51.100.30", 8);
		String unknown = failureMessage("nobody.at.all", "198.51.100.31", 1);
		String unknownThrottled = failureMessage("nobody.at.all", "198.51.100.32", 8);
		String wrongPassword = failureMessage(DemoUsers.VERIFIKATOR_34, "198.51.100.33", 1);
		assertThat(unknown).isEqualTo(
				"Nama pengguna atau kata sandi salah, atau terlalu banyak percobaan." + " Coba lagi sebentar lagi.");
		assertThat(throttled).isEqualTo(unknown).isEqualTo(unknownThrottled).isEqualTo(wrongPassword);
	}

	@Test
	void aDisabledAccountIsToldSoOnlyWithItsRightPassword() throws Exception {
		String username = account("disabled.test", "Disabled Test");
		UserAccount account = this.users.findUsername(username).orElseThrow();
		this.users.update(admin(), account.id(),
				new UserManagement.Details(account.displayName(), account.role(), null, null, null, false));
		assertThat(failureMessage(username, "198.51.100.40", 1))
			.isEqualTo(failureMessage("nobody.at.all", "198.51.100.41", 1));
		assertThat(message(signIn(username, RIGHT_PASSWORD, "198.51.100.40"))).contains("dinonaktifkan");
	}

	@Test
	void throttlingIsAuditedOncePerKeyNotPerFailure() throws Exception {
		for (int i = 0; i < 20; i++) {
			signIn(DemoUsers.OPERATOR_BU, "wrong-password-" + i, "198.51.100.50")
				.andExpect(redirectedUrl("/login?error"));
		}
		var rows = this.jdbc
			.sql("SELECT entity_id, after_json FROM audit_log WHERE action = 'SIGN_IN_THROTTLED'"
					+ " AND entity_id LIKE '%198.51.100.50'")
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
			.list();
		assertThat(rows).singleElement()
			.asString()
			.startsWith("USER_AND_ADDRESS operator.bu 198.51.100.50")
			.contains("\"failures\":4");
	}

	@Test
	void aPasswordBcryptCannotTakeIsAnOrdinaryFailure() throws Exception {
		String tooLong = "kata-sandi-" + "é".repeat(40);
		signIn(DemoUsers.ADMIN, tooLong, "198.51.100.60").andExpect(redirectedUrl("/login?error"));
		signIn("nobody.at.all", tooLong, "198.51.100.60").andExpect(redirectedUrl("/login?error"));
		basic(DemoUsers.ADMIN, tooLong, "198.51.100.61").andExpect(status().isUnauthorized());
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		String hash = this.jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'admin'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(DemoUsers.PASSWORD);
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		var admin = user(this.userDetails.loadUserByUsername(DemoUsers.ADMIN));
		this.mvc.perform(post("/admin/pengguna").with(admin).param("username", "no.csrf"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/pengguna").with(admin).with(csrf().useInvalidToken()).param("username", "no.csrf"))
			.andExpect(status().isForbidden());
		assertThat(this.users.findUsername("no.csrf")).isEmpty();
	}

	@Test
	void theApiAcceptsHttpBasicWithoutASession() throws Exception {
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString((DemoUsers.ADMIN + ":" + DemoUsers.PASSWORD).getBytes());
		this.mvc.perform(get("/api/v1/users").header("Authorization", basic)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/users"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", "application/problem+json"));
	}

	@Test
	void pagesCarrySecureHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("default-src 'self'")))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	private ResultActions signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	private ResultActions basic(String username, String password, String address) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this.mvc
			.perform(get("/api/v1/users").header("Authorization", "Basic " + credentials).with(from(address)));
	}

	/** The sign-in page's message after the last of a number of wrong passwords. */
	private String failureMessage(String username, String address, int attempts) throws Exception {
		String last = null;
		for (int i = 0; i < attempts; i++) {
			last = message(signIn(username, "wrong-password-" + i, address));
		}
		return last;
	}

	/**
	 * The message the sign-in page shows after a failed sign-in, in the session it
	 * started.
	 */
	private String message(ResultActions failedSignIn) throws Exception {
		Cookie session = failedSignIn.andExpect(redirectedUrl("/login?error"))
			.andReturn()
			.getResponse()
			.getCookie("PARITRANA_SESSION");
		assertThat(session).as("the session that keeps the failure").isNotNull();
		String page = this.mvc.perform(get("/login").param("error", "").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher alert = Pattern.compile("id=\"login-error\"[^>]*>([^<]*)<").matcher(page);
		assertThat(alert.find()).as("the sign-in page shows a failure").isTrue();
		return alert.group(1).strip();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private SignedInUser admin() {
		return (SignedInUser) this.userDetails.loadUserByUsername(DemoUsers.ADMIN);
	}

	private String account(String username, String name) {
		if (this.users.findUsername(username).isEmpty()) {
			this.users.createAccount("test", username, RIGHT_PASSWORD,
					new UserManagement.Details(name, Role.PENILAI, null, null, null, true));
		}
		return username;
	}

	/** The sign-in throttle's clock, standing still unless a test moves it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class StillClock {

		@Bean
		MutableClock clock() {
			return new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		}

	}

}
