package id.paritrana.app.security;

import java.time.Instant;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.audit.AuditLog;

/** Counts failed sign-ins and locks an account for a while once they reach the limit. */
@Component
class SignInAttempts {

	private final UserAccounts accounts;

	private final SecurityProperties properties;

	private final AuditLog audit;

	SignInAttempts(UserAccounts accounts, SecurityProperties properties, AuditLog audit) {
		this.accounts = accounts;
		this.properties = properties;
		this.audit = audit;
	}

	@EventListener
	@Transactional
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal()).strip().toLowerCase(java.util.Locale.ROOT);
		if (this.accounts.findByUsername(username).isEmpty()) {
			return;
		}
		Instant until = Instant.now().plus(this.properties.lockDuration());
		this.accounts.recordFailure(username, this.properties.maxFailedAttempts(), until);
		this.accounts.findByUsername(username).filter(UserAccount::locked).ifPresent(account -> this.audit
			.recordAs(username, "USER_LOCKED", "user", Long.toString(account.id()), null, Map.of("lockedUntil", until.toString())));
	}

	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		this.accounts.recordSuccess(event.getAuthentication().getName());
	}

}
