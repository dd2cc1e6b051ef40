package id.paritrana.app.security;

import static id.paritrana.app.security.AuthorizationMatrixIntegrationTests.PUBLIC;

import java.util.List;

import id.paritrana.app.security.AuthorizationMatrixIntegrationTests.Row;

/** The public portal and certificate verification: open to everyone, signed in or not. */
final class PortalAuthorizationRows {

	private PortalAuthorizationRows() {
	}

	static List<Row> rows() {
		return List.of(new Row("GET /publik", "/publik", PUBLIC), new Row("GET /publik/{year}", "/publik/2099", PUBLIC),
				new Row("GET /publik/{year}/kartu/{snapshot}/{category}/{code}", "/publik/2099/kartu/1/UKM/123",
						PUBLIC),
				new Row("GET /publik/cakupan", "/publik/cakupan?edisi=2099", PUBLIC),
				new Row("GET /api/v1/public/coverage", "/api/v1/public/coverage?edition=2099", PUBLIC),
				new Row("GET /api/v1/public/editions", "/api/v1/public/editions", PUBLIC),
				new Row("GET /api/v1/public/editions/{year}/winners", "/api/v1/public/editions/2099/winners",
						PUBLIC));
	}

}
