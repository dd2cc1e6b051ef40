package id.paritrana.app.certificate;

import org.springframework.security.access.AccessDeniedException;

import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.engine.rubric.Level;

/**
 * Who may issue and download the certificates of a level: those who run it — the national
 * secretariat, and a provincial committee for its own province.
 */
final class CertificateAccess {

	private CertificateAccess() {
	}

	static void requireRuns(Stages stages, SignedInUser me, String scope) {
		if (!scope.equals(Level.NATIONAL_SCOPE) && !scope.matches("\\d{2}")) {
			throw new NotFoundException("level " + scope);
		}
		if (!stages.runs(me, scope)) {
			throw new AccessDeniedException("certificates of level " + scope);
		}
	}

}
