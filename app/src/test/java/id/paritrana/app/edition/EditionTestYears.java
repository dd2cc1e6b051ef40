package id.paritrana.app.edition;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Removes a test's editions so that each test starts clean on a database that persists
 * (PostgreSQL).
 */
final class EditionTestYears {

	private EditionTestYears() {
	}

	static void forget(JdbcClient jdbc, int... years) {
		for (int year : years) {
			jdbc.sql("DELETE FROM level_lock WHERE edition_year = :y").param("y", year).update();
			jdbc.sql("DELETE FROM edition_rubric WHERE edition_year = :y").param("y", year).update();
			jdbc.sql("DELETE FROM edition_stage WHERE edition_year = :y").param("y", year).update();
			jdbc.sql("DELETE FROM edition WHERE award_year = :y").param("y", year).update();
		}
	}

}
