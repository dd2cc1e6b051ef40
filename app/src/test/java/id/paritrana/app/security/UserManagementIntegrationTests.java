package id.paritrana.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

	SignedInUser as(String username) {
		return (SignedInUser) this.userDetails.loadUserByUsername(username);
	}

	@Test
	void aProvincialCommitteeManagesItsOwnProvinceOnly() {
		SignedInUser panitia = as(DemoUsers.PANITIA_34);
		UserAccount created = this.users.create(panitia, "verif.sleman", "password-1234",
				new UserManagement.Details("Verifikator Sleman", Role.VERIFIKATOR, "34", null, null, true));
		assertThat(created.scope().provinceCode()).contains("34");
		assertThatThrownBy(() -> this.users.create(panitia, "verif.jakarta", "password-1234",
				new UserManagement.Details("Verifikator Jakarta", Role.VERIFIKATOR, "31", null, null, true)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.users.create(panitia, "second.admin", "password-1234",
				new UserManagement.Details("Admin", Role.ADMIN_NASIONAL, null, null, null, true)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.users.findUsername("verif.jakarta")).isEmpty();
		assertThat(this.users.list(panitia, "")).allSatisfy(u -> assertThat(u.provinceCode()).isEqualTo("34"));
	}

	@Test
	void aRequestOutsideItsScopeGets403AndIsAudited() throws Exception {
		SignedInUser admin = as(DemoUsers.ADMIN);
		long other = this.users.findUsername("verif.aceh")
			.orElseGet(() -> this.users.create(admin, "verif.aceh", "password-1234",
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
			.orElseGet(() -> this.users.create(admin, "operator.depok", "password-1234",
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

	private long deniedCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'ACCESS_DENIED'").query(Long.class).single();
	}

}
