package id.paritrana.app.security;

import java.util.List;

import id.paritrana.app.security.AuthorizationMatrixIntegrationTests.Row;

/**
 * Results and determination: the level's runner (the national secretariat, or province
 * 34's committee for 34) previews, determines and reads snapshots; only the national
 * secretariat revises, determines the national level and closes a provincial level (2099
 * does not exist: allowed requests answer 404).
 */
final class ResultAuthorizationRows {

	private ResultAuthorizationRows() {
	}

	static List<Row> rows() {
		return List.of(new Row("GET /hasil", "/hasil", AuthorizationMatrixIntegrationTests.RUNS_34),
				new Row("GET /edisi/{year}/hasil/{scope}", "/edisi/2099/hasil/34",
						AuthorizationMatrixIntegrationTests.RUNS_34),
				new Row("GET /edisi/{year}/hasil/{scope}/revisi/{revision}", "/edisi/2099/hasil/34/revisi/1",
						AuthorizationMatrixIntegrationTests.RUNS_34),
				new Row("GET /edisi/{year}/hasil/{scope}/rincian/{category}/{code}",
						"/edisi/2099/hasil/34/rincian/PEMKAB_PEMKOT/34.71",
						AuthorizationMatrixIntegrationTests.RUNS_34),
				new Row("GET /edisi/{year}/hasil/{scope}/revisi/{revision}/hasil.csv",
						"/edisi/2099/hasil/34/revisi/1/hasil.csv", AuthorizationMatrixIntegrationTests.RUNS_34),
				new Row("POST /edisi/{year}/hasil/{scope}/tetapkan", "/edisi/2099/hasil/34/tetapkan?confirmed=true",
						AuthorizationMatrixIntegrationTests.RUNS_34),
				new Row("POST /edisi/{year}/hasil/{scope}/revisi", "/edisi/2099/hasil/34/revisi?reason=koreksi",
						AuthorizationMatrixIntegrationTests.ADMIN),
				new Row("POST /edisi/{year}/tahap/{scope}/tutup", "/edisi/2099/tahap/34/tutup?reason=tutup",
						AuthorizationMatrixIntegrationTests.ADMIN),
				new Row("GET /api/v1/editions/{year}/results/{scope}/preview",
						"/api/v1/editions/2099/results/34/preview", AuthorizationMatrixIntegrationTests.RUNS_34),
				new Row("POST /api/v1/editions/{year}/results/{scope}/determination",
						"/api/v1/editions/2099/results/34/determination", AuthorizationMatrixIntegrationTests.RUNS_34),
				new Row("POST /api/v1/editions/{year}/results/{scope}/revisions",
						"/api/v1/editions/2099/results/34/revisions", AuthorizationMatrixIntegrationTests.ADMIN),
				new Row("GET /api/v1/editions/{year}/results/{scope}/snapshots",
						"/api/v1/editions/2099/results/34/snapshots", AuthorizationMatrixIntegrationTests.RUNS_34),
				new Row("GET /api/v1/editions/{year}/results/{scope}/snapshots/{revision}",
						"/api/v1/editions/2099/results/34/snapshots/1", AuthorizationMatrixIntegrationTests.RUNS_34),
				new Row("GET /api/v1/editions/{year}/results/{scope}/snapshots/{revision}/verification",
						"/api/v1/editions/2099/results/34/snapshots/1/verification",
						AuthorizationMatrixIntegrationTests.RUNS_34),
				new Row("POST /api/v1/editions/{year}/levels/{scope}/stages/closure",
						"/api/v1/editions/2099/levels/34/stages/closure", AuthorizationMatrixIntegrationTests.ADMIN));
	}

}
