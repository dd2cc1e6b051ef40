package id.paritrana.app.result;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.paritrana.app.edition.ProgressCounts;
import id.paritrana.app.edition.ProgressQueries;

/** The revisions of each provincial level's determined results (0: not determined). */
@Component
class ResultProgress implements ProgressCounts {

	private final JdbcClient jdbc;

	ResultProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Column> count(int editionYear) {
		return List.of(new Column("progress.determined",
				ProgressQueries.byProvince(this.jdbc,
						"SELECT scope, COUNT(*) FROM result_snapshot WHERE edition_year = :y"
								+ " AND score_level = 'PROVINSI' GROUP BY scope",
						editionYear),
				"/edisi/{year}/hasil/{province}"));
	}

}
