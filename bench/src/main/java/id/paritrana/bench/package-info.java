/** Benchmarks of the engine (JMH) and baselines measured beside it in the same run. */
package id.paritrana.bench;
