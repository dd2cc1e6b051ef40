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

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

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

	@Test
	void signsInWithTheRightPasswordOnly() throws Exception {
		this.mvc.perform(formLogin("/login").user(DemoUsers.PENILAI).password(DemoUsers.PASSWORD))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin("/login").user(DemoUsers.PENILAI).password("wrong-password-1"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void locksAnAccountAfterRepeatedFailuresEvenAgainstTheRightPassword() throws Exception {
		String username = "lockout.test";
		if (this.users.findUsername(username).isEmpty()) {
			this.users.createAccount("test", username, "right-password-1",
					new UserManagement.Details("Lockout", Role.PENILAI, null, null, null, true));
		}
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(username).password("wrong-password-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		assertThat(this.users.findUsername(username).orElseThrow().locked()).isTrue();
		this.mvc.perform(formLogin("/login").user(username).password("right-password-1"))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'USER_LOCKED' AND actor = :u")
			.param("u", username)
			.query(Long.class)
			.single()).isPositive();
		// An administrator's password reset unlocks it.
		SignedInUser admin = (SignedInUser) this.userDetails.loadUserByUsername(DemoUsers.ADMIN);
		String fresh = this.users.resetPassword(admin, this.users.findUsername(username).orElseThrow().id());
		this.mvc.perform(formLogin("/login").user(username).password(fresh)).andExpect(redirectedUrl("/"));
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
		this.mvc.perform(post("/admin/pengguna").with(admin).with(csrf().useInvalidToken()).param("username", "no.csrf"))
			.andExpect(status().isForbidden());
		assertThat(this.users.findUsername("no.csrf")).isEmpty();
	}

	@Test
	void theApiAcceptsHttpBasicWithoutASession() throws Exception {
		String basic = "Basic " + Base64.getEncoder().encodeToString((DemoUsers.ADMIN + ":" + DemoUsers.PASSWORD).getBytes());
		this.mvc.perform(get("/api/v1/users").header("Authorization", basic)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", "application/problem+json"));
	}

	@Test
	void pagesCarrySecureHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

}
