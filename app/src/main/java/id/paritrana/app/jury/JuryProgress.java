package id.paritrana.app.jury;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.edition.ProgressCounts;
import id.paritrana.engine.rubric.Level;

/**
 * The jury sheets submitted at each provincial level, out of those expected: one per
 * juror assigned to a nominee of the province. The nominees say which province a sheet
 * belongs to; the sheets and assignments are counted in one query.
 */
@Component
class JuryProgress implements ProgressCounts {

	private final JdbcClient jdbc;

	private final Shortlists shortlists;

	JuryProgress(JdbcClient jdbc, Shortlists shortlists) {
		this.jdbc = jdbc;
		this.shortlists = shortlists;
	}

	@Override
	public List<Column> count(int editionYear) {
		Map<String, String> provinces = new HashMap<>();
		this.shortlists.nomineesAt(editionYear, Level.PROVINSI)
			.forEach(n -> provinces.put(n.category() + "/" + n.code(), n.scope()));
		Map<String, Long> submitted = new HashMap<>();
		Map<String, Long> expected = new HashMap<>();
		this.jdbc.sql("""
				SELECT a.category, a.candidate_code, COUNT(*),
				    SUM(CASE WHEN h.status = 'SUBMITTED' THEN 1 ELSE 0 END)
				FROM jury_assignment a LEFT JOIN jury_sheet h ON h.edition_year = a.edition_year
				    AND h.score_level = a.score_level AND h.category = a.category
				    AND h.candidate_code = a.candidate_code AND h.juror_username = a.juror_username
				WHERE a.edition_year = :y AND a.score_level = 'PROVINSI'
				GROUP BY a.category, a.candidate_code""").param("y", editionYear).query(rs -> {
			// an assignment of a candidate no longer nominated expects no sheet
			String province = provinces.get(rs.getString(1) + "/" + rs.getString(2));
			if (province != null) {
				expected.merge(province, rs.getLong(3), Long::sum);
				submitted.merge(province, rs.getLong(4), Long::sum);
			}
		});
		return List.of(new Column("progress.sheets", submitted, expected, "/edisi/{year}/panel/{province}"));
	}

}
