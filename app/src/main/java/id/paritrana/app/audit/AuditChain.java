package id.paritrana.app.audit;

import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the whole audit chain, streaming it in id order: every entry's hash and link,
 * and the MAC of every keyed entry and of the head under the {@link AuditKey}. Entries
 * written before keying carry no MAC; they are anchored by the first keyed entry, whose
 * MAC covers its hash, which covers the previous hash. An entry without a MAC after a
 * keyed one is a break.
 */
@Service
public class AuditChain {

	private final JdbcTemplate jdbc;

	private final AuditKey key;

	AuditChain(DataSource dataSource, AuditKey key) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1_000);
		this.key = key;
	}

	/**
	 * Recomputes every entry's hash, its link to the previous one and its MAC, and
	 * compares the newest with the chain's head: an edited, inserted, deleted or
	 * truncated entry is named, and so is a chain rewritten and rehashed without the key.
	 */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		var state = new Object() {
			long expectedId = 1;

			String previousHash = AuditHashing.GENESIS;

			long checked;

			long keyed;

			long firstKeyed = -1;

			long broken = -1;

			String reason = "";

			String wrongKey;

		};
		this.jdbc.query("SELECT id, occurred_at, actor, action, entity_type, entity_id, before_json, after_json,"
				+ " client_address, prev_hash, hash, mac, key_id FROM audit_log ORDER BY id", rs -> {
					if (state.broken >= 0 || state.wrongKey != null) {
						return;
					}
					AuditEntry entry = map(rs);
					String mac = rs.getString("mac");
					String keyId = rs.getString("key_id");
					state.checked++;
					if (entry.id() != state.expectedId) {
						state.broken = state.expectedId;
						state.reason = "entry " + state.expectedId + " is missing (deleted); next entry is "
								+ entry.id();
					}
					else if (!entry.prevHash().equals(state.previousHash)) {
						state.broken = entry.id();
						state.reason = "entry " + entry.id() + " does not link to the previous entry's hash";
					}
					else if (!entry.computeHash().equals(entry.hash())) {
						state.broken = entry.id();
						state.reason = "entry " + entry.id() + " was modified: its content does not match its hash";
					}
					else if (mac == null) {
						if (state.firstKeyed >= 0) {
							state.broken = entry.id();
							state.reason = "entry " + entry.id() + " has no MAC although entry " + state.firstKeyed
									+ " before it has one (its MAC was removed, or it was written without the key)";
						}
					}
					else if (state.firstKeyed < 0 && !this.key.id().equals(keyId)) {
						state.wrongKey = "wrong key: the chain is keyed with key " + keyId + " (from entry "
								+ entry.id() + " on), the configured key is " + this.key.id();
					}
					else if (!this.key.id().equals(keyId)) {
						state.broken = entry.id();
						state.reason = "entry " + entry.id() + " names key " + keyId + ", the chain before it key "
								+ this.key.id();
					}
					else if (!same(mac, this.key.mac(entry.hash()))) {
						state.broken = entry.id();
						state.reason = "entry " + entry.id() + "'s MAC does not match its hash: it"
								+ (state.firstKeyed < 0 && entry.id() > 1 ? " or an entry before it" : "")
								+ " was rewritten and rehashed without the key";
					}
					else {
						state.keyed++;
						if (state.firstKeyed < 0) {
							state.firstKeyed = entry.id();
						}
					}
					state.expectedId = entry.id() + 1;
					state.previousHash = entry.hash();
				});
		if (state.wrongKey != null) {
			return AuditVerification.notChecked(state.checked, state.keyed, state.wrongKey);
		}
		if (state.broken >= 0) {
			return AuditVerification.broken(state.checked, state.keyed, state.broken, state.reason);
		}
		var head = this.jdbc.queryForMap("SELECT last_id, last_hash, mac FROM audit_head WHERE id = 1");
		long lastId = ((Number) head.get("last_id")).longValue();
		if (lastId != state.expectedId - 1 || !head.get("last_hash").equals(state.previousHash)) {
			long firstMissing = Math.min(state.expectedId, lastId);
			return AuditVerification.broken(state.checked, state.keyed, firstMissing,
					"the chain ends at entry " + (state.expectedId - 1) + " but its head records entry " + lastId
							+ " (entries removed from the end, or the head was changed)");
		}
		if (state.firstKeyed >= 0 && !same((String) head.get("mac"), this.key.headMac(lastId, state.previousHash))) {
			return AuditVerification.broken(state.checked, state.keyed, lastId, "the chain's head (entry " + lastId
					+ ") does not carry its MAC: it was rewritten without the key (entries removed from the end?)");
		}
		if (state.firstKeyed < 0 && state.checked > 0) {
			return AuditVerification.notChecked(state.checked, 0, "none of the " + state.checked
					+ " entries carries a MAC, so nothing ties the chain to the key: they were written before the"
					+ " audit key was introduced (the next change recorded anchors them) or their MACs were removed");
		}
		return AuditVerification.intact(state.checked, state.keyed);
	}

	/**
	 * Compares in constant time, so that timing does not reveal how much of a MAC
	 * matched.
	 */
	private static boolean same(String stored, String expected) {
		return stored != null && MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
				expected.getBytes(StandardCharsets.US_ASCII));
	}

	static AuditEntry map(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("before_json"), rs.getString("after_json"), rs.getString("client_address"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

}
