package id.paritrana.app.demo;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.LevelLocks;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.jury.JuryScoring;
import id.paritrana.app.result.Determinations;
import id.paritrana.app.result.Results;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The demo edition's provincial level of Gorontalo walked to its determination (while DI
 * Yogyakarta's, the province of the demo sign-ins, stays in its interviews): stages
 * advanced, shortlists made by the shortlist service, the nominees' interview scores
 * entered as SUBMITTED sheets from the edition's imported jury-scores data set, the level
 * determined and its juara 1 promoted to the national level. Every step is skipped once
 * its result exists.
 */
@Component
@Order(30)
class DemoDetermination implements DemoStep {

	/** The demo data's province whose level the demo determines: Gorontalo. */
	static final String PROVINCE = "75";

	private final Stages stages;

	private final LevelLocks locks;

	private final Shortlists shortlists;

	private final EditionRubrics rubrics;

	/**
	 * Why the demo moves Gorontalo on although its nominees have no assigned jurors: its
	 * interview scores come from the imported jury-scores data set, not from a Tim
	 * Penilai of the application.
	 */
	static final String IMPORTED_INTERVIEWS = "Demo: nilai wawancara Gorontalo berasal dari data set jury-scores"
			+ " (data sintetis), tanpa penugasan Tim Penilai";

	private final Determinations determinations;

	private final Results results;

	private final JuryScoring scoring;

	DemoDetermination(Stages stages, LevelLocks locks, Shortlists shortlists, EditionRubrics rubrics,
			Determinations determinations, Results results, JuryScoring scoring) {
		this.stages = stages;
		this.locks = locks;
		this.shortlists = shortlists;
		this.rubrics = rubrics;
		this.determinations = determinations;
		this.results = results;
		this.scoring = scoring;
	}

	@Override
	public boolean seeded(int year) {
		return this.results.current(year, PROVINCE).isPresent() || this.locks.lock(year, PROVINCE).isPresent();
	}

	@Override
	public void seed(int year, String actor) {
		determine(actor, year, PROVINCE);
	}

	/** Determines a province's level of the edition. */
	private void determine(String actor, int year, String province) {
		advanceTo(actor, year, province, Stage.SELEKSI);
		if (this.stages.running(year, province, Stage.SELEKSI)) {
			for (Category category : Category.values()) {
				if (category.assessedAt(Level.PROVINSI) && this.rubrics.rubric(year, category).jury().isPresent()) {
					this.shortlists.makeAs(actor, year, category, province);
				}
			}
		}
		advanceTo(actor, year, province, Stage.WAWANCARA);
		enterInterviews(actor, year, province);
		advanceTo(actor, year, province, Stage.PENETAPAN);
		this.determinations.determineAs(actor, year, province, IMPORTED_INTERVIEWS);
	}

	private void advanceTo(String actor, int year, String scope, Stage stage) {
		while (this.stages.current(year, scope).ordinal() < stage.ordinal()
				|| !this.stages.running(year, scope, this.stages.current(year, scope))) {
			this.stages.advanceAs(actor, year, scope, IMPORTED_INTERVIEWS);
		}
	}

	/**
	 * The nominees' interview sheets, SUBMITTED, taken over from the imported jury-scores
	 * data set (DESIGN §6) by the jury's own take-over, validated and audited; sheets
	 * that exist stay.
	 */
	private void enterInterviews(String actor, int year, String province) {
		for (Category category : Category.values()) {
			if (category.assessedAt(Level.PROVINSI) && this.rubrics.rubric(year, category).jury().isPresent()) {
				this.scoring.takeOverImportedAs(actor, year, Level.PROVINSI, category, province);
			}
		}
	}

}
