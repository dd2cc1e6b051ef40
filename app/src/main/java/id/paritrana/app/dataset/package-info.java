/**
 * Data sets of an edition (DESIGN §6): their formats and the deterministic synthetic data
 * generator behind {@code java -jar paritrana.jar generate} (DESIGN §7.1).
 */
package id.paritrana.app.dataset;
