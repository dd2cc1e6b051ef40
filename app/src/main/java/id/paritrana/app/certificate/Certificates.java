package id.paritrana.app.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.result.Results;
import id.paritrana.app.result.Snapshot;
import id.paritrana.app.result.Winner;
import id.paritrana.app.result.ZoneWinner;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * Issues, lists and verifies certificates. Issuing reads the current snapshot of a level:
 * one certificate per juara 1–3 of every category (and, at the national level, per zone
 * award). Issuing again for the same snapshot changes nothing; issuing for a later
 * revision marks the certificates of earlier revisions of that level superseded. The
 * recipients' operators are told of what was issued ({@link CertificateMessages}).
 */
@Service
public class Certificates {

	private static final String SELECT = "SELECT id, code, edition_year, award_level, scope, category, award, final_rank,"
			+ " zone, candidate_code, candidate_name, final_score, snapshot_id, revision, snapshot_digest, issued_at,"
			+ " superseded_at FROM certificate";

	private final JdbcClient jdbc;

	private final Results results;

	private final AuditLog audit;

	private final CertificateMessages messages;

	Certificates(JdbcClient jdbc, Results results, AuditLog audit, CertificateMessages messages) {
		this.jdbc = jdbc;
		this.results = results;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * The certificates of the current snapshot of a level, issued now if they are not
	 * yet.
	 * @throws InvalidInputException when the level is not determined
	 */
	@Transactional
	public List<Certificate> issue(String actor, int editionYear, String scope) {
		Snapshot snapshot = this.results.current(editionYear, scope)
			.orElseThrow(() -> new InvalidInputException("scope", "certificate.notDetermined", scope));
		List<Certificate> existing = ofSnapshot(snapshot.id());
		if (!existing.isEmpty()) {
			return existing;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Winner w : this.results.winners(editionYear)) {
			if (w.snapshotId() == snapshot.id()) {
				rows.add(row(snapshot, w.category(), Certificate.Award.JUARA, w.place(), null, w.candidateCode(),
						w.candidateName(), w.finalScore().toPlainString()));
			}
		}
		if (snapshot.level() == Level.NASIONAL) {
			for (ZoneWinner z : this.results.zoneAwards(editionYear)) {
				rows.add(row(snapshot, Category.PEMPROV, Certificate.Award.INOVASI_ZONA, null, z.zone().name(),
						z.candidateCode(), z.candidateName(), z.aspectScore().toPlainString()));
			}
		}
		for (Map<String, Object> row : rows) {
			this.jdbc.sql("""
					INSERT INTO certificate (code, edition_year, award_level, scope, category, award, final_rank, zone,
					    candidate_code, candidate_name, final_score, snapshot_id, revision, snapshot_digest, issued_by)
					VALUES (:code, :year, :level, :scope, :category, :award, :place, :zone,
					    :candidateCode, :candidateName, :finalScore, :snapshot, :revision, :digest, :actor)""")
				.params(row)
				.param("actor", actor)
				.update();
		}
		int superseded = this.jdbc
			.sql("UPDATE certificate SET superseded_at = CURRENT_TIMESTAMP WHERE edition_year = :y AND scope = :s"
					+ " AND snapshot_id <> :snapshot AND superseded_at IS NULL")
			.param("y", editionYear)
			.param("s", scope)
			.param("snapshot", snapshot.id())
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("snapshot", snapshot.id());
		after.put("revision", snapshot.revision());
		after.put("issued", rows.size());
		after.put("superseded", superseded);
		this.audit.recordAs(actor, "CERTIFICATES_ISSUED", "certificate", editionYear + "/" + scope, null, after);
		List<Certificate> issued = ofSnapshot(snapshot.id());
		this.messages.issued(issued);
		return issued;
	}

	/**
	 * Issues the certificates of every determined level of an edition that has none for
	 * its current snapshot (the demo, and a catch-up after determinations); returns the
	 * levels issued.
	 */
	@Transactional
	public List<String> issueMissing(String actor, int editionYear) {
		List<String> issued = new ArrayList<>();
		for (Snapshot snapshot : this.results.snapshots(editionYear)) {
			if (!snapshot.superseded() && ofSnapshot(snapshot.id()).isEmpty()) {
				issue(actor, editionYear, snapshot.scope());
				issued.add(snapshot.scope());
			}
		}
		return issued;
	}

	/**
	 * Every certificate of a level, of every revision: the newest revision first, then by
	 * category and place.
	 */
	public List<Certificate> list(int editionYear, String scope) {
		return this.jdbc
			.sql(SELECT + " WHERE edition_year = :y AND scope = :s"
					+ " ORDER BY revision DESC, award, category, final_rank, zone, candidate_code")
			.param("y", editionYear)
			.param("s", scope)
			.query(Certificates::certificate)
			.list();
	}

	/** The valid (not superseded) certificates of a level. */
	public List<Certificate> current(int editionYear, String scope) {
		return list(editionYear, scope).stream().filter(Certificate::valid).toList();
	}

	/**
	 * The certificate with exactly this code; empty for any other string, however
	 * similar.
	 */
	public Optional<Certificate> verify(String code) {
		if (!VerificationCodes.wellFormed(code)) {
			return Optional.empty();
		}
		return this.jdbc.sql(SELECT + " WHERE code = :code")
			.param("code", code)
			.query(Certificates::certificate)
			.optional();
	}

	private List<Certificate> ofSnapshot(long snapshotId) {
		return this.jdbc
			.sql(SELECT + " WHERE snapshot_id = :s ORDER BY award, category, final_rank, zone, candidate_code")
			.param("s", snapshotId)
			.query(Certificates::certificate)
			.list();
	}

	private static Map<String, Object> row(Snapshot snapshot, Category category, Certificate.Award award, Integer place,
			String zone, String code, String name, String score) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("code", VerificationCodes.next());
		row.put("year", snapshot.editionYear());
		row.put("level", snapshot.level().name());
		row.put("scope", snapshot.scope());
		row.put("category", category.name());
		row.put("award", award.name());
		row.put("place", place);
		row.put("zone", zone);
		row.put("candidateCode", code);
		row.put("candidateName", name);
		row.put("finalScore", score);
		row.put("snapshot", snapshot.id());
		row.put("revision", snapshot.revision());
		row.put("digest", snapshot.sha256());
		return row;
	}

	private static Certificate certificate(ResultSet rs, int n) throws SQLException {
		OffsetDateTime superseded = rs.getObject("superseded_at", OffsetDateTime.class);
		return new Certificate(rs.getLong("id"), rs.getString("code"), rs.getInt("edition_year"),
				Level.valueOf(rs.getString("award_level")), rs.getString("scope"),
				Category.valueOf(rs.getString("category")), Certificate.Award.valueOf(rs.getString("award")),
				(Integer) rs.getObject("final_rank", Integer.class), rs.getString("zone"),
				rs.getString("candidate_code"), rs.getString("candidate_name"), rs.getString("final_score"),
				rs.getLong("snapshot_id"), rs.getInt("revision"), rs.getString("snapshot_digest"),
				rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
				(superseded != null) ? superseded.toInstant() : null);
	}

}
