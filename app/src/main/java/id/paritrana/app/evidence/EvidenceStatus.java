package id.paritrana.app.evidence;

/**
 * Where a piece of evidence stands: waiting for the verifier, accepted, or rejected with
 * a reason.
 */
public enum EvidenceStatus {

	MENUNGGU, DITERIMA, DITOLAK

}
