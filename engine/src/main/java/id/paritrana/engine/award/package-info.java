/**
 * What follows from ranks (DESIGN §5.6): promotion of provincial winners to the national
 * level and the special award Terbaik Inovasi per Zona.
 */
package id.paritrana.engine.award;
