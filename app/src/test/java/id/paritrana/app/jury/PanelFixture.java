package id.paritrana.app.jury;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.paritrana.app.ImportedData;
import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.security.UserManagement;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.rubric.Category;

/**
 * A small hand-made provincial level (province 34) for the jury tests: an edition of its
 * own year at SELEKSI, desk scores of five regencies/cities and three large employers
 * (with their regions), both shortlists made, and a Tim Penilai of five jurors — one
 * affiliated with Kota Yogyakarta (34.71), one with employer 90000002. Everything of the
 * year is removed first, so a persistent database (PostgreSQL) starts clean.
 */
final class PanelFixture {

	static final String SCOPE = "34";

	static final List<String> GOVERNMENTS = List.of("34.71", "34.01", "34.02", "34.03", "34.04");

	static final List<String> EMPLOYERS = List.of("90000001", "90000002", "90000003");

	/** The employers' regencies/cities: 90000001 lies in Kota Yogyakarta. */
	static final List<String> EMPLOYER_REGIONS = List.of("34.71", "34.02", "34.03");

	static final List<String> JURORS = List.of("t.juri1", "t.juri2", "t.juri3", "t.juri4", "t.juri5");

	static final String PASSWORD = "sidang-rahasia-7732";

	private PanelFixture() {
	}

	static void forget(JdbcClient jdbc, int year) {
		for (String table : List.of("interview_slot", "jury_score", "jury_sheet", "jury_assignment",
				"conflict_declaration", "panel_member", "nominee", "desk_score", "desk_score_run", "edition_rubric",
				"edition_stage")) {
			jdbc.sql("DELETE FROM " + table + " WHERE edition_year = :y").param("y", year).update();
		}
		ImportedData.forget(jdbc, year);
		jdbc.sql("DELETE FROM edition WHERE award_year = :y").param("y", year).update();
	}

	/**
	 * The level of province 34 of a fresh edition of that year, at SELEKSI, shortlists
	 * made, team formed.
	 */
	static void build(JdbcClient jdbc, Editions editions, DatasetImport imports, Stages stages, Shortlists shortlists,
			Panels panels, UserManagement users, int year) {
		forget(jdbc, year);
		editions.create("test", year, "Panels test " + year);
		for (int i = 0; i < GOVERNMENTS.size(); i++) {
			deskScore(jdbc, year, Category.PEMKAB_PEMKOT, GOVERNMENTS.get(i), "Pemerintah " + GOVERNMENTS.get(i),
					90 - i * 5, i + 1);
		}
		for (int i = 0; i < EMPLOYERS.size(); i++) {
			deskScore(jdbc, year, Category.BU_BESAR, EMPLOYERS.get(i), "PT Uji " + (i + 1), 85 - i * 5, i + 1);
		}
		ImportedData.imported(imports, year, DataSet.EMPLOYERS,
				IntStream.range(0, EMPLOYERS.size())
					.mapToObj(i -> EMPLOYERS.get(i) + ",PT Uji " + (i + 1) + "," + EMPLOYER_REGIONS.get(i) + ",C,BESAR")
					.toArray(String[]::new));
		for (int i = 0; i < 4; i++) {
			stages.advanceAs("test", year, SCOPE);
		}
		shortlists.makeAs("test", year, Category.PEMKAB_PEMKOT, SCOPE);
		shortlists.makeAs("test", year, Category.BU_BESAR, SCOPE);
		for (String juror : JURORS) {
			if (users.findUsername(juror).isEmpty()) {
				users.createAccount("test", juror, PASSWORD,
						new UserManagement.Details("Juri " + juror, Role.PENILAI, SCOPE, null, null, true));
			}
		}
		panels.saveAs("test", year, SCOPE, "t.juri1",
				new Panels.MemberDetails(Panels.PanelRole.KETUA, "Setda DIY", "34.71", null));
		panels.saveAs("test", year, SCOPE, "t.juri2",
				new Panels.MemberDetails(Panels.PanelRole.SEKRETARIS, "BPJS Ketenagakerjaan", null, "90000002"));
		for (String juror : JURORS.subList(2, JURORS.size())) {
			panels.saveAs("test", year, SCOPE, juror,
					new Panels.MemberDetails(Panels.PanelRole.ANGGOTA, "Disnakertrans", null, null));
		}
	}

	static void deskScore(JdbcClient jdbc, int year, Category category, String code, String name, double score,
			Integer rank) {
		jdbc.sql("INSERT INTO desk_score (edition_year, score_level, category, candidate_code, candidate_name, scope,"
				+ " eligible, flags, desk_score, desk_rank, aspect_scores) VALUES (:y, 'PROVINSI', :c, :code, :name,"
				+ " :s, :eligible, '', :score, :rank, '{}')")
			.param("y", year)
			.param("c", category.name())
			.param("code", code)
			.param("name", name)
			.param("s", code.matches("\\d{2}\\.\\d{2}") ? code.substring(0, 2) : SCOPE)
			.param("eligible", rank != null)
			.param("score", java.math.BigDecimal.valueOf(score))
			.param("rank", rank)
			.update();
	}

	static SignedInUser user(UserDetailsService users, String username) {
		return (SignedInUser) users.loadUserByUsername(username);
	}

}
