/**
 * The public portal (no sign-in): determined results and winners of each edition, winners'
 * public scorecards, and the national coverage dashboard (DESIGN §2 anonymous, §5.6).
 */
package id.paritrana.app.portal;
