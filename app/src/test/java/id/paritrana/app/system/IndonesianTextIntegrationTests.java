package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.dataset.ImportJob;
import id.paritrana.app.dataset.ImportJobs;
import id.paritrana.app.demo.DemoSeeding;

/**
 * The Indonesian UI speaks Indonesian only: every demo role (and an anonymous visitor)
 * walks the pages reachable by links from their home, and each page's visible text must
 * hold no English word, developer token, raw code or ISO timestamp. The pages that show
 * problems (a bad data file, a rubric with a bad value) and the audit log are among them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndonesianTextIntegrationTests {

	static final int YEAR = 2093;

	/**
	 * Pages of one shape (the path with its numbers and codes taken out) visited per
	 * user.
	 */
	static final int PER_SHAPE = 2;

	static final int PER_USER = 250;

	static final int DEPTH = 4;

	/** Words that never occur in Indonesian text, and tokens a user should never read. */
	static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|is|are|was|must|not|got|of|and|with|without|found"
			+ "|for|from|this|that|should|expected|missing|invalid|unknown|null|none|true|false|exception|error"
			+ "|optional|version|open|flag|see|click)\\b");

	static final Pattern TOKENS = Pattern.compile(
			"\\{|\\}|\\w=\\S|Optional\\[|\\d{4}-\\d{2}-\\d{2}T|\\d{2}:\\d{2}:\\d{2}\\.\\d+|\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b"
					+ "|\\b[a-z0-9]+/[a-z][a-z-]*/[a-z0-9]");

	static final List<String> SKIPPED = List.of("/logout", "/webjars/", "/css/", "/img/", "/api/", "/v3/",
			"/swagger-ui", "/actuator", ".csv", ".xlsx", ".pdf", ".json", ".yaml", "/unduh", "/berkas");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	ImportJobs jobs;

	@BeforeAll
	void seed() {
		DemoSeeding.seed(this.context, YEAR);
	}

	@Test
	void everyRoleReadsOnlyIndonesian() throws Exception {
		List<String> offences = new ArrayList<>();
		for (String username : List.of(DemoUsers.ADMIN, DemoUsers.PANITIA_34, DemoUsers.VERIFIKATOR_34,
				DemoUsers.PENILAI, "penilai.diy1", DemoUsers.OPERATOR_PEMDA, DemoUsers.OPERATOR_BU)) {
			offences.addAll(crawl(username, List.of("/", "/edisi/" + YEAR + "/tahap?provinsi=34"), 8));
		}
		offences.addAll(crawl(null, List.of("/publik", "/login"), 8));
		assertThat(offences).as("English or developer text on Indonesian pages").isEmpty();
	}

	@Test
	void theProblemsOfABadDataFileAreIndonesian() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "employers.csv", "text/csv",
				("npp,name,region_code\nabc def,PT Satu,99.99\n,PT Dua,34.71\n").getBytes(StandardCharsets.UTF_8));
		MvcResult upload = this.mvc
			.perform(multipart("/data/impor").file(file)
				.param("edition", Integer.toString(YEAR))
				.param("dataset", "employers")
				// the seeded edition has determined levels: an import needs the national
				// admin's reason
				.param("overrideReason", "Masalah berkas data diperiksa dalam bahasa Indonesia")
				.with(user(this.users.loadUserByUsername(DemoUsers.ADMIN)))
				.with(csrf()))
			.andReturn();
		String location = upload.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/data/impor/");
		ImportJob job = this.jobs.find(location.substring("/data/impor/".length())).orElseThrow();
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (!job.now().state().finished() && Instant.now().isBefore(until)) {
			Thread.sleep(50);
		}
		Document page = Jsoup.parse(render(get(location), DemoUsers.ADMIN).getResponse().getContentAsString());
		assertThat(page.select("#problems tbody tr")).isNotEmpty();
		assertThat(offences(location, page)).isEmpty();
	}

	@Test
	void theProblemsOfARubricWithABadValueAreIndonesian() throws Exception {
		String path = "/admin/edisi/" + YEAR + "/rubrik/UKM";
		MvcResult saved = render(post(path).param("shortlist.top", "abc").param("aspects[0].weight", "-5").with(csrf()),
				DemoUsers.ADMIN);
		Document page = Jsoup.parse(saved.getResponse().getContentAsString());
		assertThat(page.select(".invalid-feedback, .alert-danger")).isNotEmpty();
		assertThat(offences(path, page)).isEmpty();
	}

	/**
	 * Breadth-first over same-origin GET links from the start pages, a few pages of each
	 * shape; at least that many read.
	 */
	private List<String> crawl(String username, List<String> start, int atLeast) throws Exception {
		List<String> offences = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		Map<String, Integer> shapes = new HashMap<>();
		Deque<Map.Entry<String, Integer>> queue = new ArrayDeque<>();
		start.forEach(s -> queue.add(Map.entry(s, 0)));
		int visited = 0;
		while (!queue.isEmpty() && visited < PER_USER) {
			Map.Entry<String, Integer> next = queue.poll();
			String url = next.getKey();
			if (!seen.add(url) || shapes.merge(shape(url), 1, Integer::sum) > PER_SHAPE) {
				continue;
			}
			MvcResult result = render(get(url), username);
			String type = result.getResponse().getContentType();
			if (result.getResponse().getStatus() != 200 || type == null || !type.startsWith("text/html")) {
				continue;
			}
			visited++;
			Document page = Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + url);
			offences.addAll(offences((username == null ? "anonymous" : username) + " " + url, page));
			if (next.getValue() < DEPTH) {
				for (Element link : page.select("a[href]")) {
					String target = local(link.attr("href"), url);
					if (target != null && !seen.contains(target)) {
						queue.add(Map.entry(target, next.getValue() + 1));
					}
				}
			}
		}
		// a crawl that reached almost nothing would pass without having read the UI
		assertThat(visited).as("pages read by " + username).isGreaterThanOrEqualTo(atLeast);
		return offences;
	}

	private MvcResult render(MockHttpServletRequestBuilder request, String username) throws Exception {
		request.header("Accept-Language", "id");
		if (username != null) {
			request.with(user(this.users.loadUserByUsername(username)));
		}
		return this.mvc.perform(request).andReturn();
	}

	/**
	 * The link as a path of this application, or null when it leaves it, downloads or
	 * switches language.
	 */
	private static String local(String href, String from) {
		if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.contains("lang=")) {
			return null;
		}
		URI uri = URI.create("http://localhost" + from).resolve(href.replace(" ", "%20"));
		if (!"localhost".equals(uri.getHost()) || uri.getPort() != -1) {
			return null;
		}
		String path = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		return SKIPPED.stream().anyMatch(path::contains) ? null : path;
	}

	/**
	 * A path with its numbers and codes replaced, so that 600 candidates' pages are a few
	 * visits.
	 */
	private static String shape(String url) {
		return url.replaceAll("=[^&]*", "=").replaceAll("[^/?&=]*\\d[^/?&=]*", "#");
	}

	/**
	 * The page's visible text (and the texts of its titles, placeholders and labels) that
	 * is not Indonesian. Text set as code (file and column names, measure ids, hashes,
	 * rule notation) is an identifier shown beside its label, not prose, and is left out.
	 */
	static List<String> offences(String where, Document page) {
		page = page.clone();
		page.select("code, kbd, samp").remove();
		List<String> texts = new ArrayList<>();
		texts.add(page.title());
		texts.add(page.body().text());
		page.select("[title], [placeholder], [aria-label], [alt]").forEach(e -> {
			for (String attribute : List.of("title", "placeholder", "aria-label", "alt")) {
				if (e.hasAttr(attribute)) {
					texts.add(e.attr(attribute));
				}
			}
		});
		List<String> found = new ArrayList<>();
		for (String text : texts) {
			for (Pattern pattern : List.of(ENGLISH, TOKENS)) {
				Matcher m = pattern.matcher(text);
				while (m.find()) {
					int from = Math.max(0, m.start() - 40);
					int to = Math.min(text.length(), m.end() + 40);
					found.add(where + ": «" + m.group() + "» in …" + text.substring(from, to) + "…");
				}
			}
		}
		return found;
	}

}
