/**
 * Results: final scores and ranks of a level, its determination into signed snapshots and their
 * revisions, the promotion of provincial winners and the national zone awards (DESIGN §5.6, §5.8).
 */
package id.paritrana.app.result;
