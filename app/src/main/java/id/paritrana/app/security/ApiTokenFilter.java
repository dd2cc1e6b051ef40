package id.paritrana.app.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} with a personal API token. A bearer
 * header that does not name an active token is answered 401 at once: it never falls back
 * to a session.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		var authenticated = this.tokens.authenticate(header.substring(BEARER.length()).strip());
		if (authenticated.isEmpty()) {
			Problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
					"The API token is unknown, expired or revoked, or its account is disabled");
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context
			.setAuthentication(new ApiTokenAuthentication(authenticated.get().user(), authenticated.get().tokenId()));
		this.contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

}
