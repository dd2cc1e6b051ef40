package id.paritrana.app.security;

import static id.paritrana.app.security.AuthorizationMatrixIntegrationTests.PUBLIC;
import static id.paritrana.app.security.AuthorizationMatrixIntegrationTests.RUNS_34;
import static id.paritrana.app.security.AuthorizationMatrixIntegrationTests.USER_MANAGERS;

import java.util.List;

import id.paritrana.app.security.AuthorizationMatrixIntegrationTests.Row;

/**
 * The public portal and certificate verification: open to everyone, signed in or not.
 * Certificates of province 34 for those who run that level (2099 is not determined:
 * allowed requests answer 404 or 400).
 */
final class PortalAuthorizationRows {

	private PortalAuthorizationRows() {
	}

	static List<Row> rows() {
		return List.of(new Row("GET /publik", "/publik", PUBLIC), new Row("GET /publik/{year}", "/publik/2099", PUBLIC),
				new Row("GET /publik/{year}/kartu/{snapshot}/{category}/{code}", "/publik/2099/kartu/1/UKM/123",
						PUBLIC),
				new Row("GET /publik/{year}/kartu/{snapshot}/{category}/{code}/pdf", "/publik/2099/kartu/1/UKM/123/pdf",
						PUBLIC),
				new Row("GET /publik/cakupan", "/publik/cakupan?edisi=2099", PUBLIC),
				new Row("GET /api/v1/public/coverage", "/api/v1/public/coverage?edition=2099", PUBLIC),
				new Row("GET /api/v1/public/editions", "/api/v1/public/editions", PUBLIC),
				new Row("GET /api/v1/public/editions/{year}/winners", "/api/v1/public/editions/2099/winners", PUBLIC),
				// certificates
				new Row("GET /verifikasi/{code}", "/verifikasi/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", PUBLIC),
				new Row("GET /api/v1/public/certificates/{code}", "/api/v1/public/certificates/unknown", PUBLIC),
				// the national secretariat goes to the national level, a provincial
				// committee to its province
				new Row("GET /piagam", "/piagam", USER_MANAGERS),
				new Row("GET /edisi/{year}/piagam/{scope}", "/edisi/2099/piagam/34", RUNS_34),
				new Row("POST /edisi/{year}/piagam/{scope}", "/edisi/2099/piagam/34", RUNS_34),
				new Row("GET /edisi/{year}/piagam/{scope}/{code}.pdf",
						"/edisi/2099/piagam/34/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.pdf", RUNS_34),
				new Row("GET /edisi/{year}/piagam/{scope}/piagam.zip", "/edisi/2099/piagam/34/piagam.zip", RUNS_34),
				new Row("GET /api/v1/editions/{year}/levels/{scope}/certificates",
						"/api/v1/editions/2099/levels/34/certificates", RUNS_34),
				new Row("POST /api/v1/editions/{year}/levels/{scope}/certificates",
						"/api/v1/editions/2099/levels/34/certificates", RUNS_34),
				// reports of determined results
				new Row("GET /edisi/{year}/hasil/{scope}/revisi/{revision}/lampiran.xlsx",
						"/edisi/2099/hasil/34/revisi/1/lampiran.xlsx", RUNS_34),
				new Row("GET /edisi/{year}/hasil/{scope}/revisi/{revision}/lampiran.pdf",
						"/edisi/2099/hasil/34/revisi/1/lampiran.pdf", RUNS_34),
				new Row("GET /edisi/{year}/hasil/{scope}/perubahan", "/edisi/2099/hasil/34/perubahan?dari=1&ke=2",
						RUNS_34),
				new Row("GET /edisi/{year}/ketahanan/{scope}", "/edisi/2099/ketahanan/34", RUNS_34),
				new Row("GET /api/v1/editions/{year}/results/{scope}/snapshots/{revision}/results.csv",
						"/api/v1/editions/2099/results/34/snapshots/1/results.csv", RUNS_34));
	}

}
