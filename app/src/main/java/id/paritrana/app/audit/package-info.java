/**
 * The append-only, tamper-evident audit log: who changed what, when, from where, with the
 * state before and after, each entry chained to the previous one by SHA-256.
 *
 * <p>
 * <b>Events.</b> Publishes none and consumes none: what it does is done when it answers
 * (docs/events.md).
 */
package id.paritrana.app.audit;
