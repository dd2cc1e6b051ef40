package id.paritrana.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.paritrana.app.edition.Editions;
import id.paritrana.app.system.InvalidInputException;

/**
 * Free text over its limit is a problem of its field, on the pages and through the API:
 * never a database error or a server error, and nothing is stored.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextLimitsIntegrationTests {

	static final int YEAR = 2078;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	UserDetailsService userDetails;

	@BeforeAll
	void determined() {
		forget();
		this.editions.create("test", YEAR, "Batas " + YEAR);
		long snapshot = PublishedSnapshots.snapshot(this.jdbc, YEAR, "PROVINSI", "34", 1, null);
		PublishedSnapshots.row(this.jdbc, snapshot, 1, "UKM", "10000001", "CV Maju", "90.00", 1, "{}");
	}

	@AfterAll
	void forget() {
		this.jdbc.sql("DELETE FROM level_lock WHERE edition_year = :y").param("y", YEAR).update();
		this.jdbc.sql("DELETE FROM app_user WHERE username = 'panjang'").update();
		PublishedSnapshots.forget(this.jdbc, YEAR);
	}

	private RequestPostProcessor admin() {
		return user(this.userDetails.loadUserByUsername(DemoUsers.ADMIN));
	}

	private long revisions() {
		return this.jdbc.sql("SELECT COUNT(*) FROM result_snapshot WHERE edition_year = :y")
			.param("y", YEAR)
			.query(Long.class)
			.single();
	}

	@Test
	void aPasswordLongerThanBcryptTakesIsAFieldErrorOfTheUserForm() throws Exception {
		this.mvc
			.perform(post("/admin/pengguna").param("username", "panjang")
				.param("password", "a1" + "x".repeat(71))
				.param("displayName", "Panjang")
				.param("role", "ADMIN_NASIONAL")
				.param("enabled", "true")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("userForm", "password", "user.error.password.tooLong"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'panjang'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aRevisionReasonOverItsLimitIsAProblemOfTheReasonOnThePage() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/edisi/" + YEAR + "/hasil/34/revisi").param("reason", "r".repeat(2001))
				.with(admin())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		@SuppressWarnings("unchecked")
		List<InvalidInputException.Problem> problems = (List<InvalidInputException.Problem>) result.getFlashMap()
			.get("problems");
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("reason");
			assertThat(p.messageKey()).isEqualTo("error.tooLong");
			assertThat(p.args()).containsExactly(2000, 2001);
		});
		assertThat(revisions()).isEqualTo(1);
	}

	@Test
	void aRevisionReasonOverItsLimitIsA400ThroughTheApi() throws Exception {
		this.mvc
			.perform(post("/api/v1/editions/" + YEAR + "/results/34/revisions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"" + "r".repeat(5000) + "\"}")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("2000")));
		assertThat(revisions()).isEqualTo(1);
	}

	@Test
	void aClosureReasonOverItsLimitIsA400ThroughTheApi() throws Exception {
		this.mvc
			.perform(post("/api/v1/editions/" + YEAR + "/levels/35/stages/closure")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"" + "r".repeat(2001) + "\"}")
				.param("lang", "en")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("Too long: at most 2000 characters, 2001 were entered."));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM level_lock WHERE edition_year = :y")
			.param("y", YEAR)
			.query(Long.class)
			.single()).isZero();
	}

}
