package id.paritrana.app.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.certificate.Certificates;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetVersions;
import id.paritrana.app.dataset.StoredMeasures;
import id.paritrana.app.dataset.SyntheticDataSets;
import id.paritrana.app.edition.Editions;

/**
 * The demo edition (profile {@code demo}, the default embedded run): synthetic {@code small}
 * data imported through the real import, measures and desk scores computed, and the provincial
 * level of DI Yogyakarta shortlisted, interviewed, determined and its winners promoted, so that a
 * new user finds a living edition. Each step runs only when its result is missing, so a restart does
 * nothing and an interrupted seeding resumes; an edition of that year that is not the demo's is
 * left alone. It runs beside the started application rather than before it, so start-up does
 * not wait for it.
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

	/** The province whose level the demo edition determines. */
	static final String DETERMINED_PROVINCE = "34";

	private static final Logger log = LoggerFactory.getLogger(DemoEdition.class);

	private final Editions editions;

	private final DatasetVersions versions;

	private final SyntheticDataSets synthetic;

	private final StoredMeasures storedMeasures;

	private final CandidateMeasures measures;

	private final DeskScores deskScores;

	private final TaskExecutor executor;

	/** The provincial determination step; null for a demo edition seeded without it (tests of desk scores). */
	private final DemoDetermination determination;

	/** Issues the certificates of the determined levels; null when seeded without determination. */
	private final Certificates certificates;

	public DemoEdition(Editions editions, DatasetVersions versions, SyntheticDataSets synthetic,
			StoredMeasures storedMeasures, CandidateMeasures measures, DeskScores deskScores,
			TaskExecutor executor) {
		this(editions, versions, synthetic, storedMeasures, measures, deskScores, executor, null, null);
	}

	@Autowired
	DemoEdition(Editions editions, DatasetVersions versions, SyntheticDataSets synthetic,
			StoredMeasures storedMeasures, CandidateMeasures measures, DeskScores deskScores, TaskExecutor executor,
			DemoDetermination determination, Certificates certificates) {
		this.determination = determination;
		this.certificates = certificates;
		this.editions = editions;
		this.versions = versions;
		this.synthetic = synthetic;
		this.storedMeasures = storedMeasures;
		this.measures = measures;
		this.deskScores = deskScores;
		this.executor = executor;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		this.executor.execute(() -> seed(YEAR, NAME));
	}

	/** Seeds the demo edition of an award year under its name; a no-op once it is complete. */
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
			if (this.storedMeasures.run(year).isEmpty()) {
				this.measures.compute(year, ACTOR);
			}
			if (this.deskScores.run(year).isEmpty()) {
				long candidates = this.deskScores.compute(year, ACTOR).run().candidates();
				log.info("Demo edition {} seeded with synthetic data: {} candidates scored in {} ms", year,
						candidates, (System.nanoTime() - started) / 1_000_000);
			}
			if (this.determination != null) {
				// DI Yogyakarta, the province of the demo sign-ins: determined, its winners promoted
				this.determination.determine(ACTOR, year, DETERMINED_PROVINCE);
			}
			if (this.certificates != null) {
				// the certificates of the determined levels
				this.certificates.issueMissing(ACTOR, year);
			}
		}
		catch (RuntimeException ex) {
			// the demo is a convenience: the application works without it, and says why it is missing
			log.warn("Demo edition {} could not be seeded", year, ex);
		}
	}

}
