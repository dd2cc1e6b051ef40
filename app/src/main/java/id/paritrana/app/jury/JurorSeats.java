package id.paritrana.app.jury;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * Where a juror sits: the nominees assigned to them, their conflicts of interest (declared, or
 * derived from their affiliation: the candidate's own region or employer, DESIGN §5.5) and
 * whether they chair a level's team. Read straight from the team and assignment tables.
 */
@Component
class JurorSeats {

	/**
	 * A condition true when juror {@code j} has no conflict with candidate {@code c} in edition
	 * {@code y}, the three given as SQL expressions of the enclosing query.
	 */
	static String noConflict(String y, String j, String c) {
		return " NOT EXISTS (SELECT 1 FROM conflict_declaration cd WHERE cd.edition_year = " + y
				+ " AND cd.juror_username = " + j + " AND cd.candidate_code = " + c + ")"
				+ " AND NOT EXISTS (SELECT 1 FROM panel_member pm WHERE pm.edition_year = " + y
				+ " AND pm.username = " + j + " AND (pm.affiliation_npp = " + c + " OR pm.affiliation_region = " + c
				+ " OR EXISTS (SELECT 1 FROM data_employer de WHERE de.edition_year = " + y + " AND de.npp = " + c
				+ " AND de.region_code = pm.affiliation_region)))";
	}

	private final JdbcClient jdbc;

	JurorSeats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the juror is assigned to the nominee, whatever their conflicts. */
	boolean assigned(int year, Level level, Category category, String code, String juror) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM jury_assignment WHERE edition_year = :y AND score_level = :l"
					+ " AND category = :c AND candidate_code = :code AND juror_username = :j")
			.param("y", year)
			.param("l", level.name())
			.param("c", category.name())
			.param("code", code)
			.param("j", juror)
			.query(Integer.class)
			.single() > 0;
	}

	/** Whether the juror has a conflict of interest with the candidate: declared or derived. */
	boolean conflicted(int year, String code, String juror) {
		return this.jdbc.sql("SELECT CASE WHEN" + noConflict(":y", ":j", ":code") + " THEN 0 ELSE 1 END")
			.param("y", year)
			.param("j", juror)
			.param("code", code)
			.query(Integer.class)
			.single() > 0;
	}

	/** Whether the user chairs (KETUA) the team of a level: a province code or {@code ID}. */
	boolean chairs(int year, String levelScope, String username) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM panel_member WHERE edition_year = :y AND level_scope = :s"
					+ " AND username = :u AND panel_role = 'KETUA'")
			.param("y", year)
			.param("s", levelScope)
			.param("u", username)
			.query(Integer.class)
			.single() > 0;
	}

	/** The scope of a nominee (its province at the provincial level, {@code ID} at the national). */
	Optional<String> nomineeScope(int year, Level level, Category category, String code) {
		return this.jdbc
			.sql("SELECT scope FROM nominee WHERE edition_year = :y AND score_level = :l AND category = :c"
					+ " AND candidate_code = :code")
			.param("y", year)
			.param("l", level.name())
			.param("c", category.name())
			.param("code", code)
			.query(String.class)
			.optional();
	}

}
