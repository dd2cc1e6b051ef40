/**
 * Evidence of the candidates (DESIGN §3 PENDATAAN, VERIFIKASI): PDFs uploaded by the operator of
 * a government or employer, checked by content and kept in the database, and their acceptance
 * or rejection, with a reason, by the province's verifier. Accepted regulations count for
 * {@code regulation_level} (§5.1).
 */
package id.paritrana.app.evidence;
