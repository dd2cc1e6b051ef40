/**
 * Sign-in, roles and scopes (DESIGN §2): accounts, lockout after repeated failures, the
 * access rules of every page and API, the user administration and the first administrator.
 */
package id.paritrana.app.security;
