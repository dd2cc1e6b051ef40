package id.paritrana.app.security;

import java.util.List;
import java.util.Set;

import id.paritrana.app.DemoUsers;

/**
 * The jury scoring endpoints: a juror's own sheets for jurors, another juror's sheet also
 * for the committee and the national secretariat (after the interview stage), the panels
 * for whoever runs the level (and its chair, who is not a demo sign-in; reopening sheets,
 * one or several, is for jurors, of whom only the chair gets further). Edition 2099 does
 * not exist: allowed requests answer 404.
 */
final class JuryScoringAuthorizationRows {

	private JuryScoringAuthorizationRows() {
	}

	static List<AuthorizationMatrixIntegrationTests.Row> rows() {
		Set<String> juror = Set.of(DemoUsers.PENILAI);
		Set<String> sheetReaders = Set.of(DemoUsers.PENILAI, DemoUsers.ADMIN, DemoUsers.PANITIA_34);
		String sheet = "/penilaian/2099/PROVINSI/PEMKAB_PEMKOT/34.71";
		String api = "/api/v1/editions/2099/jury/PROVINSI/PEMKAB_PEMKOT/34.71";
		return List.of(new AuthorizationMatrixIntegrationTests.Row("GET /penilaian", "/penilaian", juror),
				new AuthorizationMatrixIntegrationTests.Row("GET /penilaian/{year}/{level}/{category}/{code}", sheet,
						juror),
				new AuthorizationMatrixIntegrationTests.Row("POST /penilaian/{year}/{level}/{category}/{code}", sheet,
						juror),
				new AuthorizationMatrixIntegrationTests.Row(
						"GET /penilaian/{year}/{level}/{category}/{code}/juri/{juror}", sheet + "/juri/juri.lain",
						sheetReaders),
				new AuthorizationMatrixIntegrationTests.Row(
						"POST /penilaian/{year}/{level}/{category}/{code}/juri/{juror}/buka",
						sheet + "/juri/juri.lain/buka", juror),
				new AuthorizationMatrixIntegrationTests.Row("POST /edisi/{year}/panel/{scope}/buka",
						"/edisi/2099/panel/34/buka", juror),
				new AuthorizationMatrixIntegrationTests.Row("POST /api/v1/editions/{year}/jury/sheets/reopen",
						"/api/v1/editions/2099/jury/sheets/reopen", juror),
				new AuthorizationMatrixIntegrationTests.Row("GET /panel", "/panel", sheetReaders),
				new AuthorizationMatrixIntegrationTests.Row("GET /edisi/{year}/panel/{scope}", "/edisi/2099/panel/34",
						AuthorizationMatrixIntegrationTests.RUNS_34),
				new AuthorizationMatrixIntegrationTests.Row("GET /edisi/{year}/panel/{scope}/nomine/{code}",
						"/edisi/2099/panel/34/nomine/34.71?kategori=PEMKAB_PEMKOT",
						AuthorizationMatrixIntegrationTests.RUNS_34),
				new AuthorizationMatrixIntegrationTests.Row("POST /edisi/{year}/panel/{scope}/ambil-alih",
						"/edisi/2099/panel/34/ambil-alih", AuthorizationMatrixIntegrationTests.RUNS_34),
				new AuthorizationMatrixIntegrationTests.Row(
						"POST /api/v1/editions/{year}/jury/panels/{scope}/imported-scores",
						"/api/v1/editions/2099/jury/panels/34/imported-scores",
						AuthorizationMatrixIntegrationTests.RUNS_34),
				new AuthorizationMatrixIntegrationTests.Row("GET /api/v1/jury/nominees", "/api/v1/jury/nominees",
						juror),
				new AuthorizationMatrixIntegrationTests.Row(
						"GET /api/v1/editions/{year}/jury/{level}/{category}/{code}/sheet", api + "/sheet", juror),
				new AuthorizationMatrixIntegrationTests.Row(
						"PUT /api/v1/editions/{year}/jury/{level}/{category}/{code}/sheet", api + "/sheet", juror),
				new AuthorizationMatrixIntegrationTests.Row(
						"POST /api/v1/editions/{year}/jury/{level}/{category}/{code}/sheet/submit",
						api + "/sheet/submit", juror),
				new AuthorizationMatrixIntegrationTests.Row(
						"GET /api/v1/editions/{year}/jury/{level}/{category}/{code}/sheets/{juror}",
						api + "/sheets/juri.lain", sheetReaders),
				new AuthorizationMatrixIntegrationTests.Row(
						"POST /api/v1/editions/{year}/jury/{level}/{category}/{code}/sheets/{juror}/reopen",
						api + "/sheets/juri.lain/reopen", juror),
				new AuthorizationMatrixIntegrationTests.Row("GET /api/v1/editions/{year}/jury/panels/{scope}",
						"/api/v1/editions/2099/jury/panels/34", AuthorizationMatrixIntegrationTests.RUNS_34));
	}

}
