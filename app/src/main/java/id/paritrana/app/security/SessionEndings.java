package id.paritrana.app.security;

import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import id.paritrana.app.audit.AuditLog;

/**
 * Ends every session of an account when what it was signed in with no longer holds: the
 * account is disabled, its role or scope changes, or its password is reset. Sessions live
 * in the database (Spring Session JDBC), indexed by user name, so deleting their rows
 * ends them on every node at once; plain SQL rather than the session repository, so that
 * the command-line tools, which run without the web layer, end them too.
 */
@Component
class SessionEndings {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	SessionEndings(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Ends the account's sessions in the caller's transaction, so they end exactly when
	 * the change commits and stay when it rolls back; audited with the change. The
	 * session of the request making the change stays: users cannot disable or re-scope
	 * themselves, and one who resets their own password still has to read the new one.
	 * (Attributes go with their session: ON DELETE CASCADE.)
	 */
	void endAllOf(String username, String why) {
		int ended = this.jdbc.sql("DELETE FROM spring_session WHERE principal_name = :user AND session_id <> :own")
			.param("user", username)
			.param("own", String.valueOf(currentSessionId()))
			.update();
		this.audit.record("USER_SESSIONS_ENDED", "user", username, null, Map.of("why", why, "sessions", ended));
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return session == null ? null : session.getId();
		}
		return null;
	}

}
