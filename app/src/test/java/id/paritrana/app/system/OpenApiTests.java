package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.paritrana.app.IntegrationTest;

/**
 * The OpenAPI description at {@code /v3/api-docs} is complete: every operation has a
 * summary, says how to authenticate (or that it needs nothing) and which problems it may
 * answer, and what it says about authentication is what the security rules do. It is
 * written to {@code target/openapi.json}, which continuous integration lints with
 * Redocly's recommended rules.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTests {

	static final Path DESCRIPTION = Path.of("target", "openapi.json");

	static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvc mvc;

	String docs;

	@BeforeAll
	void readTheDescriptionAnonymously() throws Exception {
		this.docs = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Files.createDirectories(DESCRIPTION.getParent());
		Files.writeString(DESCRIPTION, this.docs, StandardCharsets.UTF_8);
	}

	@Test
	void describesTheWaysToAuthenticateAndRequiresOneEverywhere() {
		assertThat(JsonPath.<String>read(this.docs, "$.components.securitySchemes.basicAuth.scheme"))
			.isEqualTo("basic");
		assertThat(JsonPath.<String>read(this.docs, "$.components.securitySchemes.bearerAuth.scheme"))
			.isEqualTo("bearer");
		assertThat(JsonPath.<String>read(this.docs, "$.components.securitySchemes.sessionCookie.in"))
			.isEqualTo("cookie");
		assertThat(JsonPath.<String>read(this.docs, "$.components.securitySchemes.sessionCookie.name"))
			.isEqualTo("PARITRANA_SESSION");
		List<Map<String, Object>> global = JsonPath.read(this.docs, "$.security");
		assertThat(global).extracting(requirement -> requirement.keySet().iterator().next())
			.containsExactly("basicAuth", "bearerAuth", "sessionCookie");
		assertThat(JsonPath.<List<String>>read(this.docs, "$.servers[*].url")).containsExactly("/");
	}

	@Test
	void everyOperationHasASummaryASecurityRequirementAndItsResponses() {
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).hasSizeGreaterThan(70);
		for (Endpoint e : endpoints) {
			assertThat((String) e.operation().get("summary")).as(e + " summary").isNotBlank();
			Map<String, Object> responses = responses(e);
			assertThat(responses.keySet()).as(e + " responses").anyMatch(code -> code.startsWith("2"));
			assertThat(responses.keySet()).as(e + " responses").anyMatch(code -> code.startsWith("4"));
			if (e.path().startsWith("/api/v1/public/")) {
				assertThat(e.operation()).as(e + " security").containsEntry("security", List.of());
				assertThat(responses).as(e + " responses").doesNotContainKeys("401", "403");
			}
			else {
				// the API-wide requirement applies
				assertThat(e.operation()).as(e + " security").doesNotContainKey("security");
				assertThat(responses).as(e + " responses").containsKeys("401", "403");
			}
			if (e.path().contains("{")) {
				assertThat(responses).as(e + " responses").containsKey("404");
			}
			if (e.operation().containsKey("requestBody")) {
				assertThat(responses).as(e + " responses").containsKey("400");
			}
		}
	}

	@Test
	void problemsAreDescribedAsRfc9457ProblemDetails() {
		Map<String, Object> problem = JsonPath.read(this.docs, "$.components.schemas.Problem.properties");
		assertThat(problem).containsKeys("type", "title", "status", "detail", "instance", "errors");
		assertThat(JsonPath.<String>read(this.docs,
				"$.components.responses.Unauthorized.content['application/problem+json'].schema.$ref"))
			.isEqualTo("#/components/schemas/Problem");
		assertThat(JsonPath.<String>read(this.docs,
				"$.paths['/api/v1/editions/{year}/jury/{level}/{category}/{code}/sheet'].put.responses.409.$ref"))
			.isEqualTo("#/components/responses/Conflict");
		assertThat(responses(endpoint("post", "/api/v1/editions/{year}/datasets/{dataset}")).keySet())
			.contains("201", "400")
			.doesNotContain("200");
	}

	/**
	 * What the description says about authentication is what the security rules do,
	 * operation by operation.
	 */
	@Test
	void anonymousCallsAreRefusedExactlyWhereTheDescriptionRequiresAuthentication() throws Exception {
		for (Endpoint e : endpoints()) {
			HttpMethod method = HttpMethod.valueOf(e.method().toUpperCase(java.util.Locale.ROOT));
			int status = this.mvc.perform(request(method, e.example()).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			if (e.operation().containsKey("security")) {
				assertThat(status).as(e + " anonymously").isNotIn(401, 403);
			}
			else {
				assertThat(status).as(e + " anonymously").isEqualTo(401);
			}
		}
	}

	@Test
	void anOperationWithoutInputRefusesOnlyAnAcceptItCannotAnswer() throws Exception {
		assertThat(responses(endpoint("get", "/api/v1/public/editions")).keySet()).containsExactly("200", "406");
		this.mvc.perform(get("/api/v1/public/editions").accept(MediaType.APPLICATION_XML))
			.andExpect(status().isNotAcceptable());
	}

	private Endpoint endpoint(String method, String path) {
		return endpoints().stream()
			.filter(e -> e.method().equals(method) && e.path().equals(path))
			.findFirst()
			.orElseThrow();
	}

	private List<Endpoint> endpoints() {
		Map<String, Map<String, Object>> paths = JsonPath.read(this.docs, "$.paths");
		List<Endpoint> endpoints = new ArrayList<>();
		paths.forEach((path, item) -> item.forEach((method, operation) -> {
			if (METHODS.contains(method)) {
				@SuppressWarnings("unchecked")
				Map<String, Object> op = (Map<String, Object>) operation;
				endpoints.add(new Endpoint(method, path, op));
			}
		}));
		return endpoints;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> responses(Endpoint e) {
		return (Map<String, Object>) e.operation().get("responses");
	}

	record Endpoint(String method, String path, Map<String, Object> operation) {

		/**
		 * The path with an example value for each variable (an award year for {year}).
		 */
		String example() {
			Matcher variable = PATH_VARIABLE.matcher(this.path);
			StringBuilder example = new StringBuilder();
			while (variable.find()) {
				variable.appendReplacement(example, variable.group(1).equals("year") ? "2024" : "x");
			}
			return variable.appendTail(example).toString();
		}

		@Override
		public String toString() {
			return this.method.toUpperCase(java.util.Locale.ROOT) + " " + this.path;
		}

	}

}
