package id.paritrana.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.OptionalLong;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks the whole audit chain, streaming it in id order. */
@Service
public class AuditChain {

	private final JdbcTemplate jdbc;

	AuditChain(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1_000);
	}

	/**
	 * Recomputes every entry's hash and its link to the previous one, and compares the newest
	 * with the chain's head: an edited, inserted, deleted or truncated entry is named.
	 */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		var state = new Object() {
			long expectedId = 1;

			String previousHash = AuditHashing.GENESIS;

			long checked;

			long broken = -1;

			String reason = "";

		};
		this.jdbc.query("SELECT id, occurred_at, actor, action, entity_type, entity_id, before_json, after_json,"
				+ " client_address, prev_hash, hash FROM audit_log ORDER BY id", rs -> {
					if (state.broken >= 0) {
						return;
					}
					AuditEntry entry = map(rs);
					state.checked++;
					if (entry.id() != state.expectedId) {
						state.broken = state.expectedId;
						state.reason = "entry " + state.expectedId + " is missing (deleted); next entry is " + entry.id();
					}
					else if (!entry.prevHash().equals(state.previousHash)) {
						state.broken = entry.id();
						state.reason = "entry " + entry.id() + " does not link to the previous entry's hash";
					}
					else if (!entry.computeHash().equals(entry.hash())) {
						state.broken = entry.id();
						state.reason = "entry " + entry.id() + " was modified: its content does not match its hash";
					}
					state.expectedId = entry.id() + 1;
					state.previousHash = entry.hash();
				});
		if (state.broken >= 0) {
			return new AuditVerification(state.checked, OptionalLong.of(state.broken), state.reason);
		}
		var head = this.jdbc.queryForMap("SELECT last_id, last_hash FROM audit_head WHERE id = 1");
		long lastId = ((Number) head.get("last_id")).longValue();
		if (lastId != state.expectedId - 1 || !head.get("last_hash").equals(state.previousHash)) {
			long firstMissing = Math.min(state.expectedId, lastId);
			return new AuditVerification(state.checked, OptionalLong.of(firstMissing),
					"the chain ends at entry " + (state.expectedId - 1) + " but its head records entry " + lastId
							+ " (entries removed from the end, or the head was changed)");
		}
		return new AuditVerification(state.checked, OptionalLong.empty(), "");
	}

	static AuditEntry map(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("before_json"), rs.getString("after_json"), rs.getString("client_address"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

}
