package id.paritrana.app.system;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry moving while the application runs: a listener that
 * failed (the database away for a moment, a lock) is tried again with a growing pause
 * instead of waiting for the next restart, and completed publications are forgotten once
 * they are old enough to be of no more use.
 */
@Component
@EnableScheduling
public class EventUpkeep {

	private static final Logger log = LoggerFactory.getLogger(EventUpkeep.class);

	/** The longest pause between two tries of one publication. */
	static final Duration MAX_PAUSE = Duration.ofHours(1);

	private final FailedEventPublications failed;

	private final CompletedEventPublications completed;

	private final Duration firstPause;

	private final Duration keepCompleted;

	EventUpkeep(FailedEventPublications failed, CompletedEventPublications completed,
			@Value("${paritrana.events.first-retry-after:PT1M}") Duration firstPause,
			@Value("${paritrana.events.keep-completed:P30D}") Duration keepCompleted) {
		this.failed = failed;
		this.completed = completed;
		this.firstPause = firstPause;
		this.keepCompleted = keepCompleted;
	}

	@Scheduled(fixedDelayString = "${paritrana.events.retry-check-every:PT30S}",
			initialDelayString = "${paritrana.events.retry-check-every:PT30S}")
	void retryFailed() {
		retryFailed(Instant.now());
	}

	/** Submits again every failed publication whose pause is over at {@code now}. */
	public void retryFailed(Instant now) {
		this.failed.resubmit(ResubmissionOptions.defaults()
			.withFilter(p -> p.getStatus() == EventPublication.Status.FAILED && isDue(p, now)));
	}

	@Scheduled(cron = "${paritrana.events.forget-completed-cron:0 17 3 * * *}")
	void forgetCompleted() {
		forgetCompleted(Instant.now());
	}

	/** Deletes the publications completed longer ago than the time they are kept. */
	public void forgetCompleted(Instant now) {
		Instant before = now.minus(this.keepCompleted);
		this.completed.deletePublications(
				p -> p.getCompletionDate().filter(completedAt -> completedAt.isBefore(before)).isPresent());
		log.debug("Forgot event publications completed before {}", before);
	}

	private boolean isDue(EventPublication publication, Instant now) {
		Instant last = (publication.getLastResubmissionDate() != null) ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		return !now.isBefore(last.plus(pause(publication.getCompletionAttempts(), this.firstPause)));
	}

	/**
	 * How long to wait after a publication's last try before the next one: the first
	 * pause, doubled with every further attempt, at most {@link #MAX_PAUSE}.
	 */
	static Duration pause(int attempts, Duration first) {
		int doublings = Math.max(0, Math.min(attempts - 1, 20));
		Duration pause = first.multipliedBy(1L << doublings);
		return (pause.compareTo(MAX_PAUSE) > 0) ? MAX_PAUSE : pause;
	}

}
