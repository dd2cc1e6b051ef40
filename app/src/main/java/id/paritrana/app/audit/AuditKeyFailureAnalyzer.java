package id.paritrana.app.audit;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start refused for want of an audit key says so plainly, instead of as a bean creation
 * failure.
 */
class AuditKeyFailureAnalyzer extends AbstractFailureAnalyzer<AuditKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AuditKeyException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set PARITRANA_AUDIT_KEY to the base64 of at least 32 random bytes (e.g. openssl rand -base64 32), or"
						+ " PARITRANA_AUDIT_KEY_FILE to a file holding it; use the same key on every node and keep a"
						+ " copy apart from the database backups (see docs/operations.md).",
				cause);
	}

}
