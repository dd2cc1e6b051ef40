package id.paritrana.app.edition;

import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.rubric.Rubrics;

/**
 * The rubrics of each edition (DESIGN §4): every edition has its own copy of each category's
 * rubric, stored as the engine's YAML and read through the engine's parser.
 */
@Service
public class EditionRubrics {

	private final JdbcClient jdbc;

	EditionRubrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The current rubric of a category in an edition; the engine's default when the edition has
	 * no stored copy (an edition created before rubrics were stored per edition).
	 */
	public Rubric rubric(int editionYear, Category category) {
		return stored(editionYear, category).map(r -> Rubrics.parse(fileName(editionYear, category), r.yaml()))
			.orElseGet(() -> Rubrics.defaultFor(category));
	}

	/**
	 * A number that changes with every saved change of that rubric (0 for the engine's default),
	 * so that anything computed from a rubric can tell whether it is stale.
	 */
	public int version(int editionYear, Category category) {
		return stored(editionYear, category).map(StoredRubric::version).orElse(0);
	}

	Optional<StoredRubric> stored(int editionYear, Category category) {
		return this.jdbc.sql("SELECT yaml, version FROM edition_rubric WHERE edition_year = :year AND category = :category")
			.param("year", editionYear)
			.param("category", category.name())
			.query((rs, row) -> new StoredRubric(rs.getString("yaml"), rs.getInt("version")))
			.optional();
	}

	static String fileName(int editionYear, Category category) {
		return "edisi-" + editionYear + "/" + category.name().toLowerCase(Locale.ROOT) + ".yaml";
	}

	/** The stored text of a rubric and its version. */
	record StoredRubric(String yaml, int version) {
	}

}
