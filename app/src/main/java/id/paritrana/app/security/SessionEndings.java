package id.paritrana.app.security;

import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import id.paritrana.app.audit.AuditLog;

/**
 * Ends every session of an account when what it was signed in with no longer holds: the account
 * is disabled, its role or scope changes, or its password is reset. Sessions live in the
 * database, indexed by user name, so this reaches the sessions of every node at once.
 */
@Component
class SessionEndings {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final AuditLog audit;

	SessionEndings(FindByIndexNameSessionRepository<? extends Session> sessions, AuditLog audit) {
		this.sessions = sessions;
		this.audit = audit;
	}

	/**
	 * Ends the account's sessions once the caller's transaction commits (at once without one), so
	 * a change that rolls back leaves them alone; the ending is audited with the change.
	 */
	void endAllOf(String username, String why) {
		int open = this.sessions.findByPrincipalName(username).size();
		this.audit.record("USER_SESSIONS_ENDED", "user", username, null, Map.of("why", why, "sessions", open));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end(username);
				}
			});
		}
		else {
			end(username);
		}
	}

	private void end(String username) {
		// the session of the request making the change stays: users cannot disable or re-scope
		// themselves, and one who resets their own password still has to read the new one
		String own = currentSessionId();
		this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !id.equals(own))
			.forEach(this.sessions::deleteById);
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return session == null ? null : session.getId();
		}
		return null;
	}

}
