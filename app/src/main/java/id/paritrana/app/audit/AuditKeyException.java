package id.paritrana.app.audit;

/**
 * The audit key is missing, unreadable or unusable; the message says which and what to
 * set.
 */
public class AuditKeyException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	AuditKeyException(String message) {
		super(message);
	}

	AuditKeyException(String message, Throwable cause) {
		super(message, cause);
	}

}
