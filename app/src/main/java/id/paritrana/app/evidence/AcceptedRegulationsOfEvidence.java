package id.paritrana.app.evidence;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.paritrana.app.dataset.AcceptedRegulations;

/** The regulations a verifier accepted, for the measures (DESIGN §5.1). */
@Component
class AcceptedRegulationsOfEvidence implements AcceptedRegulations {

	private static final String SELECT = "SELECT candidate_code, regulation_type, doc_number, doc_year, title"
			+ " FROM evidence WHERE edition_year = :y AND kind = 'REGULASI' AND status = 'DITERIMA'";

	private final JdbcClient jdbc;

	AcceptedRegulationsOfEvidence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Regulation> accepted(int editionYear) {
		return this.jdbc.sql(SELECT + " ORDER BY id").param("y", editionYear).query(this::regulation).list();
	}

	@Override
	public List<Regulation> accepted(int editionYear, String governmentCode) {
		return this.jdbc.sql(SELECT + " AND candidate_code = :c ORDER BY id")
			.param("y", editionYear)
			.param("c", governmentCode)
			.query(this::regulation)
			.list();
	}

	private Regulation regulation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Regulation(rs.getString("candidate_code"), rs.getString("regulation_type"),
				rs.getString("doc_number"), rs.getInt("doc_year"), rs.getString("title"));
	}

}
