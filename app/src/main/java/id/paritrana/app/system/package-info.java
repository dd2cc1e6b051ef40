/**
 * The few pieces every feature shares: layout and language, the home page, and how
 * invalid input and errors are answered (problem details for the API, friendly pages for
 * people).
 *
 * <p>
 * <b>Events.</b> Publishes and consumes none;
 * {@link id.paritrana.app.system.EditionEvent} marks the events about an edition, and
 * {@link id.paritrana.app.system.Recomputations} says from the event publication registry
 * whether what they asked for is still pending, and when the last recomputation finished
 * (table {@code recomputation}). (docs/events.md)
 */
package id.paritrana.app.system;
