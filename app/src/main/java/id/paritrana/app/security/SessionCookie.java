package id.paritrana.app.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The cookie of the database-backed session, from
 * {@code server.servlet.session.cookie.*}. Boot applies those properties only when it
 * runs an embedded server; declared here, the same cookie is used in a servlet container
 * and in tests.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

	@Bean
	CookieSerializer cookieSerializer(@Value("${server.servlet.session.cookie.name:PARITRANA_SESSION}") String name,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secure,
			@Value("${server.servlet.session.cookie.same-site:lax}") String sameSite,
			@Value("${server.servlet.session.cookie.max-age:#{null}}") Duration maxAge) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(name);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setUseSecureCookie(secure);
		cookie.setSameSite(sameSite.substring(0, 1).toUpperCase() + sameSite.substring(1).toLowerCase());
		if (maxAge != null) {
			cookie.setCookieMaxAge((int) maxAge.toSeconds());
		}
		cookie.setCookiePath("/");
		return cookie;
	}

}
