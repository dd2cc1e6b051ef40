package id.paritrana.app.security;

import static id.paritrana.app.security.AuthorizationMatrixIntegrationTests.ADMIN;
import static id.paritrana.app.security.AuthorizationMatrixIntegrationTests.RUNS_34;
import static id.paritrana.app.security.AuthorizationMatrixIntegrationTests.SIGNED_IN;

import java.util.List;
import java.util.Set;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.security.AuthorizationMatrixIntegrationTests.Row;

/**
 * Shortlists, assessment teams, conflicts, juror assignments and interviews: the level's
 * runner (the national secretariat, and province 34's committee for its own level)
 * manages them; the national level is the secretariat's alone; a juror has their own
 * page. Edition 2099 does not exist, so allowed requests answer 404 (or 400).
 */
final class PanelsAuthorizationRows {

	/** A juror: the demo national juror. */
	static final Set<String> JUROR = Set.of(DemoUsers.PENILAI);

	private PanelsAuthorizationRows() {
	}

	static List<Row> rows() {
		String api = "/api/v1/editions/2099";
		return List.of(
				// edition setting
				new Row("POST /admin/edisi/{year}/juri", "/admin/edisi/2099/juri", ADMIN),
				new Row("GET /api/v1/editions/{year}/jury-settings", api + "/jury-settings", SIGNED_IN),
				new Row("PUT /api/v1/editions/{year}/jury-settings", api + "/jury-settings", ADMIN),
				// shortlists
				new Row("GET /seleksi", "/seleksi", RUNS_34),
				new Row("GET /edisi/{year}/seleksi/{scope}", "/edisi/2099/seleksi/34", RUNS_34),
				new Row("POST /edisi/{year}/seleksi/{scope}/{category}", "/edisi/2099/seleksi/34/PEMKAB_PEMKOT",
						RUNS_34),
				new Row("POST /edisi/{year}/seleksi/{scope}/{category}/tambah",
						"/edisi/2099/seleksi/34/PEMKAB_PEMKOT/tambah", RUNS_34),
				new Row("POST /edisi/{year}/seleksi/{scope}/{category}/hapus",
						"/edisi/2099/seleksi/34/PEMKAB_PEMKOT/hapus", RUNS_34),
				new Row("GET /api/v1/editions/{year}/levels/{scope}/shortlists/{category}",
						api + "/levels/34/shortlists/BU_BESAR", RUNS_34),
				new Row("POST /api/v1/editions/{year}/levels/{scope}/shortlists/{category}",
						api + "/levels/ID/shortlists/PEMPROV", ADMIN),
				new Row("POST /api/v1/editions/{year}/levels/{scope}/shortlists/{category}/nominees",
						api + "/levels/34/shortlists/BU_BESAR/nominees", RUNS_34),
				new Row("DELETE /api/v1/editions/{year}/levels/{scope}/shortlists/{category}/nominees/{code}",
						api + "/levels/34/shortlists/BU_BESAR/nominees/67807051?reason=x", RUNS_34),
				// assessment teams
				new Row("GET /edisi/{year}/tim/{scope}", "/edisi/2099/tim/34", RUNS_34),
				new Row("POST /edisi/{year}/tim/{scope}", "/edisi/2099/tim/34", RUNS_34),
				new Row("POST /edisi/{year}/tim/{scope}/{username}/hapus", "/edisi/2099/tim/34/penilai/hapus", RUNS_34),
				new Row("GET /api/v1/editions/{year}/levels/{scope}/panel", api + "/levels/ID/panel", ADMIN),
				new Row("PUT /api/v1/editions/{year}/levels/{scope}/panel/{username}", api + "/levels/34/panel/penilai",
						RUNS_34),
				new Row("DELETE /api/v1/editions/{year}/levels/{scope}/panel/{username}",
						api + "/levels/34/panel/penilai", RUNS_34),
				// conflicts
				new Row("GET /api/v1/editions/{year}/levels/{scope}/conflicts", api + "/levels/34/conflicts", RUNS_34),
				new Row("POST /api/v1/editions/{year}/conflicts", api + "/conflicts", JUROR),
				// assignments
				new Row("GET /edisi/{year}/penugasan/{scope}", "/edisi/2099/penugasan/34", RUNS_34),
				new Row("POST /edisi/{year}/penugasan/{scope}/{category}", "/edisi/2099/penugasan/34/PEMKAB_PEMKOT",
						RUNS_34),
				new Row("POST /edisi/{year}/penugasan/{scope}/{category}/tambah",
						"/edisi/2099/penugasan/34/PEMKAB_PEMKOT/tambah", RUNS_34),
				new Row("POST /edisi/{year}/penugasan/{scope}/{category}/hapus",
						"/edisi/2099/penugasan/34/PEMKAB_PEMKOT/hapus", RUNS_34),
				new Row("GET /api/v1/editions/{year}/levels/{scope}/assignments", api + "/levels/34/assignments",
						RUNS_34),
				new Row("POST /api/v1/editions/{year}/levels/{scope}/assignments/{category}",
						api + "/levels/ID/assignments/PEMPROV", ADMIN),
				new Row("GET /api/v1/editions/{year}/levels/{scope}/assignments/{category}/{candidate}/offered",
						api + "/levels/34/assignments/PEMKAB_PEMKOT/34.71/offered", RUNS_34),
				new Row("PUT /api/v1/editions/{year}/levels/{scope}/assignments/{category}/{candidate}/{juror}",
						api + "/levels/34/assignments/PEMKAB_PEMKOT/34.71/penilai", RUNS_34),
				new Row("DELETE /api/v1/editions/{year}/levels/{scope}/assignments/{category}/{candidate}/{juror}",
						api + "/levels/34/assignments/PEMKAB_PEMKOT/34.71/penilai", RUNS_34),
				// interview schedule
				new Row("GET /edisi/{year}/jadwal/{scope}", "/edisi/2099/jadwal/34", RUNS_34),
				new Row("POST /edisi/{year}/jadwal/{scope}", "/edisi/2099/jadwal/34", RUNS_34),
				new Row("GET /api/v1/editions/{year}/levels/{scope}/schedule", api + "/levels/34/schedule", RUNS_34),
				new Row("PUT /api/v1/editions/{year}/levels/{scope}/schedule/{category}/{candidate}",
						api + "/levels/34/schedule/PEMKAB_PEMKOT/34.71", RUNS_34),
				// a juror's own page
				new Row("GET /penilaian-saya", "/penilaian-saya", JUROR),
				new Row("GET /edisi/{year}/penilaian-saya", "/edisi/2099/penilaian-saya", JUROR),
				new Row("POST /edisi/{year}/penilaian-saya/konflik", "/edisi/2099/penilaian-saya/konflik", JUROR),
				new Row("GET /api/v1/editions/{year}/my-assessment", api + "/my-assessment", JUROR));
	}

}
