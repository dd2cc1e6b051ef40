/**
 * How the UI writes what it shows: numbers, times with their Indonesian zone, area names,
 * measure units, candidate flags and audit records, in the reader's language.
 *
 * <p>
 * <b>Events.</b> Publishes none and consumes none: what it does is done when it answers
 * (docs/events.md).
 */
package id.paritrana.app.format;
