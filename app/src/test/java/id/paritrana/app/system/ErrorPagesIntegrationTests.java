package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;

/**
 * Errors answered by their audience: browsers get the page in their language with a way
 * back and no exception text; the API and clients asking for JSON get RFC 9457 problem
 * details.
 */
@IntegrationTest
class ErrorPagesIntegrationTests {

	static final String PROBLEM = "application/problem+json";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void anUnknownEditionOfThePortalIsAPageForBrowsersAndAProblemForJson() throws Exception {
		this.mvc.perform(get("/publik/1999").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Halaman atau data tidak ditemukan.")))
			.andExpect(content().string(containsString("href=\"/publik\"")))
			.andExpect(content().string(not(containsString("NotFoundException"))))
			.andExpect(content().string(not(containsString("determined results of edition"))));
		this.mvc.perform(get("/publik/1999").param("lang", "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page or data not found.")))
			.andExpect(content().string(containsString("Back to the list")));
		this.mvc.perform(get("/publik/1999").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.instance").value("/publik/1999"));
	}

	@Test
	void aBrowserThatAcceptsAnythingGetsThePage() throws Exception {
		this.mvc.perform(get("/publik/1999").header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
		this.mvc.perform(get("/publik/1999").header("Accept", "*/*"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
	}

	@Test
	void theApiAnswersProblemsEvenToABrowser() throws Exception {
		this.mvc.perform(get("/api/v1/public/editions/1999/winners").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void unknownCandidatesAreasAndPathsArePagesToo() throws Exception {
		for (String path : new String[] { "/edisi/2024/kandidat/99.99", "/wilayah/32.04.01", "/tidak-ada" }) {
			this.mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(user(as(DemoUsers.ADMIN))))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
				.andExpect(content().string(containsString("id=\"error-message\"")));
			this.mvc.perform(get(path).accept(MediaType.APPLICATION_JSON).with(user(as(DemoUsers.ADMIN))))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		}
	}

	@Test
	void aMalformedPathIsABadRequest() throws Exception {
		this.mvc.perform(get("/publik/bukan-tahun").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Permintaan tidak valid.")));
		this.mvc.perform(get("/publik/bukan-tahun").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(400));
	}

	@Test
	void anUnsupportedMethodSaysSoAndWhichMethodsTheRouteTakes() throws Exception {
		this.mvc.perform(delete("/publik").accept(MediaType.TEXT_HTML).with(csrf()).with(user(as(DemoUsers.ADMIN))))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", containsString("GET")))
			.andExpect(content().string(containsString("tidak menerima cara pengiriman")));
		this.mvc
			.perform(delete("/publik").accept(MediaType.APPLICATION_JSON).with(csrf()).with(user(as(DemoUsers.ADMIN))))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(405));
	}

	@Test
	void aRefusedPageIsForbiddenAndAJsonClientGetsAProblem() throws Exception {
		this.mvc.perform(get("/admin/pengguna").accept(MediaType.TEXT_HTML).with(user(as(DemoUsers.OPERATOR_PEMDA))))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("{"))));
		this.mvc
			.perform(get("/admin/pengguna").accept(MediaType.APPLICATION_JSON).with(user(as(DemoUsers.OPERATOR_PEMDA))))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(403));
	}

	/**
	 * What the container shows after a refusal or failure outside a controller: the error
	 * dispatch.
	 */
	@Test
	void theErrorDispatchShowsEachStatusInTheUsersLanguage() throws Exception {
		assertPage(403, "id", "Anda tidak berwenang membuka halaman ini.");
		assertPage(403, "en", "You are not allowed to open this page.");
		assertPage(404, "id", "Halaman atau data tidak ditemukan.");
		assertPage(409, "en", "Someone else changed the data meanwhile.");
		assertPage(500, "id", "Terjadi kesalahan. Silakan coba lagi");
		assertPage(500, "en", "Something went wrong. Please try again");
		this.mvc.perform(errorDispatch(500, "/edisi/2024/hasil/34").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(500))
			.andExpect(jsonPath("$.instance").value("/edisi/2024/hasil/34"));
		this.mvc.perform(errorDispatch(403, "/api/v1/users").accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
	}

	private void assertPage(int status, String language, String text) throws Exception {
		this.mvc
			.perform(errorDispatch(status, "/edisi/2024/hasil/34").param("lang", language).accept(MediaType.TEXT_HTML))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString(text)))
			.andExpect(content().string(containsString("id=\"error-home\"")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	private static MockHttpServletRequestBuilder errorDispatch(int status, String path) {
		return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals"));
	}

	private UserDetails as(String username) {
		return this.users.loadUserByUsername(username);
	}

}
