package id.paritrana.app.jury;

import org.springframework.stereotype.Component;

import id.paritrana.app.assessment.ScorecardReaders;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * A juror reads the scorecards of the nominees assigned to them, unless they have a
 * conflict with one.
 */
@Component
class JurorScorecards implements ScorecardReaders {

	private final JurorSeats seats;

	JurorScorecards(JurorSeats seats) {
		this.seats = seats;
	}

	@Override
	public boolean mayRead(SignedInUser user, int editionYear, Level level, Category category, String code) {
		return user.hasRole(Role.PENILAI) && this.seats.assigned(editionYear, level, category, code, user.getUsername())
				&& !this.seats.conflicted(editionYear, code, user.getUsername());
	}

}
