/**
 * Evidence of the candidates (DESIGN §3 PENDATAAN, VERIFIKASI): PDFs uploaded by the
 * operator of a government or employer, checked by content and kept in the database, and
 * their acceptance or rejection, with a reason, by the province's verifier. Accepted
 * regulations count for {@code regulation_level} (§5.1).
 *
 * <p>
 * <b>Events.</b> Publishes {@link id.paritrana.app.evidence.EvidenceDecided} with every
 * decision; the decision is what the verifier waits for, the refreshed measures and desk
 * scores follow it in the modules that own them. Consumes none. It depends on neither
 * {@code dataset} nor {@code assessment}: the measures read the accepted regulations from
 * {@link id.paritrana.app.evidence.AcceptedRegulations}. (docs/events.md)
 */
package id.paritrana.app.evidence;
