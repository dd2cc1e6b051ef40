package id.paritrana.app.portal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import id.paritrana.app.dataset.DatasetImported;
import id.paritrana.app.system.EditionEvent;

/**
 * The public portal's answers kept as bytes, so a page every visitor reads is rendered
 * once rather than once per visitor: an anonymous {@code GET} under {@code /publik} or
 * {@code /api/v1/public} whose answer declared itself public ({@code Cache-Control:
 * public}, see {@link PortalCache#publicResponse()}) is stored with its headers and
 * answered from memory until it expires ({@link PortalCache#MAX_AGE}, as long as browsers
 * and proxies may keep it) or anything it shows may have changed: an event about an
 * edition (a determination, a decision, changed measures) or an import, after its
 * transaction commits.
 *
 * <p>
 * What an answer varies on is its key: scheme, host, path, query and the reader's
 * language. A request that carries a session cookie or credentials, or changes the
 * language, is never answered from here nor stored (its page shows the signed-in user, or
 * sets a cookie), nor is an answer that sets a cookie or is not a 200. The memory it may
 * take is bounded, so made-up query strings can only push out other pages.
 */
final class PublicPages extends OncePerRequestFilter {

	static final String[] PATHS = { "/publik", "/publik/*", "/api/v1/public/*" };

	private static final Set<String> NOT_KEPT = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
			"content-type", "content-language");

	private static final int LONGEST_QUERY = 256;

	private final Cache<Key, Page> pages;

	private final LocaleResolver locales;

	private final String sessionCookie;

	PublicPages(LocaleResolver locales, String sessionCookie, long maxBytes) {
		this.locales = locales;
		this.sessionCookie = sessionCookie;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Key key, Page page) -> page.body().length + 256)
			.expireAfterWrite(PortalCache.MAX_AGE)
			.recordStats()
			.build();
	}

	Cache<Key, Page> pages() {
		return this.pages;
	}

	@EventListener
	void on(EditionEvent event) {
		forgetAfterCommit();
	}

	@EventListener
	void on(DatasetImported event) {
		forgetAfterCommit();
	}

	/**
	 * Forgets every page once the change is visible to the next reader: forgotten before
	 * the commit, a page read in between would be stored again without the change.
	 */
	private void forgetAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					PublicPages.this.pages.invalidateAll();
				}
			});
		}
		else {
			this.pages.invalidateAll();
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getParameter("lang") != null) {
			return true;
		}
		String query = request.getQueryString();
		if (query != null && query.length() > LONGEST_QUERY) {
			return true;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals(this.sessionCookie)) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Key key = new Key(request.getRequestURL().toString(), request.getQueryString(),
				this.locales.resolveLocale(request).toLanguageTag());
		Page page = this.pages.getIfPresent(key);
		if (page != null) {
			page.answer(request, response);
			return;
		}
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		Page.of(rendered).ifPresent(p -> this.pages.put(key, p));
		rendered.copyBodyToResponse();
	}

	record Key(String url, String query, String language) {
	}

	/** A stored answer: its headers as written (security headers included) and body. */
	record Page(String contentType, Locale locale, List<String[]> headers, String etag, byte[] body) {

		static java.util.Optional<Page> of(ContentCachingResponseWrapper rendered) {
			String cacheControl = rendered.getHeader(HttpHeaders.CACHE_CONTROL);
			if (rendered.getStatus() != HttpServletResponse.SC_OK || rendered.containsHeader(HttpHeaders.SET_COOKIE)
					|| cacheControl == null || !cacheControl.contains("public")) {
				return java.util.Optional.empty();
			}
			List<String[]> headers = new ArrayList<>();
			for (String name : rendered.getHeaderNames()) {
				if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
					rendered.getHeaders(name).forEach(value -> headers.add(new String[] { name, value }));
				}
			}
			return java.util.Optional.of(new Page(rendered.getContentType(), rendered.getLocale(), List.copyOf(headers),
					rendered.getHeader(HttpHeaders.ETAG), rendered.getContentAsByteArray()));
		}

		void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
			for (String[] header : this.headers) {
				response.addHeader(header[0], header[1]);
			}
			if (this.etag != null && new ServletWebRequest(request, response).checkNotModified(this.etag)) {
				return;
			}
			response.setContentType(this.contentType);
			response.setLocale(this.locale);
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

	}

}
