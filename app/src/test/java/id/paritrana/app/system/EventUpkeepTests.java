package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The pause before a failed listener is tried again grows with each attempt. */
class EventUpkeepTests {

	static final Duration MINUTE = Duration.ofMinutes(1);

	@Test
	void thePauseDoublesWithEachAttemptUpToAnHour() {
		assertThat(EventUpkeep.pause(0, MINUTE)).isEqualTo(MINUTE);
		assertThat(EventUpkeep.pause(1, MINUTE)).isEqualTo(MINUTE);
		assertThat(EventUpkeep.pause(2, MINUTE)).isEqualTo(Duration.ofMinutes(2));
		assertThat(EventUpkeep.pause(4, MINUTE)).isEqualTo(Duration.ofMinutes(8));
		assertThat(EventUpkeep.pause(7, MINUTE)).isEqualTo(Duration.ofHours(1));
		assertThat(EventUpkeep.pause(Integer.MAX_VALUE, MINUTE)).isEqualTo(Duration.ofHours(1));
	}

}
