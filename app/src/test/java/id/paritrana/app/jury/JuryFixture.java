package id.paritrana.app.jury;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.ImportedData;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.security.UserManagement;

/**
 * A test edition of its own with nominees of province 34's regencies, a team, assignments
 * and the provincial level's interview stage running; removed first, so that a run on a
 * database that persists (PostgreSQL) starts clean.
 */
final class JuryFixture {

	static final String PROVINCE = "34";

	static final String PASSWORD = "kopi-tubruk-pagi-8";

	final int year;

	final JdbcClient jdbc;

	final UserDetailsService users;

	final UserManagement userManagement;

	final Stages stages;

	JuryFixture(int year, ApplicationContext context) {
		this.year = year;
		this.jdbc = context.getBean(JdbcClient.class);
		this.users = context.getBean(UserDetailsService.class);
		this.userManagement = context.getBean(UserManagement.class);
		this.stages = context.getBean(Stages.class);
		Editions editions = context.getBean(Editions.class);
		for (String table : List.of("jury_score", "jury_sheet", "jury_assignment", "panel_member", "interview_slot",
				"conflict_declaration", "nominee", "edition_stage", "edition_rubric")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE edition_year = :y").param("y", year).update();
		}
		ImportedData.forget(this.jdbc, year);
		this.jdbc.sql("DELETE FROM edition WHERE award_year = :y").param("y", year).update();
		editions.create("test", year, null);
	}

	/** A juror account (created once), signed in. */
	SignedInUser juror(String username) {
		if (this.userManagement.findUsername(username).isEmpty()) {
			this.userManagement.create(admin(), username, PASSWORD,
					new UserManagement.Details("Juri " + username, Role.PENILAI, null, null, null, true));
		}
		return (SignedInUser) this.users.loadUserByUsername(username);
	}

	SignedInUser admin() {
		return (SignedInUser) this.users.loadUserByUsername(DemoUsers.ADMIN);
	}

	void nominee(String category, String code) {
		this.jdbc
			.sql("INSERT INTO nominee (edition_year, score_level, category, scope, candidate_code, origin, added_by)"
					+ " VALUES (:y, 'PROVINSI', :c, :s, :code, 'AUTO', 'test')")
			.param("y", this.year)
			.param("c", category)
			.param("s", PROVINCE)
			.param("code", code)
			.update();
	}

	void member(String username, String role, String affiliationRegion) {
		this.jdbc
			.sql("INSERT INTO panel_member (edition_year, level_scope, username, panel_role, agency,"
					+ " affiliation_region) VALUES (:y, :s, :u, :r, 'test', :a)")
			.param("y", this.year)
			.param("s", PROVINCE)
			.param("u", username)
			.param("r", role)
			.param("a", affiliationRegion)
			.update();
	}

	void assign(String category, String code, String juror) {
		this.jdbc
			.sql("INSERT INTO jury_assignment (edition_year, score_level, category, candidate_code, juror_username,"
					+ " assigned_by) VALUES (:y, 'PROVINSI', :c, :code, :j, 'test')")
			.param("y", this.year)
			.param("c", category)
			.param("code", code)
			.param("j", juror)
			.update();
	}

	void declareConflict(String juror, String code) {
		this.jdbc
			.sql("INSERT INTO conflict_declaration (edition_year, juror_username, candidate_code, reason)"
					+ " VALUES (:y, :j, :code, 'test')")
			.param("y", this.year)
			.param("j", juror)
			.param("code", code)
			.update();
	}

	/** Advances province 34's level until its interview stage runs. */
	void interviewRuns() {
		while (this.stages.current(this.year, PROVINCE) != id.paritrana.app.edition.Stage.WAWANCARA
				|| this.stages.stages(this.year, PROVINCE)
					.get(id.paritrana.app.edition.Stage.WAWANCARA.ordinal())
					.state() != id.paritrana.app.edition.StageState.BERJALAN) {
			// the tests give nominees fewer jurors than the minimum where they need to
			this.stages.advance(admin(), this.year, PROVINCE, "juri diatur oleh pengujian");
		}
	}

	/** Finishes the interview stage. */
	void interviewEnds() {
		// the fixture's nominees are scored only as far as each test needs: the
		// secretariat moves on regardless
		this.stages.advance(admin(), this.year, PROVINCE, "wawancara ditutup untuk pengujian");
	}

	/** Runs the interview stage again (the national secretariat moves the level back). */
	void interviewAgain() {
		this.stages.moveBack(admin(), this.year, PROVINCE, id.paritrana.app.edition.Stage.WAWANCARA, "test");
	}

}
