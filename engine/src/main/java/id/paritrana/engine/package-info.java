/**
 * The scoring truth of Paritrana (DESIGN §4–§5): rubrics, measures, rules, scores, ranks,
 * jury aggregation, explanations and robustness. Pure Java: no framework, no database.
 */
package id.paritrana.engine;
