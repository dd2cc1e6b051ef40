package id.paritrana.app.audit;

import java.time.Instant;

/** One entry of the audit log, as stored. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
		String beforeJson, String afterJson, String clientAddress, String prevHash, String hash) {

	/** The SHA-256 over the previous hash and this entry's content, as hex. */
	String computeHash() {
		return AuditHashing.sha256(this.prevHash, Long.toString(this.id),
				Long.toString(AuditHashing.micros(this.occurredAt)), this.actor, this.action, this.entityType,
				this.entityId, this.beforeJson, this.afterJson, this.clientAddress);
	}

}
