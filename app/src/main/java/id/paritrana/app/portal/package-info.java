/**
 * The public portal (no sign-in): determined results and winners of each edition,
 * winners' public scorecards, and the national coverage dashboard (DESIGN §2 anonymous,
 * §5.6).
 *
 * <p>
 * <b>Events.</b> Publishes none and consumes none: what it does is done when it answers
 * (docs/events.md).
 */
package id.paritrana.app.portal;
