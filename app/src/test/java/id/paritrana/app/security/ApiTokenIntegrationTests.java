package id.paritrana.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;

/** Personal API tokens: a machine client's door that needs no password on every call. */
@IntegrationTest
class ApiTokenIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes());
	}

	String create(String authorization, String name) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/tokens").header("Authorization", authorization)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"days\":30}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.token.name").value(name))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.secret");
	}

	@Test
	void aTokenActsWithItsOwnersRoleUntilRevoked() throws Exception {
		String token = create(basic(DemoUsers.ADMIN, DemoUsers.PASSWORD), "laporan harian");
		assertThat(token).startsWith("ptk_").hasSizeGreaterThan(40);
		this.mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		// only its hash is kept
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :h")
			.param("h", ApiTokens.sha256(token))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :t OR prefix = :t")
			.param("t", token)
			.query(Long.class)
			.single()).isZero();
		// a token cannot mint or manage tokens
		this.mvc
			.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"more\"}"))
			.andExpect(status().isForbidden());
		long id = this.jdbc.sql("SELECT id FROM api_token WHERE token_hash = :h")
			.param("h", ApiTokens.sha256(token))
			.query(Long.class)
			.single();
		this.mvc
			.perform(delete("/api/v1/tokens/" + id).header("Authorization", basic(DemoUsers.ADMIN, DemoUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revokedAt").isNotEmpty());
		this.mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM audit_log WHERE action IN ('API_TOKEN_CREATED', 'API_TOKEN_REVOKED')"
					+ " AND entity_id = :id")
			.param("id", Long.toString(id))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aTokenIsBoundByItsOwnersRoleAndScope() throws Exception {
		String token = create(basic(DemoUsers.VERIFIKATOR_34, DemoUsers.PASSWORD), "verifikasi");
		this.mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTokenStopsWithItsAccount() throws Exception {
		String username = "token.owner";
		UserAccount owner = this.users.findUsername(username)
			.orElseGet(() -> this.users.createAccount("test", username, SessionAndCsrfIntegrationTests.STRONG,
					new UserManagement.Details("Pemilik token", Role.ADMIN_NASIONAL, null, null, null, true)));
		SignedInUser admin = (SignedInUser) this.userDetails.loadUserByUsername(DemoUsers.ADMIN);
		this.users.update(admin, owner.id(),
				new UserManagement.Details("Pemilik token", Role.ADMIN_NASIONAL, null, null, null, true));
		String token = create(basic(username, SessionAndCsrfIntegrationTests.STRONG), "mesin");
		this.mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		this.users.update(admin, owner.id(),
				new UserManagement.Details("Pemilik token", Role.ADMIN_NASIONAL, null, null, null, false));
		this.mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void unknownOrMalformedTokensAreRefused() throws Exception {
		for (String bad : new String[] { "Bearer ", "Bearer x", "Bearer ptk_" + "A".repeat(43),
				"Bearer " + "x".repeat(10_000) }) {
			this.mvc.perform(get("/api/v1/users").header("Authorization", bad)).andExpect(status().isUnauthorized());
		}
	}

	String page(Cookie session) throws Exception {
		return this.mvc.perform(get("/akun/token").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void thePageShowsANewTokenOnceAndRevokesIt() throws Exception {
		Cookie session = this.mvc.perform(formLogin("/login").user(DemoUsers.PANITIA_34).password(DemoUsers.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("PARITRANA_SESSION");
		var created = this.mvc.perform(post("/akun/token").cookie(session).with(csrf()).param("name", "impor malam"))
			.andExpect(redirectedUrl("/akun/token"))
			.andReturn();
		String secret = (String) created.getFlashMap().get("secret");
		assertThat(secret).startsWith("ptk_");
		assertThat(page(session)).as("the page after creating").contains("impor malam").contains(secret);
		assertThat(page(session)).as("the page on a later visit").contains("impor malam").doesNotContain(secret);
		this.mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		long id = this.jdbc.sql("SELECT id FROM api_token WHERE token_hash = :h")
			.param("h", ApiTokens.sha256(secret))
			.query(Long.class)
			.single();
		this.mvc.perform(post("/akun/token/" + id + "/cabut").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/akun/token"));
		this.mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized());
		// a name is required
		var refused = this.mvc.perform(post("/akun/token").cookie(session).with(csrf()).param("name", " "))
			.andExpect(redirectedUrl("/akun/token"))
			.andReturn();
		java.util.Map<String, Object> flash = refused.getFlashMap();
		assertThat(flash).containsKey("problems").doesNotContainKey("secret");
	}

}
