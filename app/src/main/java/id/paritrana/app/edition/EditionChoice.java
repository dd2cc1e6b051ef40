package id.paritrana.app.edition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.system.NotFoundException;

/**
 * The edition a user works in: the one they last chose, while it exists, otherwise the
 * edition in progress ({@link EditionProgress#inProgress}). Every short path
 * ({@code /kandidat}, {@code /skor-meja}, …) opens that edition.
 */
@Service
public class EditionChoice {

	private final JdbcClient jdbc;

	EditionChoice(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every edition with its state, newest first. */
	public List<EditionProgress.Status> editions() {
		Map<Integer, Map<String, List<StageStatus>>> levels = new TreeMap<>();
		this.jdbc
			.sql("SELECT edition_year, level_scope, stage, state FROM edition_stage"
					+ " ORDER BY edition_year, position")
			.query((RowCallbackHandler) rs -> levels
				.computeIfAbsent(rs.getInt("edition_year"), y -> new LinkedHashMap<>())
				.computeIfAbsent(rs.getString("level_scope"), s -> new ArrayList<>())
				.add(new StageStatus(Stage.valueOf(rs.getString("stage")), null, null,
						StageState.valueOf(rs.getString("state")))));
		return this.jdbc.sql("SELECT award_year, name FROM edition ORDER BY award_year DESC")
			.query((rs, row) -> new EditionProgress.Status(rs.getInt("award_year"), rs.getString("name"),
					EditionProgress.stateOf(levels.getOrDefault(rs.getInt("award_year"), Map.of()))))
			.list();
	}

	/** The edition in progress; empty when there is no edition at all. */
	public Optional<Integer> inProgress() {
		return EditionProgress.inProgress(editions());
	}

	/**
	 * The award year the user works in: their remembered choice, else the edition in
	 * progress.
	 */
	public Optional<Integer> of(String username) {
		return remembered(username).or(this::inProgress);
	}

	/**
	 * The edition the user chose, while it still exists (the row goes with its edition).
	 */
	public Optional<Integer> remembered(String username) {
		return this.jdbc.sql("SELECT award_year FROM edition_choice WHERE username = :user")
			.param("user", username)
			.query(Integer.class)
			.optional();
	}

	/**
	 * Remembers the user's choice of edition, across sign-ins. A preference, not a change
	 * of the award, so it is not audited.
	 * @throws NotFoundException for an edition that does not exist
	 */
	@Transactional
	public void choose(String username, int awardYear) {
		boolean exists = this.jdbc.sql("SELECT COUNT(*) FROM edition WHERE award_year = :year")
			.param("year", awardYear)
			.query(Integer.class)
			.single() > 0;
		if (!exists) {
			throw new NotFoundException("edition " + awardYear);
		}
		this.jdbc.sql("DELETE FROM edition_choice WHERE username = :user").param("user", username).update();
		this.jdbc.sql("INSERT INTO edition_choice (username, award_year) VALUES (:user, :year)")
			.param("user", username)
			.param("year", awardYear)
			.update();
	}

}
