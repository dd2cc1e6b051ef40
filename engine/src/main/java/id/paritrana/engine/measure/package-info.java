/**
 * The measures of DESIGN §5.1, computed while the §6 data streams past: per employer and
 * per region into primitive arrays, then read per candidate together with the raw inputs
 * that explain them (§5.7).
 */
package id.paritrana.engine.measure;
