package id.paritrana.app.system;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Component;

/**
 * Whether an edition's measures and scores are being recomputed after an event, and when
 * the last such recomputation finished: what the evidence and desk-score pages tell their
 * readers. Pending is read from the event publication registry itself (an incomplete
 * publication of an {@link EditionEvent} of the edition), so it stays true across a crash
 * until the republished event has been handled.
 */
@Component
public class Recomputations {

	/** Whether a recomputation is pending, and when the last one finished (if ever). */
	public record Status(boolean pending, Optional<Instant> finishedAt) {
	}

	private final EventPublicationRegistry registry;

	private final JdbcClient jdbc;

	Recomputations(EventPublicationRegistry registry, JdbcClient jdbc) {
		this.registry = registry;
		this.jdbc = jdbc;
	}

	/** The status of an edition's recomputations now. */
	public Status of(int editionYear) {
		boolean pending = this.registry.findIncompletePublications()
			.stream()
			.anyMatch(p -> p.getEvent() instanceof EditionEvent e && e.editionYear() == editionYear);
		Optional<Instant> finished = this.jdbc.sql("SELECT finished_at FROM recomputation WHERE edition_year = :y")
			.param("y", editionYear)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.optional();
		return new Status(pending, finished);
	}

	/**
	 * Whether a recomputation is pending that may change the scores of that level of the
	 * edition.
	 */
	public boolean pending(int editionYear, String levelScope) {
		return this.registry.findIncompletePublications()
			.stream()
			.anyMatch(p -> p.getEvent() instanceof EditionEvent e && e.editionYear() == editionYear
					&& e.concerns(levelScope));
	}

	/**
	 * Records that a listener finished the recomputation an event asked for, in the
	 * listener's transaction (so it counts only if the work does).
	 */
	public void finished(int editionYear) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		int updated = this.jdbc.sql("UPDATE recomputation SET finished_at = :at WHERE edition_year = :y")
			.param("at", now)
			.param("y", editionYear)
			.update();
		if (updated == 0) {
			// two first finishers at once: the later insert is skipped, the earlier time
			// is as good
			this.jdbc
				.sql("INSERT INTO recomputation (edition_year, finished_at) VALUES (:y, :at) ON CONFLICT DO NOTHING")
				.param("y", editionYear)
				.param("at", now)
				.update();
		}
	}

}
