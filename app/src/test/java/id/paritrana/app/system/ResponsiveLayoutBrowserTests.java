package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.DemoUsers;
import id.paritrana.app.demo.DemoSeeding;
import id.paritrana.app.edition.Editions;

/**
 * Every page of every role, on a 390 px phone and on a 1280 px screen, must fit the width
 * of the window: no page scrolls sideways. The pages are found as a person would find
 * them (the links of the home page and the menu, then the links of those pages, a bounded
 * crawl that meets pages added later), plus the deep pages of a full demo edition that
 * only a few clicks reach.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponsiveLayoutBrowserTests {

	/**
	 * Crawled pages per role and viewport, beyond the explicit ones: enough for every
	 * kind of page.
	 */
	static final int MAX_CRAWLED = 45;

	/**
	 * Links followed from the home page and the explicit pages, and from the pages these
	 * lead to.
	 */
	static final int MAX_DEPTH = 2;

	/**
	 * Downloads, sign-out, language switches and machine endpoints are not pages a person
	 * reads.
	 */
	static final Pattern SKIPPED = Pattern.compile(
			"(?i).*(\\.(pdf|csv|xlsx|zip|png|svg|json)$|/pdf$|/berkas$|/file$|/logout|/api/|/v3/|/swagger|/webjars/|/css/|/js/|/status$|[?&]lang=).*");

	/**
	 * Whether the page scrolls sideways and, if so, the widest element reaching beyond
	 * the window that is not inside a box scrolling on its own (a wide table in a scroll
	 * box is allowed; a page wider than the window is not).
	 */
	static final String OVERFLOW = """
			() => {
			  const width = window.innerWidth;
			  const scroll = document.documentElement.scrollWidth;
			  if (scroll <= width) return null;
			  const contained = el => {
			    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
			      if (getComputedStyle(p).overflowX !== 'visible') return true;
			    }
			    return false;
			  };
			  let widest = null;
			  for (const el of document.body.querySelectorAll('*')) {
			    const box = el.getBoundingClientRect();
			    if (box.width === 0 || box.right <= width + 1 || contained(el)) continue;
			    if (!widest || box.width > widest.box.width) widest = { el, box };
			  }
			  const describe = w => {
			    if (!w) return 'unknown element';
			    const el = w.el;
			    const cls = typeof el.className === 'string' && el.className.trim()
			      ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
			    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + cls
			      + ' (' + Math.round(w.box.width) + ' px wide, right edge at ' + Math.round(w.box.right) + ' px)';
			  };
			  return 'page ' + scroll + ' px wide in a ' + width + ' px window; widest: ' + describe(widest);
			}
			""";

	static final String LINKS = """
			() => Array.from(document.querySelectorAll('a[href]'))
			  .filter(a => !a.hasAttribute('download') && a.getAttribute('href') !== '#')
			  .map(a => a.href)
			""";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Editions editions;

	@Autowired
	JdbcClient jdbc;

	BrowserSession browser;

	int year;

	String importJob;

	@BeforeAll
	void seedAndStartBrowser() throws Exception {
		this.year = 2070;
		while (this.editions.find(this.year).isPresent()) {
			this.year++;
		}
		DemoSeeding.seed(this.context, this.year);
		this.browser = new BrowserSession(this.port);
		this.importJob = rejectedImport();
	}

	@AfterAll
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void noPageScrollsSidewaysOnAPhone() {
		assertFits(390, 844);
	}

	@Test
	void noPageScrollsSidewaysOnADesktop() {
		assertFits(1280, 900);
	}

	private void assertFits(int width, int height) {
		Map<String, String> offending = new LinkedHashMap<>();
		Map<String, List<String>> visited = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> role : explicitPages().entrySet()) {
			Page page = this.browser.newPage(width, height);
			if (!role.getKey().equals("anonymous")) {
				BrowserSession.signIn(page, role.getKey(), DemoUsers.PASSWORD);
			}
			visited.put(role.getKey(), crawl(page, role.getKey(), role.getValue(), offending, width));
			page.context().close();
		}
		assertKnownDeepPagesVisited(visited);
		assertThat(offending)
			.as(() -> "pages scrolling sideways at " + width + "×" + height + ":\n"
					+ String.join("\n",
							offending.entrySet().stream().map(e -> e.getKey() + " — " + e.getValue()).toList()))
			.isEmpty();
	}

	/**
	 * Visits the explicit pages and what their links lead to, one page of each kind;
	 * returns the paths visited.
	 */
	private List<String> crawl(Page page, String role, List<String> explicit, Map<String, String> offending,
			int width) {
		record Link(String path, int depth) {
		}
		String origin = "http://localhost:" + this.port;
		Deque<Link> queue = new ArrayDeque<>();
		explicit.forEach(path -> queue.add(new Link(path, 0)));
		TreeSet<String> kinds = new TreeSet<>();
		List<String> visited = new ArrayList<>();
		int crawled = 0;
		while (!queue.isEmpty()) {
			Link link = queue.poll();
			if (!kinds.add(kind(link.path())) || (link.depth() > 0 && crawled++ >= MAX_CRAWLED)) {
				continue;
			}
			Response response = page.navigate(link.path());
			page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
			visited.add(link.path());
			String problem = (String) page.evaluate(OVERFLOW);
			if (problem != null) {
				offending.put(role + " " + link.path() + " (HTTP " + (response == null ? "?" : response.status()) + ")",
						problem);
				BrowserSession.screenshot(page,
						"overflow-" + width + "-" + role + "-" + kind(link.path()).replaceAll("[^A-Za-z0-9]+", "-"));
			}
			if (link.path().equals("/admin/audit")) {
				// the densest page: kept for a person to judge its readability at each
				// width
				BrowserSession.screenshot(page, "audit-log-" + width);
			}
			if (link.depth() >= MAX_DEPTH) {
				continue;
			}
			@SuppressWarnings("unchecked")
			List<String> hrefs = (List<String>) page.evaluate(LINKS);
			for (String href : hrefs) {
				if (!href.startsWith(origin + "/")) {
					continue;
				}
				String path = href.substring(origin.length()).replaceFirst("#.*$", "");
				if (!SKIPPED.matcher(path).matches() && !kinds.contains(kind(path))) {
					queue.add(new Link(path, link.depth() + 1));
				}
			}
		}
		return visited;
	}

	/**
	 * Pages of one kind share a template: every run of digits stands for any number and
	 * query values do not count, so the crawl visits one province, one scorecard of each
	 * category, and so on, rather than thousands of villages. Codes keep their shape (34
	 * and 34.71 differ).
	 */
	static String kind(String path) {
		URI uri = URI.create(path);
		String query = uri.getRawQuery() == null ? ""
				: "?" + String.join("&", new TreeSet<>(List.of(uri.getRawQuery().replaceAll("=[^&]*", "").split("&"))));
		return uri.getRawPath().replaceAll("\\d+", "9") + query;
	}

	/** Each role's home, plus the deep pages of the seeded demo edition it may open. */
	private Map<String, List<String>> explicitPages() {
		int y = this.year;
		String scorecard = "/edisi/" + y + "/skor-meja/PROVINSI/PEMKAB_PEMKOT/34.71";
		String candidate = "/edisi/" + y + "/kandidat/34.71";
		Map<String, List<String>> pages = new LinkedHashMap<>();
		pages.put(DemoUsers.ADMIN,
				List.of("/", "/admin/edisi/" + y, "/admin/edisi/" + y + "/rubrik/PEMKAB_PEMKOT", "/data?edition=" + y,
						"/data/kamus", "/data/impor/" + this.importJob, "/edisi/" + y + "/tahap", "/admin/audit",
						"/admin/pesan", "/edisi/" + y + "/kemajuan", "/admin/pengguna", "/admin/pengguna/baru",
						"/edisi/" + y + "/skor-meja", scorecard, "/edisi/" + y + "/kandidat", candidate,
						"/edisi/" + y + "/verifikasi", "/edisi/" + y + "/seleksi/34", "/edisi/" + y + "/tim/34",
						"/edisi/" + y + "/penugasan/34", "/edisi/" + y + "/jadwal/34", "/edisi/" + y + "/panel/34",
						"/edisi/" + y + "/hasil/75", "/edisi/" + y + "/ketahanan/75",
						"/edisi/" + y + "/hasil/75/perubahan", "/edisi/" + y + "/piagam/75", "/akun/token"));
		pages.put(DemoUsers.PANITIA_34,
				List.of("/", "/edisi/" + y + "/tahap/34", "/edisi/" + y + "/seleksi/34", "/edisi/" + y + "/tim/34",
						"/edisi/" + y + "/penugasan/34", "/edisi/" + y + "/jadwal/34", "/edisi/" + y + "/panel/34",
						scorecard, candidate, "/admin/pengguna"));
		pages.put(DemoUsers.VERIFIKATOR_34, List.of("/", "/edisi/" + y + "/verifikasi", candidate));
		pages.put(DemoUsers.PENILAI, List.of("/", "/penilaian", "/penilaian-saya", "/pesan"));
		pages.put("penilai.diy1",
				List.of("/", "/penilaian", "/edisi/" + y + "/penilaian-saya", "/edisi/" + y + "/panel/34"));
		pages.put(DemoUsers.OPERATOR_PEMDA, List.of("/", "/edisi/" + y + "/kandidat"));
		pages.put(DemoUsers.OPERATOR_BU, List.of("/", "/edisi/" + y + "/kandidat"));
		String certificate = this.jdbc.sql("SELECT MIN(code) FROM certificate WHERE edition_year = ?")
			.param(y)
			.query(String.class)
			.single();
		pages.put("anonymous",
				List.of("/login", "/publik", "/publik/" + y, "/publik/cakupan", "/verifikasi/" + certificate));
		return pages;
	}

	/**
	 * The crawl must not miss the pages this test exists for, whatever their links
	 * become.
	 */
	private void assertKnownDeepPagesVisited(Map<String, List<String>> visited) {
		assertThat(visited.get(DemoUsers.ADMIN)).anyMatch(p -> p.matches("/edisi/\\d+/skor-meja/.+/.+/.+"))
			.anyMatch(p -> p.matches("/edisi/\\d+/kandidat/.+"))
			.anyMatch(p -> p.contains("/rubrik/"))
			.anyMatch(p -> p.startsWith("/data/impor/"))
			.contains("/admin/audit", "/admin/pengguna");
		assertThat(visited.get("penilai.diy1")).anyMatch(p -> p.matches("/penilaian/\\d+/.+/.+/.+"));
		assertThat(visited.get("anonymous")).anyMatch(p -> p.matches("/publik/\\d+/kartu/.+"))
			.anyMatch(p -> p.startsWith("/verifikasi/"));
	}

	/** An import rejected for its problems, so that its job page lists them. */
	private String rejectedImport() throws Exception {
		Path file = Files.createTempDirectory("responsive").resolve("employers.csv");
		Files.writeString(file, "employer_id,name\nE-1,Perusahaan dengan nama yang panjang sekali\n",
				StandardCharsets.UTF_8);
		Page page = this.browser.newPage(1280, 900);
		BrowserSession.signIn(page, DemoUsers.ADMIN, DemoUsers.PASSWORD);
		page.navigate("/data?edition=" + this.year);
		page.selectOption("#edition", Integer.toString(this.year));
		page.selectOption("#dataset", "employers");
		page.setInputFiles("#file", file);
		// the seeded edition has determined levels: an import needs the national admin's
		// reason
		page.fill("#overrideReason", "Halaman masalah impor diperiksa pada layar ponsel");
		page.click("#upload");
		page.waitForURL(Pattern.compile(".*/data/impor/[^/?]+$"));
		String id = page.url().replaceFirst(".*/data/impor/", "");
		page.context().close();
		return id;
	}

}
