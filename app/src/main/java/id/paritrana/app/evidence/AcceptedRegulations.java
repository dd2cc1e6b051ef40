package id.paritrana.app.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Regulations verified outside the imported {@code regulations.csv}: the evidence a
 * verifier accepted (DESIGN §5.1, only verified regulations count for
 * {@code regulation_level}). The measures read them as {@code verified = true} rows of
 * the regulations data set, so the stored measures equal {@code evaluate} on the files
 * with those rows added.
 */
@Component
public class AcceptedRegulations {

	/** One accepted regulation, in the terms of a {@code regulations.csv} row. */
	public record Regulation(String governmentCode, String type, String number, int year, String title) {
	}

	private static final String SELECT = "SELECT candidate_code, regulation_type, doc_number, doc_year, title"
			+ " FROM evidence WHERE edition_year = :y AND kind = 'REGULASI' AND status = 'DITERIMA'";

	private final JdbcClient jdbc;

	AcceptedRegulations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The accepted regulations of an edition, of every government. */
	public List<Regulation> accepted(int editionYear) {
		return this.jdbc.sql(SELECT + " ORDER BY id")
			.param("y", editionYear)
			.query(AcceptedRegulations::regulation)
			.list();
	}

	/** The accepted regulations of one government in an edition. */
	public List<Regulation> accepted(int editionYear, String governmentCode) {
		return this.jdbc.sql(SELECT + " AND candidate_code = :c ORDER BY id")
			.param("y", editionYear)
			.param("c", governmentCode)
			.query(AcceptedRegulations::regulation)
			.list();
	}

	private static Regulation regulation(ResultSet rs, int row) throws SQLException {
		return new Regulation(rs.getString("candidate_code"), rs.getString("regulation_type"),
				rs.getString("doc_number"), rs.getInt("doc_year"), rs.getString("title"));
	}

}
