package id.paritrana.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;

/**
 * A session is a user's only while what it was signed in with holds, and it never acts
 * without its CSRF token: a stray {@code Authorization} header beside the cookie does not
 * let a page on another site act with the session.
 */
@IntegrationTest
class SessionAndCsrfIntegrationTests {

	static final String STRONG = "Kv9tR2mLq7wZ-uJ4";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	Cookie signIn(String username, String password) throws Exception {
		Cookie cookie = this.mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("PARITRANA_SESSION");
		assertThat(cookie).isNotNull();
		return cookie;
	}

	SignedInUser admin() {
		return (SignedInUser) this.userDetails.loadUserByUsername(DemoUsers.ADMIN);
	}

	UserAccount account(String username, Role role, String province) {
		return this.users.findUsername(username)
			.orElseGet(() -> this.users.createAccount("test", username, STRONG,
					new UserManagement.Details("Test " + username, role, province, null, null, true)));
	}

	String passwordHash(long id) {
		return this.jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	@Test
	void aSessionNeedsItsCsrfTokenWhateverAuthorizationHeaderComesWithIt() throws Exception {
		Cookie admin = signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
		UserAccount target = account("csrf.target", Role.PENILAI, null);
		String before = passwordHash(target.id());
		String reset = "/api/v1/users/" + target.id() + "/password-reset";
		for (String stray : new String[] { "Bearer x", "", "Basic", "Basic !!!", "Negotiate abc" }) {
			int status = this.mvc.perform(post(reset).cookie(admin).header("Authorization", stray))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as("session + 'Authorization: %s' without a CSRF token", stray).isIn(401, 403);
			assertThat(passwordHash(target.id())).as("password after 'Authorization: %s'", stray).isEqualTo(before);
		}
		// the same session with its token may act: the refusals above were about the
		// token
		this.mvc.perform(post(reset).cookie(admin).with(csrf())).andExpect(status().isOk());
		assertThat(passwordHash(target.id())).isNotEqualTo(before);
	}

	@Test
	void aMalformedCsrfTokenIsAnOrdinaryRefusal() throws Exception {
		Cookie admin = signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
		var tokens = new java.util.ArrayList<>(java.util.List.of("%%%", "a", "====", "x".repeat(5000), "\u0000"));
		for (int length : new int[] { 1, 16, 35, 36, 37, 72, 73, 200 }) {
			// well-formed Base64 of the wrong size
			tokens.add(java.util.Base64.getUrlEncoder().encodeToString(new byte[length]));
		}
		for (String token : tokens) {
			this.mvc.perform(post("/admin/pengguna").cookie(admin).param("_csrf", token).param("username", "bad.csrf"))
				.andExpect(status().isForbidden());
			// a control character in a header is refused by the request firewall (400)
			// before the CSRF check
			assertThat(this.mvc.perform(post("/api/v1/users").cookie(admin).header("X-CSRF-TOKEN", token))
				.andReturn()
				.getResponse()
				.getStatus()).as("API call with CSRF header of length %d", token.length()).isIn(400, 403);
		}
		assertThat(this.users.findUsername("bad.csrf")).isEmpty();
	}

	@Test
	void disablingAnAccountEndsItsSessions() throws Exception {
		UserAccount user = account("session.disabled", Role.PENILAI, null);
		this.users.update(admin(), user.id(), details(user, Role.PENILAI, null, true));
		Cookie session = signIn(user.username(), STRONG);
		this.mvc.perform(get("/api/v1/tokens").cookie(session)).andExpect(status().isOk());

		this.users.update(admin(), user.id(), details(user, Role.PENILAI, null, false));

		this.mvc.perform(get("/api/v1/tokens").cookie(session)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :u")
			.param("u", user.username())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aChangeOfRoleOrScopeEndsTheSessions() throws Exception {
		UserAccount user = account("session.rescoped", Role.VERIFIKATOR, "34");
		this.users.update(admin(), user.id(), details(user, Role.VERIFIKATOR, "34", true));
		Cookie first = signIn(user.username(), STRONG);
		this.users.update(admin(), user.id(), details(user, Role.VERIFIKATOR, "75", true));
		this.mvc.perform(get("/api/v1/tokens").cookie(first)).andExpect(status().isUnauthorized());

		Cookie second = signIn(user.username(), STRONG);
		this.users.update(admin(), user.id(), details(user, Role.PENILAI, null, true));
		this.mvc.perform(get("/api/v1/tokens").cookie(second)).andExpect(status().isUnauthorized());
		// a change of name only keeps them
		Cookie third = signIn(user.username(), STRONG);
		this.users.update(admin(), user.id(),
				new UserManagement.Details("Another name", Role.PENILAI, null, null, null, true));
		this.mvc.perform(get("/api/v1/tokens").cookie(third)).andExpect(status().isOk());
	}

	@Test
	void aPasswordResetEndsTheSessions() throws Exception {
		UserAccount user = account("session.reset", Role.PENILAI, null);
		this.users.update(admin(), user.id(), details(user, Role.PENILAI, null, true));
		Cookie session = signIn(user.username(), STRONG);
		String fresh = this.users.resetPassword(admin(), user.id());
		this.mvc.perform(get("/api/v1/tokens").cookie(session)).andExpect(status().isUnauthorized());
		signIn(user.username(), fresh);
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'USER_SESSIONS_ENDED' AND entity_id = :u")
					.param("u", user.username())
					.query(Long.class)
					.single())
			.isPositive();
	}

	@Test
	void anonymousRefusalsAreAuditedAsAPatternNotARowEach() throws Exception {
		long before = deniedRows();
		for (int i = 0; i < 100; i++) {
			this.mvc.perform(post("/admin/pengguna").param("username", "flood").with(request -> {
				request.setRemoteAddr("198.51.100.77");
				return request;
			})).andExpect(status().isForbidden());
		}
		assertThat(deniedRows() - before).isEqualTo(1);
		// a signed-in user's refusals are each written: they are accountable for every
		// one
		Cookie verifier = signIn(DemoUsers.VERIFIKATOR_34, DemoUsers.PASSWORD);
		long signedIn = deniedRows();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/api/v1/audit").cookie(verifier)).andExpect(status().isForbidden());
		}
		assertThat(deniedRows() - signedIn).isEqualTo(3);
	}

	long deniedRows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'ACCESS_DENIED'")
			.query(Long.class)
			.single();
	}

	static UserManagement.Details details(UserAccount user, Role role, String province, boolean enabled) {
		return new UserManagement.Details(user.displayName(), role, province, null, null, enabled);
	}

}
