package id.paritrana.app.result;

import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.Recomputations;
import id.paritrana.engine.rubric.Category;

/**
 * Scores the promoted winners at the national level (DESIGN §5.6) after a provincial
 * determination committed, in a transaction of its own: every category whose promoted
 * candidates changed, with the candidates promoted by then.
 */
@Component
class PromotedWinners {

	private static final Logger log = LoggerFactory.getLogger(PromotedWinners.class);

	private final JdbcClient jdbc;

	private final Determinations determinations;

	private final DeskScores deskScores;

	private final Recomputations recomputations;

	PromotedWinners(JdbcClient jdbc, Determinations determinations, DeskScores deskScores,
			Recomputations recomputations) {
		this.jdbc = jdbc;
		this.determinations = determinations;
		this.deskScores = deskScores;
		this.recomputations = recomputations;
	}

	@ApplicationModuleListener
	void on(LevelDetermined determined) {
		if (determined.promotionChanged().isEmpty()) {
			return;
		}
		int year = determined.editionYear();
		// one province's scoring at a time, each reading every promotion committed before
		// it: two
		// determinations handled out of order cannot leave the earlier one's candidates
		// scored
		this.jdbc.sql("SELECT candidate_code FROM promotion WHERE edition_year = :y FOR UPDATE")
			.param("y", year)
			.query(String.class)
			.list();
		Map<Category, Set<String>> promoted = this.determinations.promoted(year);
		for (Category category : determined.promotionChanged()) {
			try {
				this.deskScores.scorePromoted(year, category, promoted.getOrDefault(category, Set.of()),
						determined.actor());
			}
			catch (InvalidInputException ex) {
				// the national level was determined since: its candidates stay as they
				// were determined
				log.warn("National desk scores of {} in edition {} not recomputed: {}", category, year,
						ex.getMessage());
				return;
			}
		}
		this.recomputations.finished(year);
	}

}
