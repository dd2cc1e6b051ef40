package id.paritrana.app.portal;

import java.time.Duration;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.http.CacheControl;

/**
 * Public pages change only when an edition is determined or its data re-imported:
 * aggregates are kept a few minutes in memory (Caffeine, {@code spring.cache.*}) and
 * responses may be kept by browsers and proxies for as long.
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
