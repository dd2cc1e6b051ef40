/**
 * Certificates (piagam) of the winners of a determined level: issued from its snapshot
 * with an unguessable verification code, rendered to PDF with a QR code, verified
 * publicly at {@code /verifikasi/{code}}, superseded by a later revision (DESIGN §5.8).
 *
 * <p>
 * <b>Events.</b> Publishes none and consumes none: what it does is done when it answers
 * (docs/events.md).
 */
package id.paritrana.app.certificate;
