package id.paritrana.app.edition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One edition of the award (DESIGN §3): awarded in {@code awardYear}, assessing the data
 * of {@code assessmentYear} = award year − 1, over an assessment period that defaults to
 * that calendar year.
 */
public record Edition(int awardYear, int assessmentYear, String name, LocalDate assessmentStart,
		LocalDate assessmentEnd, String createdBy, Instant createdAt) {

	/** The earliest and latest award years accepted; the award began in the 2010s. */
	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2999;

}
