/**
 * How the UI writes what it shows: numbers, times with their Indonesian zone, area names,
 * measure units, candidate flags and audit records, in the reader's language.
 */
package id.paritrana.app.format;
