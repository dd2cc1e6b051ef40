/**
 * Data sets of an edition (DESIGN §6): the all-or-nothing import of every data set from CSV
 * or XLSX (one implementation behind the command line, the API and the pages), their
 * versions, and the deterministic synthetic data generator behind {@code generate} (§7.1).
 */
package id.paritrana.app.dataset;
