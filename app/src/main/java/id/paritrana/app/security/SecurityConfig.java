package id.paritrana.app.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

import id.paritrana.app.audit.AuditLog;

/**
 * Who may reach what. Pages sign in with a form (CSRF on every form); the JSON API
 * accepts the same session (with its CSRF token), HTTP Basic or a personal API token, and
 * answers 401/403 as problem details. Finer scope rules (province, government, employer)
 * are checked where the data is read.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String ADMIN = Role.ADMIN_NASIONAL.name();

	static final String PANITIA = Role.PANITIA_PROVINSI.name();

	/**
	 * An API call that authenticates itself with its own header, never with the session
	 * beside it ({@link CredentialsOrSessionRepository}), so there is no session to
	 * forge.
	 */
	private static final RequestMatcher API_WITH_CREDENTIALS = CredentialsOrSessionRepository::carriesCredentials;

	private static final RequestMatcher API = request -> request.getRequestURI()
		.startsWith(request.getContextPath() + "/api/");

	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuditLog audit, TransactionTemplate transactions,
			ApiTokens tokens, RequestLimitProperties limits, SecurityProperties properties, UserDetailsService accounts,
			PasswordEncoder passwords, SignInThrottle throttle) throws Exception {
		// the form and HTTP Basic check passwords only through the sign-in throttle
		http.authenticationManager(new ProviderManager(new ThrottledAuthentication(accounts, passwords, throttle)));
		http.securityContext(context -> context.securityContextRepository(new CredentialsOrSessionRepository()))
			.addFilterBefore(new RequestLimits(limits), CsrfFilter.class)
			.addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class);
		if (!properties.publicApiDocs()) {
			// production: the API description is for signed-in users (this rule comes
			// first, so wins)
			http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.authenticated());
		}
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			// the public portal, its API and certificate verification (DESIGN §2,
			// anonymous)
			.requestMatchers(HttpMethod.GET, "/publik", "/publik/**", "/api/v1/public/**", "/verifikasi/**")
			.permitAll()
			// the API description, unless paritrana.security.public-api-docs is false
			// (above)
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			// a one-time link sets a password; a forgotten one is asked for by name
			.requestMatchers("/masuk/tautan/**", "/masuk/lupa")
			.permitAll()
			.requestMatchers("/actuator/**", "/admin/audit/**", "/api/v1/audit/**", "/admin/pesan/**", "/kemajuan",
					"/edisi/*/kemajuan")
			.hasRole(ADMIN)
			// imports and editions are the national secretariat's: every data set is
			// national
			.requestMatchers("/admin/edisi/**", "/data/**", "/api/v1/editions/*/datasets/**",
					"/api/v1/editions/*/measures/**")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.POST, "/api/v1/editions")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.PUT, "/api/v1/editions/*/rubrics/*", "/api/v1/editions/*/jury-settings")
			.hasRole(ADMIN)
			// desk scores are computed for the whole nation at once; reading them is
			// checked by scope
			.requestMatchers(HttpMethod.POST, "/api/v1/editions/*/desk-scores", "/edisi/*/skor-meja")
			.hasRole(ADMIN)
			.requestMatchers("/admin/pengguna/**", "/api/v1/users/**")
			.hasAnyRole(ADMIN, PANITIA)
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("PARITRANA_SESSION"))
			.csrf(csrf -> csrf.ignoringRequestMatchers(API_WITH_CREDENTIALS))
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(new ProblemEntryPoint(), API)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE)
				.accessDeniedHandler(new AccessDeniedAuditing(audit, transactions)))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
						+ "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// BCrypt by default, with the algorithm recorded in each hash so it can be
		// upgraded later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** 401 as a problem detail for API calls without credentials. */
	private static final class ProblemEntryPoint implements org.springframework.security.web.AuthenticationEntryPoint {

		@Override
		public void commence(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response,
				org.springframework.security.core.AuthenticationException ex) throws java.io.IOException {
			Problems.write(request, response, HttpStatus.UNAUTHORIZED.value(), "Unauthorized", "Sign in first");
		}

	}

}
