package id.paritrana.app.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The API-wide parts of the OpenAPI description at {@code /v3/api-docs} (DESIGN §7.2):
 * how a caller authenticates, and the problem details every operation may answer. The
 * rules are applied to every operation here, so controllers declare only what is
 * particular to them (a summary, a 409 where a save can be overtaken).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

	/**
	 * The anonymous part of the API (the public portal); everything else needs a
	 * signed-in user.
	 */
	static final String PUBLIC_PATHS = "/api/v1/public/";

	static final String BASIC = "basicAuth";

	static final String BEARER = "bearerAuth";

	static final String SESSION = "sessionCookie";

	static final String PROBLEM = "application/problem+json";

	private static final String RESPONSES = "#/components/responses/";

	@Bean
	OpenAPI paritranaOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Paritrana API")
				.version("v1")
				.description("The JSON API of Paritrana, which runs the Paritrana Award (Penghargaan Jaminan "
						+ "Sosial Ketenagakerjaan): editions and rubrics, data sets, candidates and evidence, "
						+ "desk scores, juries, results and certificates. Every operation needs a signed-in user "
						+ "except the public portal under /api/v1/public, and applies the same role and scope "
						+ "rules as the pages. Errors are RFC 9457 problem details (application/problem+json)."))
			.components(new Components()
				.addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("The username and password of an account, on every request. Requests with an "
									+ "Authorization header need no CSRF token."))
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("A personal API token that a signed-in user creates for themselves (page "
							+ "/akun/token, API /api/v1/tokens): `Authorization: Bearer <token>`. It acts with the "
							+ "role and scope of its owner; requests with an Authorization header need no CSRF "
							+ "token."))
				.addSecuritySchemes(SESSION,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.COOKIE)
							.name("PARITRANA_SESSION")
							.description("The session of a user signed in on the web pages. Requests that change "
									+ "something also need the session's CSRF token in the X-CSRF-TOKEN header."))
				.addSchemas("Problem", problemSchema())
				.addSchemas("FieldError", fieldErrorSchema())
				.addResponses("BadRequest",
						problem("Invalid input: a malformed value or body, or a rule the "
								+ "input breaks (each one in errors, by field)"))
				.addResponses("Unauthorized",
						problem("No valid credentials: sign in, or send HTTP Basic or a " + "bearer token"))
				.addResponses("Forbidden", problem("Signed in, but outside the role or scope the operation "
						+ "needs (written to the audit log), or a change sent with the session cookie lacks its "
						+ "CSRF token"))
				.addResponses("NotFound", problem("Nothing exists at this address"))
				.addResponses("Conflict", problem("Refused because of the state of the data: the problem says why"))
				.addResponses("NotAcceptable",
						new ApiResponse().description(
								"The Accept header allows no representation the operation has (it answers JSON)")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC))
			.addSecurityItem(new SecurityRequirement().addList(BEARER))
			.addSecurityItem(new SecurityRequirement().addList(SESSION));
	}

	/** The problem responses of every operation, by what it takes and who may call it. */
	@Bean
	OpenApiCustomizer problemResponses() {
		return openApi -> {
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().values().forEach(operation -> {
				boolean anonymous = path.startsWith(PUBLIC_PATHS);
				if (anonymous) {
					// explicitly none: overrides the API-wide requirement
					operation.setSecurity(new ArrayList<>());
				}
				ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses()
						: new ApiResponses();
				if (takesInput(operation)) {
					responses.putIfAbsent("400", ref("BadRequest"));
				}
				if (!anonymous) {
					responses.putIfAbsent("401", ref("Unauthorized"));
					responses.putIfAbsent("403", ref("Forbidden"));
				}
				if (parameters(operation).stream().anyMatch(p -> "path".equals(p.getIn()))) {
					responses.putIfAbsent("404", ref("NotFound"));
				}
				if (responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
					responses.putIfAbsent("406", ref("NotAcceptable"));
				}
				operation.setResponses(sorted(responses));
			}));
		};
	}

	/**
	 * The server as a path on the address the description was read from ({@code /}, or
	 * the context path or forwarded prefix), so the description names no host.
	 */
	@Bean
	ServerBaseUrlCustomizer relativeServerUrl() {
		return (serverBaseUrl, request) -> {
			String path = URI.create(serverBaseUrl).getPath();
			return (path == null || path.isEmpty()) ? "/" : path;
		};
	}

	/**
	 * Input the operation can get wrong: a body, a query or header parameter, or a path
	 * variable that must be a number or one of a set of values.
	 */
	private static boolean takesInput(Operation operation) {
		return operation.getRequestBody() != null || parameters(operation).stream()
			.anyMatch(p -> !"path".equals(p.getIn()) || p.getSchema() == null || !isFreeText(p.getSchema()));
	}

	private static boolean isFreeText(Schema<?> schema) {
		boolean string = "string".equals(schema.getType())
				|| (schema.getTypes() != null && schema.getTypes().contains("string"));
		return string && schema.getEnum() == null && schema.getFormat() == null && schema.getPattern() == null;
	}

	private static List<Parameter> parameters(Operation operation) {
		return (operation.getParameters() != null) ? operation.getParameters() : List.of();
	}

	private static ApiResponse ref(String name) {
		return new ApiResponse().$ref(RESPONSES + name);
	}

	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		new TreeMap<>(responses).forEach(sorted::addApiResponse);
		sorted.setExtensions(responses.getExtensions());
		return sorted;
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
	}

	/** RFC 9457, with the app's field errors of a 400. */
	private static Schema<?> problemSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type",
				typed("string").format("uri-reference")
					.description("Identifies the problem type; about:blank when the status says it all")
					._default("about:blank"));
		properties.put("title", typed("string").description("A short summary of the problem type"));
		properties.put("status", typed("integer").format("int32").description("The HTTP status code"));
		properties.put("detail", typed("string").description("What went wrong this time, for people"));
		properties.put("instance",
				typed("string").format("uri-reference").description("The request the problem occurred at"));
		properties.put("errors", typed("array").items(new Schema<>().$ref("#/components/schemas/FieldError"))
			.description("Every rule the input breaks (400)"));
		return typed("object").properties(properties)
			.description("An RFC 9457 problem detail. Some problems carry more members: problems (the lines "
					+ "of a data set that failed), changedAt (when a sheet was saved by someone else).");
	}

	private static Schema<?> fieldErrorSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("field", typed("string").description("The field, column or rubric path concerned"));
		properties.put("message", typed("string").description("The explanation, in the caller's language"));
		return typed("object").properties(properties).required(List.of("field", "message"));
	}

	@SuppressWarnings("rawtypes")
	private static Schema typed(String type) {
		Schema<?> schema = new Schema<>();
		schema.setType(type);
		schema.addType(type);
		return schema;
	}

}
