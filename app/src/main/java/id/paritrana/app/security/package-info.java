/**
 * Sign-in, roles and scopes (DESIGN §2): accounts, lockout after repeated failures, the
 * access rules of every page and API, the user administration and the first
 * administrator.
 *
 * <p>
 * <b>Events.</b> Publishes none and consumes none: what it does is done when it answers
 * (docs/events.md).
 */
package id.paritrana.app.security;
