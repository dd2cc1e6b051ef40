package id.paritrana.app.dataset.generator;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the one seed. Each data set and each region
 * draws from its own stream, so the output depends only on the arguments, never on the
 * order in which threads run, and one region's numbers do not shift when another region
 * changes.
 */
final class Seeds {

	private Seeds() {
	}

	static SplittableRandom random(long seed, String stream, String key) {
		long mixed = mix(seed);
		mixed = mix(mixed ^ stream.hashCode());
		mixed = mix(mixed ^ key.hashCode());
		return new SplittableRandom(mixed);
	}

	/** The splitmix64 finaliser: spreads nearby inputs over the whole 64-bit range. */
	static long mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
