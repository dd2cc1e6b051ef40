package id.paritrana.app.evidence;

import id.paritrana.app.security.SignedInUser;

/**
 * Who else may read a candidate's dossier (questionnaire and evidence) beyond the roles
 * of {@link EvidenceAccess}: a juror the candidate is assigned to, without a conflict of
 * interest (answered by the jury module, which this module does not know of).
 */
public interface DossierReaders {

	/** Whether the user may read the questionnaire and evidence of that candidate. */
	boolean mayRead(SignedInUser user, int editionYear, String candidateCode);

}
