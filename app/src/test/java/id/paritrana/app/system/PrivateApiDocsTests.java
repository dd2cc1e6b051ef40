package id.paritrana.app.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;

/**
 * In production ({@code prod}: {@code paritrana.security.public-api-docs=false}) the API
 * description and Swagger UI are for signed-in users only; anonymous readers are sent to
 * sign in.
 */
@IntegrationTest
@ActiveProfiles({ "test", "prod" })
// production refuses to start without an audit key
@TestPropertySource(properties = "paritrana.audit.key=UHJpdmF0ZUFwaURvY3NUZXN0cyBhdWRpdCBrZXkgMzIgYnl0ZXMh")
class PrivateApiDocsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anonymousReadersAreSentToSignIn() throws Exception {
		for (String path : new String[] { "/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui/index.html",
				"/swagger-ui.html" }) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void signedInUsersReadTheDescription() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(httpBasic(DemoUsers.OPERATOR_BU, DemoUsers.PASSWORD)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/swagger-ui/index.html").with(httpBasic(DemoUsers.OPERATOR_BU, DemoUsers.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void thePublicApiStaysPublic() throws Exception {
		this.mvc.perform(get("/api/v1/public/editions")).andExpect(status().isOk());
	}

}
