package id.paritrana.app.evidence;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.paritrana.engine.rubric.Level;
import id.paritrana.app.edition.StageFindings;
import id.paritrana.app.edition.StagePreconditions.Check;
import id.paritrana.app.edition.StagePreconditions.Finding;

/**
 * Evidence still waiting for its verifier (DESIGN §3 VERIFIKASI) before the shortlist: of
 * the province at its level, of the whole edition at the national level. Oldest first, as
 * the queue.
 */
@Component
class EvidenceFindings implements StageFindings {

	private final JdbcClient jdbc;

	EvidenceFindings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Finding> find(int editionYear, String levelScope, Set<Check> checks) {
		if (!checks.contains(Check.UNVERIFIED_EVIDENCE)) {
			return List.of();
		}
		boolean national = levelScope.equals(Level.NATIONAL_SCOPE);
		return this.jdbc
			.sql("SELECT id, candidate_code, title FROM evidence WHERE edition_year = :year AND status = 'MENUNGGU'"
					+ (national ? "" : " AND province_code = :province") + " ORDER BY uploaded_at, id")
			.param("year", editionYear)
			.param("province", levelScope)
			.query((rs, row) -> new Finding(Check.UNVERIFIED_EVIDENCE,
					rs.getString("candidate_code") + " · " + rs.getString("title"),
					"/edisi/" + editionYear + "/bukti/" + rs.getLong("id")))
			.list();
	}

}
