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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;

/**
 * Sessions live in the database, not in one node's memory: after signing in there is a
 * session row for the user, and a request that brings only the cookie (as to another
 * node) is signed in.
 */
@IntegrationTest
class DatabaseSessionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignedInSessionIsStoredInTheDatabaseAndFollowsItsCookie() throws Exception {
		MvcResult signIn = this.mvc
			.perform(formLogin("/login").user(DemoUsers.VERIFIKATOR_34).password(DemoUsers.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie cookie = signIn.getResponse().getCookie("PARITRANA_SESSION");
		assertThat(cookie).as("the session cookie").isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();

		long rows = this.jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :u")
			.param("u", DemoUsers.VERIFIKATOR_34)
			.query(Long.class)
			.single();
		assertThat(rows).as("session rows of the user").isPositive();
		// the password hash never reaches the stored session
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM spring_session_attributes a JOIN spring_session s "
					+ "ON s.primary_id = a.session_primary_id WHERE s.principal_name = :u")
			.param("u", DemoUsers.VERIFIKATOR_34)
			.query(Long.class)
			.single()).isPositive();

		// a fresh request with nothing but the cookie: no MockHttpSession, as a second
		// node would see it
		this.mvc.perform(get("/").cookie(new Cookie("PARITRANA_SESSION", cookie.getValue())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection());
	}

	@Test
	void signingOutRemovesTheStoredSession() throws Exception {
		MvcResult signIn = this.mvc.perform(formLogin("/login").user(DemoUsers.PENILAI).password(DemoUsers.PASSWORD))
			.andReturn();
		Cookie cookie = new Cookie("PARITRANA_SESSION", signIn.getResponse().getCookie("PARITRANA_SESSION").getValue());
		this.mvc.perform(get("/").cookie(cookie)).andExpect(status().isOk());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE session_id = :id")
			.param("id", new String(java.util.Base64.getDecoder().decode(cookie.getValue())))
			.query(Long.class)
			.single()).as("the stored session while signed in").isOne();
		this.mvc.perform(post("/logout").cookie(cookie).with(csrf()).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login?logout"));
		// the cookie carries the session id in base64
		String sessionId = new String(java.util.Base64.getDecoder().decode(cookie.getValue()));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE session_id = :id")
			.param("id", sessionId)
			.query(Long.class)
			.single()).as("the stored session after signing out").isZero();
		this.mvc.perform(get("/").cookie(cookie)).andExpect(status().is3xxRedirection());
	}

}
