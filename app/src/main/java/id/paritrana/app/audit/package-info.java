/**
 * The append-only, tamper-evident audit log: who changed what, when, from where, with the
 * state before and after, each entry chained to the previous one by SHA-256.
 */
package id.paritrana.app.audit;
