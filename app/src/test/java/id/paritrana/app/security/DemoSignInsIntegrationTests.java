package id.paritrana.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.IntegrationTest;

/**
 * One list of demo sign-ins: the start-up banner's, and the sign-in page's for those that
 * exist.
 */
@IntegrationTest
class DemoSignInsIntegrationTests {

	@Autowired
	DemoAccounts demo;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void oneSignInPerRoleThenTheDemoJurorsEachOnce() {
		List<String> usernames = this.demo.signIns().stream().map(DemoSignIns.DemoSignIn::username).toList();
		assertThat(usernames).startsWith("admin", "panitia.diy", "verifikator.diy", "penilai", "operator.yogyakarta",
				"operator.bu");
		assertThat(usernames).contains("penilai.diy1", "penilai.diy2", "penilai.diy3", "penilai.diy4", "penilai.diy5",
				"penilai.nas1");
		assertThat(usernames).doesNotHaveDuplicates();
	}

	@Test
	void theSignInPageListsTheDemoSignInsWhoseAccountsCanSignIn() throws Exception {
		if (this.users.findUsername("penilai.diy4").isEmpty()) {
			this.users.createDemoAccount("demo", "penilai.diy4", DemoSignIns.PASSWORD,
					new UserManagement.Details("Kepala Disnakertrans DIY", Role.PENILAI, "34", null, null, true));
		}
		Set<String> enabled = Set
			.copyOf(this.jdbc.sql("SELECT username FROM app_user WHERE enabled").query(String.class).list());
		String page = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("<code>penilai.diy4</code>", "<code>admin</code>");
		for (DemoSignIns.DemoSignIn signIn : this.demo.signIns()) {
			assertThat(page.contains("<code>" + signIn.username() + "</code>")).as(signIn.username())
				.isEqualTo(enabled.contains(signIn.username()));
		}
	}

}
