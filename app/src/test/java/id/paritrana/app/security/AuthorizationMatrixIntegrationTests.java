package id.paritrana.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;

/**
 * Every endpoint × every role (and anonymous) → allowed or denied. The table below is the
 * access policy in one place; an endpoint of the application without a row fails the
 * test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

	static final String ANONYMOUS = "anonymous";

	static final Set<String> EVERYONE = Set.of(DemoUsers.ADMIN, DemoUsers.PANITIA_34, DemoUsers.VERIFIKATOR_34,
			DemoUsers.PENILAI, DemoUsers.OPERATOR_PEMDA, DemoUsers.OPERATOR_BU);

	static final Set<String> SIGNED_IN = EVERYONE;

	static final Set<String> ADMIN = Set.of(DemoUsers.ADMIN);

	static final Set<String> PROVINCIAL_COMMITTEE = Set.of(DemoUsers.ADMIN, DemoUsers.PANITIA_34,
			DemoUsers.VERIFIKATOR_34);

	static final Set<String> USER_MANAGERS = Set.of(DemoUsers.ADMIN, DemoUsers.PANITIA_34);

	/**
	 * Who runs the provincial level of province 34: the national secretariat and its
	 * committee.
	 */
	static final Set<String> RUNS_34 = Set.of(DemoUsers.ADMIN, DemoUsers.PANITIA_34);

	static final Set<String> PUBLIC = union(EVERYONE, Set.of(ANONYMOUS));

	/** One endpoint: its mapping key, a concrete request, and who may use it. */
	record Row(String mapping, String uri, Set<String> allowed) {
	}

	/**
	 * Filled in {@link #sampleUser()}: a user of province 34 for the {id} of user
	 * endpoints.
	 */
	static long sampleUserId;

	/**
	 * The whole table: the rows below, then the rows of each later feature, kept in a
	 * class of its own beside this one ({@code …AuthorizationRows}).
	 */
	static List<Row> table() {
		List<Row> rows = new ArrayList<>(coreRows());
		rows.addAll(PanelsAuthorizationRows.rows());
		rows.addAll(EvidenceAuthorizationRows.rows());
		rows.addAll(JuryScoringAuthorizationRows.rows());
		rows.addAll(ResultAuthorizationRows.rows());
		rows.addAll(PortalAuthorizationRows.rows());
		return rows;
	}

	static List<Row> coreRows() {
		String id = Long.toString(sampleUserId);
		return List.of(
				// system
				new Row("GET /", "/", SIGNED_IN),
				// each user's own messages, and the outbox of every message
				new Row("GET /pesan", "/pesan", SIGNED_IN), new Row("GET /pesan/{id}", "/pesan/999999", SIGNED_IN),
				new Row("GET /admin/pesan", "/admin/pesan", ADMIN),
				new Row("GET /admin/pesan/{id}", "/admin/pesan/999999", ADMIN),
				new Row("POST /admin/pesan/{id}/kirim-ulang", "/admin/pesan/999999/kirim-ulang", ADMIN),
				// region
				new Row("GET /wilayah", "/wilayah", SIGNED_IN),
				new Row("GET /wilayah/{code}", "/wilayah/32.73", SIGNED_IN),
				new Row("GET /wilayah/cari", "/wilayah/cari?q=bandung", SIGNED_IN),
				new Row("GET /api/v1/wilayah", "/api/v1/wilayah", SIGNED_IN),
				new Row("GET /api/v1/wilayah/{code}", "/api/v1/wilayah/32", SIGNED_IN),
				new Row("GET /api/v1/wilayah/cari", "/api/v1/wilayah/cari?q=aceh", SIGNED_IN),
				// security
				new Row("GET /login", "/login", PUBLIC),
				new Row("GET /masuk/tautan/{token}", "/masuk/tautan/bukan-token", PUBLIC),
				new Row("POST /masuk/tautan/{token}", "/masuk/tautan/bukan-token", PUBLIC),
				new Row("GET /masuk/lupa", "/masuk/lupa", PUBLIC), new Row("POST /masuk/lupa", "/masuk/lupa", PUBLIC),
				new Row("GET /admin/pengguna", "/admin/pengguna", USER_MANAGERS),
				new Row("GET /admin/pengguna/baru", "/admin/pengguna/baru", USER_MANAGERS),
				new Row("POST /admin/pengguna", "/admin/pengguna", USER_MANAGERS),
				new Row("POST /admin/pengguna/impor", "/admin/pengguna/impor", USER_MANAGERS),
				new Row("GET /admin/pengguna/templat.csv", "/admin/pengguna/templat.csv", USER_MANAGERS),
				new Row("GET /admin/pengguna/templat.xlsx", "/admin/pengguna/templat.xlsx", USER_MANAGERS),
				new Row("GET /admin/pengguna/{id}", "/admin/pengguna/" + id, USER_MANAGERS),
				new Row("POST /admin/pengguna/{id}", "/admin/pengguna/" + id, USER_MANAGERS),
				new Row("POST /admin/pengguna/{id}/reset-sandi", "/admin/pengguna/" + id + "/reset-sandi",
						USER_MANAGERS),
				new Row("GET /api/v1/users", "/api/v1/users", USER_MANAGERS),
				new Row("POST /api/v1/users", "/api/v1/users", USER_MANAGERS),
				new Row("GET /api/v1/users/{id}", "/api/v1/users/" + id, USER_MANAGERS),
				new Row("PUT /api/v1/users/{id}", "/api/v1/users/" + id, USER_MANAGERS),
				// everyone's own API tokens
				new Row("GET /akun/token", "/akun/token", SIGNED_IN),
				new Row("POST /akun/token", "/akun/token", SIGNED_IN),
				new Row("POST /akun/token/{id}/cabut", "/akun/token/999999/cabut", SIGNED_IN),
				new Row("GET /api/v1/tokens", "/api/v1/tokens", SIGNED_IN),
				new Row("POST /api/v1/tokens", "/api/v1/tokens", SIGNED_IN),
				new Row("DELETE /api/v1/tokens/{id}", "/api/v1/tokens/999999", SIGNED_IN),
				new Row("POST /api/v1/users/{id}/password-reset", "/api/v1/users/" + id + "/password-reset",
						USER_MANAGERS),
				// audit
				new Row("GET /admin/audit", "/admin/audit", ADMIN),
				new Row("GET /api/v1/audit", "/api/v1/audit", ADMIN),
				new Row("GET /api/v1/audit/verification", "/api/v1/audit/verification", ADMIN),
				// edition
				new Row("GET /admin/edisi", "/admin/edisi", ADMIN), new Row("POST /admin/edisi", "/admin/edisi", ADMIN),
				new Row("GET /admin/edisi/{year}", "/admin/edisi/2099", ADMIN),
				new Row("GET /admin/edisi/{year}/rubrik/{category}", "/admin/edisi/2099/rubrik/UKM", ADMIN),
				new Row("POST /admin/edisi/{year}/rubrik/{category}", "/admin/edisi/2099/rubrik/UKM", ADMIN),
				new Row("POST /admin/edisi/{year}/rubrik/{category}/periksa", "/admin/edisi/2099/rubrik/UKM/periksa",
						ADMIN),
				// the edition picker: a year that never exists, so that no one's choice
				// is changed
				new Row("POST /edisi/pilih", "/edisi/pilih?tahun=1999", SIGNED_IN),
				new Row("GET /edisi/{year}/tahap", "/edisi/2099/tahap?provinsi=34", SIGNED_IN),
				new Row("GET /kemajuan", "/kemajuan", ADMIN),
				new Row("GET /edisi/{year}/kemajuan", "/edisi/2099/kemajuan", ADMIN),
				new Row("GET /edisi/{year}/tahap/{scope}", "/edisi/2099/tahap/34", RUNS_34),
				new Row("GET /edisi/{year}/tahap/{scope}/lanjut", "/edisi/2099/tahap/34/lanjut", RUNS_34),
				new Row("POST /edisi/{year}/tahap/{scope}/lanjut", "/edisi/2099/tahap/34/lanjut", RUNS_34),
				new Row("POST /edisi/{year}/tahap/{scope}/mundur", "/edisi/2099/tahap/34/mundur", ADMIN),
				new Row("POST /edisi/{year}/tahap/{scope}/rencana", "/edisi/2099/tahap/34/rencana", RUNS_34),
				new Row("GET /api/v1/editions", "/api/v1/editions", SIGNED_IN),
				new Row("GET /api/v1/editions/{year}", "/api/v1/editions/2099", SIGNED_IN),
				new Row("POST /api/v1/editions", "/api/v1/editions", ADMIN),
				new Row("GET /api/v1/editions/{year}/rubrics", "/api/v1/editions/2099/rubrics", SIGNED_IN),
				new Row("GET /api/v1/editions/{year}/rubrics/{category}", "/api/v1/editions/2099/rubrics/UKM",
						SIGNED_IN),
				new Row("PUT /api/v1/editions/{year}/rubrics/{category}", "/api/v1/editions/2099/rubrics/UKM", ADMIN),
				new Row("GET /api/v1/editions/{year}/levels/{scope}/stages", "/api/v1/editions/2099/levels/34/stages",
						RUNS_34),
				new Row("GET /api/v1/editions/{year}/levels/{scope}/stages/advance",
						"/api/v1/editions/2099/levels/34/stages/advance", RUNS_34),
				new Row("POST /api/v1/editions/{year}/levels/{scope}/stages/advance",
						"/api/v1/editions/2099/levels/34/stages/advance", RUNS_34),
				new Row("POST /api/v1/editions/{year}/levels/{scope}/stages/back",
						"/api/v1/editions/2099/levels/34/stages/back", ADMIN),
				new Row("PUT /api/v1/editions/{year}/levels/{scope}/stages/{stage}",
						"/api/v1/editions/2099/levels/34/stages/SELEKSI", RUNS_34),
				// dataset
				new Row("GET /data", "/data", ADMIN), new Row("POST /data/impor", "/data/impor", ADMIN),
				new Row("POST /data/ukuran", "/data/ukuran", ADMIN),
				new Row("GET /data/impor/{id}", "/data/impor/unknown", ADMIN),
				new Row("GET /data/impor/{id}/status", "/data/impor/unknown/status", ADMIN),
				new Row("GET /data/impor/{id}/masalah.csv", "/data/impor/unknown/masalah.csv", ADMIN),
				new Row("GET /data/kamus", "/data/kamus", ADMIN),
				new Row("GET /data/templat/{name}.csv", "/data/templat/employers.csv", ADMIN),
				new Row("GET /data/templat/{name}.xlsx", "/data/templat/employers.xlsx", ADMIN),
				new Row("GET /api/v1/editions/{year}/datasets", "/api/v1/editions/2099/datasets", ADMIN),
				new Row("GET /api/v1/editions/{year}/datasets/{dataset}/versions",
						"/api/v1/editions/2099/datasets/employers/versions", ADMIN),
				new Row("POST /api/v1/editions/{year}/datasets/{dataset}", "/api/v1/editions/2099/datasets/employers",
						ADMIN),
				new Row("POST /api/v1/editions/{year}/measures", "/api/v1/editions/2099/measures", ADMIN),
				new Row("GET /api/v1/editions/{year}/measures/{candidate}", "/api/v1/editions/2099/measures/32", ADMIN),
				// assessment: leaderboards for the national secretariat and, in their
				// province, the
				// provincial committee and verifiers; a scorecard also for the operator
				// of that
				// government or employer (2099 has no desk scores: allowed requests
				// answer 404)
				new Row("GET /skor-meja", "/skor-meja", SIGNED_IN),
				new Row("GET /edisi/{year}/skor-meja", "/edisi/2099/skor-meja", PROVINCIAL_COMMITTEE),
				new Row("POST /edisi/{year}/skor-meja", "/edisi/2099/skor-meja", ADMIN),
				new Row("GET /edisi/{year}/skor-meja/{level}/{category}/{code}",
						"/edisi/2099/skor-meja/PROVINSI/PEMKAB_PEMKOT/34.71",
						union(PROVINCIAL_COMMITTEE, Set.of(DemoUsers.OPERATOR_PEMDA))),
				new Row("GET /api/v1/editions/{year}/desk-scores", "/api/v1/editions/2099/desk-scores",
						PROVINCIAL_COMMITTEE),
				new Row("POST /api/v1/editions/{year}/desk-scores", "/api/v1/editions/2099/desk-scores", ADMIN),
				new Row("GET /api/v1/editions/{year}/desk-scores/{level}/{category}/{code}",
						"/api/v1/editions/2099/desk-scores/PROVINSI/BU_BESAR/67807051",
						union(PROVINCIAL_COMMITTEE, Set.of(DemoUsers.OPERATOR_BU))),
				// framework endpoints that are not controllers of ours
				new Row("GET /actuator/health", "/actuator/health", PUBLIC),
				new Row("GET /actuator/info", "/actuator/info", PUBLIC),
				new Row("GET /actuator/prometheus", "/actuator/prometheus", ADMIN),
				new Row("GET /v3/api-docs", "/v3/api-docs", PUBLIC));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	UserManagement users;

	@BeforeAll
	void sampleUser() {
		String username = "matrix.sample";
		sampleUserId = this.users.findUsername(username)
			.orElseGet(() -> this.users.createAccount("test", username, "kopi-tubruk-pagi-9",
					new UserManagement.Details("Sample", Role.VERIFIKATOR, "34", null, null, true)))
			.id();
	}

	@Test
	void everyEndpointOfTheApplicationHasARow() {
		Set<String> endpoints = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("id.paritrana")) {
				continue;
			}
			for (var method : entry.getKey().getMethodsCondition().getMethods()) {
				for (String pattern : entry.getKey().getPatternValues()) {
					endpoints.add(method.name() + " " + pattern);
				}
			}
		}
		Set<String> rows = new TreeSet<>(table().stream().map(Row::mapping).toList());
		assertThat(rows).as("every endpoint needs a row in the authorization table").containsAll(endpoints);
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (Row row : table()) {
			for (String who : union(EVERYONE, Set.of(ANONYMOUS))) {
				cases.add(Arguments.of(row.mapping(), who, row.allowed().contains(who)));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1} → allowed {2}")
	@MethodSource("cases")
	void accessFollowsTheTable(String mapping, String who, boolean allowed) throws Exception {
		Row row = table().stream().filter(r -> r.mapping().equals(mapping)).findFirst().orElseThrow();
		MvcResult result = this.mvc.perform(request(row, who)).andReturn();
		int status = result.getResponse().getStatus();
		String location = String.valueOf(result.getResponse().getRedirectedUrl());
		boolean refused = status == 401 || status == 403 || (status == 302 && location.endsWith("/login"));
		assertThat(!refused).as("%s as %s: status %d %s", mapping, who, status, location).isEqualTo(allowed);
		if (!allowed) {
			assertThat(status).isEqualTo(who.equals(ANONYMOUS) ? (row.uri().startsWith("/api/") ? 401 : 302) : 403);
		}
	}

	private MockHttpServletRequestBuilder request(Row row, String who) {
		HttpMethod method = HttpMethod.valueOf(row.mapping().substring(0, row.mapping().indexOf(' ')));
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, row.uri());
		if (!method.equals(HttpMethod.GET)) {
			request.with(csrf());
			if (row.uri().startsWith("/api/")) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
		}
		if (!who.equals(ANONYMOUS)) {
			request.with(user(this.userDetails.loadUserByUsername(who)));
		}
		return request;
	}

	@SafeVarargs
	static Set<String> union(Set<String>... sets) {
		Map<String, Boolean> all = new LinkedHashMap<>();
		for (Set<String> set : sets) {
			set.forEach(s -> all.put(s, true));
		}
		return all.keySet();
	}

}
