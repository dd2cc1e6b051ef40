package id.paritrana.app.assessment;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.paritrana.app.edition.ProgressCounts;
import id.paritrana.app.edition.ProgressQueries;

/** Candidates scored at each provincial level, and the nominees shortlisted there. */
@Component
class AssessmentProgress implements ProgressCounts {

	private final JdbcClient jdbc;

	AssessmentProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Column> count(int editionYear) {
		return List.of(
				new Column("progress.candidates", ProgressQueries.byProvince(this.jdbc,
						"SELECT scope, COUNT(*) FROM desk_score WHERE edition_year = :y AND score_level = 'PROVINSI'"
								+ " GROUP BY scope",
						editionYear), "/edisi/{year}/skor-meja?level=PROVINSI&scope={province}"),
				new Column("progress.nominees", ProgressQueries.byProvince(this.jdbc,
						"SELECT scope, COUNT(*) FROM nominee WHERE edition_year = :y AND score_level = 'PROVINSI'"
								+ " GROUP BY scope",
						editionYear), "/edisi/{year}/seleksi/{province}"));
	}

}
