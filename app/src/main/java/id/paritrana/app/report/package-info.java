/**
 * Reports of determined results for committees: the decree annex (ranked tables per
 * category with the snapshot digest) as PDF and XLSX, results.csv through the API, and
 * what changed between two revisions of a level.
 *
 * <p>
 * <b>Events.</b> Publishes none and consumes none: what it does is done when it answers
 * (docs/events.md).
 */
package id.paritrana.app.report;
