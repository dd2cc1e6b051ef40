package id.paritrana.app.portal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.http.CacheControl;

/**
 * Public pages change only when an edition is determined or its data re-imported:
 * rendered answers ({@link PublicPages}) and aggregates (Caffeine,
 * {@code spring.cache.*}) are kept a few minutes in memory, and browsers and proxies may
 * keep responses for as long.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class PortalCache {

	static final Duration MAX_AGE = Duration.ofMinutes(5);

	/**
	 * ETags on public responses, so a browser revalidating an unchanged page gets 304
	 * without a body.
	 */
	@Bean
	PublicPages publicPages(LocaleResolver localeResolver,
			@Value("${server.servlet.session.cookie.name}") String session,
			@Value("${paritrana.portal.page-cache-size:64MB}") DataSize size) {
		return new PublicPages(localeResolver, session, size.toBytes());
	}

	/**
	 * Answers public pages from memory before any other filter: the security filters'
	 * headers were kept with each page.
	 */
	@Bean
	FilterRegistrationBean<PublicPages> publicPagesFilter(PublicPages pages) {
		FilterRegistrationBean<PublicPages> filter = new FilterRegistrationBean<>(pages);
		filter.addUrlPatterns(PublicPages.PATHS);
		filter.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return filter;
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> filter = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		filter.addUrlPatterns("/publik", "/publik/*", "/api/v1/public/*", "/verifikasi/*");
		return filter;
	}

	static CacheControl publicResponse() {
		return CacheControl.maxAge(MAX_AGE).cachePublic();
	}

}
