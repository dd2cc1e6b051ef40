/**
 * Indonesia's administrative areas (province, regency/city, district, village): loaded
 * once from the shipped Kemendagri data, browsed and searched by every signed-in user.
 *
 * <p>
 * <b>Events.</b> Publishes none and consumes none: what it does is done when it answers
 * (docs/events.md).
 */
package id.paritrana.app.region;
