package id.paritrana.app.demo;

import org.springframework.context.ApplicationContext;

import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetVersions;
import id.paritrana.app.dataset.StoredMeasures;
import id.paritrana.app.dataset.SyntheticDataSets;
import id.paritrana.app.edition.Editions;

/** The demo edition seeded into a year of a test's own, synchronously, from the test's application context. */
public final class DemoSeeding {

	private DemoSeeding() {
	}

	public static DemoEdition demo(ApplicationContext context) {
		return new DemoEdition(context.getBean(Editions.class), context.getBean(DatasetVersions.class),
				context.getBean(SyntheticDataSets.class), context.getBean(StoredMeasures.class),
				context.getBean(CandidateMeasures.class), context.getBean(DeskScores.class),
				context.getBean(DemoEvidence.class), context.getBean(DemoJuries.class), Runnable::run);
	}

	/** Seeds the demo edition of that year under the demo's name. */
	public static void seed(ApplicationContext context, int year) {
		demo(context).seed(year, year + " (demo — data sintetis)");
	}

}
