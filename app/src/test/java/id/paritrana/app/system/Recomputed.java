package id.paritrana.app.system;

import java.time.Duration;

import org.awaitility.Awaitility;

/**
 * Waits, in a test, until what events asked for in an edition has been done: no
 * publication of an event about it is incomplete any more (no sleeping for a guessed
 * time).
 */
public final class Recomputed {

	private Recomputed() {
	}

	/** Returns once nothing is pending in the edition; fails after a minute. */
	public static void await(Recomputations recomputations, int editionYear) {
		Awaitility.await("recomputations of edition " + editionYear)
			.atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> !recomputations.of(editionYear).pending());
	}

}
