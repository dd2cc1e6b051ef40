package id.paritrana.app.jury;

import org.springframework.stereotype.Component;

import id.paritrana.app.evidence.DossierReaders;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;

/**
 * A juror reads the questionnaire and evidence of the nominees assigned to them, unless
 * they have a conflict of interest with one (declared or derived).
 */
@Component
class JurorDossiers implements DossierReaders {

	private final JurorSeats seats;

	JurorDossiers(JurorSeats seats) {
		this.seats = seats;
	}

	@Override
	public boolean mayRead(SignedInUser user, int editionYear, String candidateCode) {
		return user.hasRole(Role.PENILAI) && this.seats.assignedAnywhere(editionYear, candidateCode, user.getUsername())
				&& !this.seats.conflicted(editionYear, candidateCode, user.getUsername());
	}

}
