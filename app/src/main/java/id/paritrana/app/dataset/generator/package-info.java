/**
 * The synthetic data generator: pure Java, no Spring, so the {@code generate} tool runs
 * without an application context. Internal to the dataset module.
 */
package id.paritrana.app.dataset.generator;
