package id.paritrana.app.evidence;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.paritrana.app.edition.ProgressCounts;
import id.paritrana.app.edition.ProgressQueries;

/** Evidence waiting for its verifier, per province. */
@Component
class EvidenceProgress implements ProgressCounts {

	private final JdbcClient jdbc;

	EvidenceProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Column> count(int editionYear) {
		return List.of(new Column("progress.evidencePending",
				ProgressQueries.byProvince(this.jdbc,
						"SELECT province_code, COUNT(*) FROM evidence WHERE edition_year = :y AND status = 'MENUNGGU'"
								+ " GROUP BY province_code",
						editionYear),
				"/edisi/{year}/verifikasi?province={province}"));
	}

}
