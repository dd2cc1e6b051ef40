package id.paritrana.app.demo;

import java.util.List;

import org.springframework.context.ApplicationContext;

import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetVersions;
import id.paritrana.app.dataset.StoredMeasures;
import id.paritrana.app.dataset.SyntheticDataSets;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stages;

/**
 * The demo edition seeded into a year of a test's own, synchronously, from the test's
 * application context.
 */
public final class DemoSeeding {

	private DemoSeeding() {
	}

	/** The whole demo: data, evidence and desk scores, then every later step. */
	public static DemoEdition demo(ApplicationContext context) {
		return demo(context, context.getBeanProvider(DemoStep.class).orderedStream().toList());
	}

	private static DemoEdition demo(ApplicationContext context, List<DemoStep> steps) {
		return new DemoEdition(context.getBean(Editions.class), context.getBean(DatasetVersions.class),
				context.getBean(SyntheticDataSets.class), context.getBean(StoredMeasures.class),
				context.getBean(CandidateMeasures.class), context.getBean(DeskScores.class),
				context.getBean(DemoEvidence.class), steps, context.getBean(Stages.class), Runnable::run);
	}

	/** Seeds the whole demo edition of that year under the demo's name. */
	public static void seed(ApplicationContext context, int year) {
		demo(context).seed(year, name(year));
	}

	/**
	 * Seeds the demo edition of that year up to its desk scores only: data imported,
	 * evidence partly verified, every level still open for evidence (VERIFIKASI).
	 */
	public static void seedData(ApplicationContext context, int year) {
		demo(context, List.of()).seed(year, name(year));
	}

	/**
	 * Seeds the demo edition of that year up to its assessment teams: DI Yogyakarta
	 * shortlisted (SELEKSI), its jurors assigned and its interviews scheduled.
	 */
	public static void seedThroughJuries(ApplicationContext context, int year) {
		demo(context, List.of(context.getBean(DemoJuries.class))).seed(year, name(year));
	}

	private static String name(int year) {
		return year + " (demo — data sintetis)";
	}

}
