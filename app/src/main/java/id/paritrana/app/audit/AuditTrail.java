package id.paritrana.app.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Lists and filters the audit log, newest first. */
@Service
public class AuditTrail {

	/** Jakarta time: the day boundaries a secretariat in Indonesia means by a date. */
	static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A filter of the audit log; blank parts match everything. */
	public record Filter(String actor, String action, String entityType, LocalDate from, LocalDate to) {

		public static final Filter NONE = new Filter(null, null, null, null, null);

	}

	/** One page of entries plus whether more follow. */
	public record Page(List<AuditEntry> entries, int page, boolean hasNext) {
	}

	public Page find(Filter filter, int page, int size) {
		List<AuditEntry> rows = this.jdbc
			.sql("SELECT id, occurred_at, actor, action, entity_type, entity_id, before_json, after_json,"
					+ " client_address, prev_hash, hash FROM audit_log"
					+ " WHERE (CAST(:actor AS VARCHAR(64)) IS NULL OR LOWER(actor) LIKE :actor)"
					+ " AND (CAST(:action AS VARCHAR(64)) IS NULL OR action = :action)"
					+ " AND (CAST(:type AS VARCHAR(64)) IS NULL OR entity_type = :type)"
					+ " AND (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at >= :from)"
					+ " AND (CAST(:to AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at < :to)"
					+ " ORDER BY id DESC LIMIT :limit OFFSET :offset")
			.param("actor", blank(filter.actor()) ? null : "%" + filter.actor().strip().toLowerCase(Locale.ROOT) + "%")
			.param("action", blank(filter.action()) ? null : filter.action().strip())
			.param("type", blank(filter.entityType()) ? null : filter.entityType().strip())
			.param("from", filter.from() == null ? null : filter.from().atStartOfDay(ZONE).toOffsetDateTime())
			.param("to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime())
			.param("limit", size + 1)
			.param("offset", (long) page * size)
			.query((rs, row) -> AuditChain.map(rs))
			.list();
		boolean hasNext = rows.size() > size;
		return new Page(hasNext ? rows.subList(0, size) : rows, page, hasNext);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** The distinct actions and entity types, for the filter's choices. */
	public List<String> actions() {
		return this.jdbc.sql("SELECT DISTINCT action FROM audit_log ORDER BY action").query(String.class).list();
	}

	public List<String> entityTypes() {
		return this.jdbc.sql("SELECT DISTINCT entity_type FROM audit_log ORDER BY entity_type")
			.query(String.class)
			.list();
	}

}
