package id.paritrana.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.core.context.DeferredSecurityContext;

/**
 * Where the signed-in user of a request comes from. An API call that carries an
 * {@code Authorization} header authenticates with it alone and never with the session
 * cookie beside it: such calls skip the CSRF token, so a session must not ride along with
 * a stray or forged header (a page on another site cannot then act with a user's
 * session). Pages always need the CSRF token, so their session is used whatever the
 * headers.
 */
final class CredentialsOrSessionRepository implements SecurityContextRepository {

	private final SecurityContextRepository requestOnly = new RequestAttributeSecurityContextRepository();

	private final SecurityContextRepository sessionBacked = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	/**
	 * An API call with an {@code Authorization} header: it skips the CSRF token and
	 * ignores the session.
	 */
	static boolean carriesCredentials(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				&& request.getHeader("Authorization") != null;
	}

	private SecurityContextRepository of(HttpServletRequest request) {
		return carriesCredentials(request) ? this.requestOnly : this.sessionBacked;
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		return of(request).loadDeferredContext(request);
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
		return of(holder.getRequest()).loadContext(holder);
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		of(request).saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return of(request).containsContext(request);
	}

}
