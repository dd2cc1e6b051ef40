package id.paritrana.app.edition;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The stage state machine of each level of an edition (DESIGN §3): the national level
 * ({@code ID}) and each province's level (its code).
 */
@Service
public class Stages {

	/** The level scope of the national level. */
	public static final String NATIONAL = "ID";

	private final JdbcClient jdbc;

	Stages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The stage a level is in: the first stage that is not done (running, or next to start);
	 * the last stage once every stage is done. A level whose stages were never touched is in
	 * {@link Stage#SOSIALISASI}.
	 */
	public Stage current(int editionYear, String levelScope) {
		List<String> open = this.jdbc
			.sql("SELECT stage FROM edition_stage WHERE edition_year = :year AND level_scope = :scope"
					+ " AND state <> 'SELESAI' ORDER BY position")
			.param("year", editionYear)
			.param("scope", levelScope)
			.query(String.class)
			.list();
		if (!open.isEmpty()) {
			return Stage.valueOf(open.get(0));
		}
		boolean anyDone = this.jdbc
			.sql("SELECT COUNT(*) FROM edition_stage WHERE edition_year = :year AND level_scope = :scope")
			.param("year", editionYear)
			.param("scope", levelScope)
			.query(Integer.class)
			.single() > 0;
		return anyDone ? Stage.PENGANUGERAHAN : Stage.SOSIALISASI;
	}

}
