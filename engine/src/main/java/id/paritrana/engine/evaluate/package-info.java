/**
 * The stateless evaluation of DESIGN §7.1: reads the §6 files of a directory, builds the
 * candidates of every category, scores the provincial and national levels and writes
 * {@code results.csv} and the explanation file.
 */
package id.paritrana.engine.evaluate;
