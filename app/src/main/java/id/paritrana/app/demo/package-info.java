/**
 * The demo edition of the default embedded run: every stage of an edition walked through
 * with synthetic data, by the same services a committee uses, so a new user finds a
 * living award.
 *
 * <p>
 * <b>Events.</b> Publishes none and consumes none: what it does is done when it answers
 * (docs/events.md).
 */
package id.paritrana.app.demo;
