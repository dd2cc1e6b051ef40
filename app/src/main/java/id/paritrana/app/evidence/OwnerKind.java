package id.paritrana.app.evidence;

/**
 * Who a candidate is: a local government (by Kemendagri code) or an employer (by NPP).
 */
public enum OwnerKind {

	PEMERINTAH, BADAN_USAHA

}
