package id.paritrana.app.demo;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetVersions;
import id.paritrana.app.dataset.StoredMeasures;
import id.paritrana.app.dataset.SyntheticDataSets;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.StagePreconditions.Check;
import id.paritrana.app.edition.Stages;

/**
 * The demo edition (profile {@code demo}, the default embedded run): synthetic
 * {@code small} data imported through the real import, evidence uploaded and partly
 * verified (see {@link DemoEvidence}), measures and desk scores computed; then the later
 * {@link DemoStep}s: DI Yogyakarta's shortlists made with its Tim Penilai assigned and
 * interviews under way, and Gorontalo's level determined with its winners promoted, so
 * that a new user finds a living edition. Each step runs only when its result is missing,
 * so a restart does nothing and an interrupted seeding resumes; an edition of that year
 * that is not the demo's is left alone. It runs beside the started application rather
 * than before it, so start-up does not wait for it.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("paritrana.assessment.demo-edition")
public class DemoEdition {

	static final int YEAR = 2024;

	static final String NAME = "2024 (demo — data sintetis)";

	/** The generator's seed: the same demo data on every machine. */
	static final long SEED = 2024;

	static final String ACTOR = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoEdition.class);

	private final Editions editions;

	private final DatasetVersions versions;

	private final SyntheticDataSets synthetic;

	private final StoredMeasures storedMeasures;

	private final CandidateMeasures measures;

	private final DeskScores deskScores;

	private final DemoEvidence evidence;

	private final List<DemoStep> steps;

	private final Stages stages;

	private final TaskExecutor executor;

	DemoEdition(Editions editions, DatasetVersions versions, SyntheticDataSets synthetic, StoredMeasures storedMeasures,
			CandidateMeasures measures, DeskScores deskScores, DemoEvidence evidence, List<DemoStep> steps,
			Stages stages, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.stages = stages;
		this.editions = editions;
		this.versions = versions;
		this.synthetic = synthetic;
		this.storedMeasures = storedMeasures;
		this.measures = measures;
		this.deskScores = deskScores;
		this.evidence = evidence;
		this.steps = List.copyOf(steps);
		this.executor = executor;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		this.executor.execute(() -> seed(YEAR, NAME));
	}

	/**
	 * Waits, a few minutes at most, until the recomputations that the evidence decisions
	 * asked for have finished, as a secretariat waits before it shortlists: a stage move
	 * is refused while scores are about to change.
	 */
	private void awaitRecomputations(int year) throws InterruptedException {
		Set<Check> pending = EnumSet.of(Check.RECOMPUTATION_PENDING);
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (!this.stages.preconditions(year, Stages.NATIONAL, pending).isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
	}

	/**
	 * Seeds the demo edition of an award year under its name; a no-op once it is
	 * complete.
	 */
	public void seed(int year, String name) {
		if (this.editions.find(year).map(e -> !e.name().equals(name)).orElse(false)) {
			return;
		}
		try {
			long started = System.nanoTime();
			if (this.editions.find(year).isEmpty()) {
				this.editions.create(ACTOR, year, name);
			}
			if (this.versions.current(year).isEmpty()) {
				this.synthetic.importSmall(year, SEED, ACTOR);
			}
			// evidence before the measures, so that the accepted regulations count from
			// the start
			this.evidence.openLevels(year);
			this.evidence.seed(year, ACTOR);
			if (this.storedMeasures.run(year).isEmpty()) {
				this.measures.compute(year, ACTOR);
			}
			if (this.deskScores.run(year).isEmpty()) {
				long candidates = this.deskScores.compute(year, ACTOR).run().candidates();
				log.info("Demo edition {} seeded with synthetic data: {} candidates scored in {} ms", year, candidates,
						(System.nanoTime() - started) / 1_000_000);
			}
			awaitRecomputations(year);
			for (DemoStep step : this.steps) {
				if (!step.seeded(year)) {
					step.seed(year, ACTOR);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			// the demo is a convenience: the application works without it, and says why
			// it is missing
			log.warn("Demo edition {} could not be seeded", year, ex);
		}
	}

}
