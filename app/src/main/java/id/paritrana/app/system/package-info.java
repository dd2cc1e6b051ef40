/**
 * The few pieces every feature shares: layout and language, the home page, how the UI
 * writes numbers, times with their Indonesian zone, area names, units, flags and audit
 * records in the reader's language ({@link id.paritrana.app.system.Formats}, {@code @fmt}
 * in templates; names come through {@link id.paritrana.app.system.AreaNames}, which the
 * region module implements), how invalid input and errors are answered (problem details
 * for the API, friendly pages for people), and how a small table uploaded as CSV or XLSX
 * is checked and read ({@link id.paritrana.app.system.UploadedTable}).
 *
 * <p>
 * <b>Events.</b> Publishes and consumes none;
 * {@link id.paritrana.app.system.EditionEvent} marks the events about an edition, and
 * {@link id.paritrana.app.system.Recomputations} says from the event publication registry
 * whether what they asked for is still pending, and when the last recomputation finished
 * (table {@code recomputation}). (docs/events.md)
 */
package id.paritrana.app.system;
