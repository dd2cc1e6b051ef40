package id.paritrana.app.edition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What creating an edition takes (DESIGN §3); everything but the award year is optional.
 *
 * @param name shown name; default "Paritrana Award {year}"
 * @param assessmentStart first day assessed; default 1 January of award year − 1
 * @param assessmentEnd last day assessed; default 31 December of award year − 1
 * @param copyRubricsFrom the edition whose rubrics are copied; default the engine's
 * defaults
 * @param shortlistTop the top N of every category's shortlist; default the copied
 * rubric's
 * @param minDeskScore the minimum desk score of the shortlists; default the copied
 * rubric's
 * @param stageDates planned dates of the national level's stages
 */
public record NewEdition(Integer awardYear, String name, LocalDate assessmentStart, LocalDate assessmentEnd,
		Integer copyRubricsFrom, Integer shortlistTop, BigDecimal minDeskScore, Map<Stage, PlannedDates> stageDates) {

	/** An edition of that year with every default. */
	public static NewEdition of(int awardYear, String name) {
		return new NewEdition(awardYear, name, null, null, null, null, null, Map.of());
	}

	/** Planned first and last day of a stage; either may be empty. */
	public record PlannedDates(LocalDate start, LocalDate end) {
	}

}
