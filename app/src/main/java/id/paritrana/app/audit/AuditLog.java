package id.paritrana.app.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the audit log. An entry joins the caller's transaction, so a change and its
 * audit entry are committed together or not at all; appends are serialised by locking the
 * chain's head row, which keeps ids gap-free and the chain linear. Each entry's hash and
 * the head are signed with the {@link AuditKey}, which is kept outside the database.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditKey key;

	AuditLog(JdbcClient jdbc, JsonMapper json, AuditKey key) {
		this.jdbc = jdbc;
		this.json = json;
		this.key = key;
	}

	/**
	 * Records a change.
	 * @param action what happened, e.g. {@code USER_CREATED}
	 * @param entityType the kind of thing changed, e.g. {@code user}
	 * @param entityId its id, or null
	 * @param before its state before (serialised to JSON), or null
	 * @param after its state after, or null
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditEntry record(String action, String entityType, String entityId, Object before, Object after) {
		return append(currentActor(), action, entityType, entityId, before, after);
	}

	/**
	 * Records a change made by a named actor outside a signed-in request (e.g. the
	 * command line).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditEntry recordAs(String actor, String action, String entityType, String entityId, Object before,
			Object after) {
		return append(actor, action, entityType, entityId, before, after);
	}

	private AuditEntry append(String actor, String action, String entityType, String entityId, Object before,
			Object after) {
		var head = this.jdbc.sql("SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		long id = (Long) head[0] + 1;
		var entry = new AuditEntry(id, AuditHashing.truncate(Instant.now()), truncate(actor, 64), action, entityType,
				entityId, toJson(before), toJson(after), clientAddress(), (String) head[1], null);
		String hash = entry.computeHash();
		this.jdbc
			.sql("INSERT INTO audit_log (id, occurred_at, actor, action, entity_type, entity_id, before_json,"
					+ " after_json, client_address, prev_hash, hash, mac, key_id) VALUES (:id, :at, :actor, :action,"
					+ " :type, :entity, :before, :after, :address, :prev, :hash, :mac, :keyId)")
			.param("id", id)
			.param("at", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
			.param("actor", entry.actor())
			.param("action", action)
			.param("type", entityType)
			.param("entity", entityId)
			.param("before", entry.beforeJson())
			.param("after", entry.afterJson())
			.param("address", entry.clientAddress())
			.param("prev", entry.prevHash())
			.param("hash", hash)
			.param("mac", this.key.mac(hash))
			.param("keyId", this.key.id())
			.update();
		this.jdbc.sql("UPDATE audit_head SET last_id = :id, last_hash = :hash, mac = :mac WHERE id = 1")
			.param("id", id)
			.param("hash", hash)
			.param("mac", this.key.headMac(id, hash))
			.update();
		return new AuditEntry(id, entry.occurredAt(), entry.actor(), action, entityType, entityId, entry.beforeJson(),
				entry.afterJson(), entry.clientAddress(), entry.prevHash(), hash);
	}

	private String toJson(Object value) {
		return value == null ? null : this.json.writeValueAsString(value);
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return truncate(request.getRemoteAddr(), 64);
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
