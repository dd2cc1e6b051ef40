package id.paritrana.app.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.LevelLocks;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.result.Determinations;
import id.paritrana.app.result.Results;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The demo edition's provincial level of Gorontalo walked to its determination (while DI
 * Yogyakarta's, the province of the demo sign-ins, stays in its interviews): stages advanced, shortlists
 * made by the shortlist service, the nominees' interview scores entered as SUBMITTED sheets from
 * the edition's imported jury-scores data set, the level determined and its juara 1 promoted to
 * the national level. Every step is skipped once its result exists.
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
	 * Why the demo moves Gorontalo on although its nominees have no assigned jurors: its interview
	 * scores come from the imported jury-scores data set, not from a Tim Penilai of the application.
	 */
	static final String IMPORTED_INTERVIEWS = "Demo: nilai wawancara Gorontalo berasal dari data set jury-scores"
			+ " (data sintetis), tanpa penugasan Tim Penilai";

	private final Determinations determinations;

	private final Results results;

	private final JdbcClient jdbc;

	DemoDetermination(Stages stages, LevelLocks locks, Shortlists shortlists, EditionRubrics rubrics,
			Determinations determinations, Results results, JdbcClient jdbc) {
		this.stages = stages;
		this.locks = locks;
		this.shortlists = shortlists;
		this.rubrics = rubrics;
		this.determinations = determinations;
		this.results = results;
		this.jdbc = jdbc;
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
		enterInterviews(year, province);
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
	 * The nominees' interview sheets, SUBMITTED, with the scores of the imported jury-scores data
	 * set (DESIGN §6), set-based; nothing when the province's jurors have already submitted.
	 */
	private void enterInterviews(int year, String province) {
		String nominees = " FROM data_jury_score d JOIN nominee n ON n.edition_year = d.edition_year"
				+ " AND n.score_level = d.jury_level AND n.category = d.category AND n.candidate_code = d.candidate_code"
				+ " WHERE d.edition_year = :y AND n.scope = :p AND d.jury_level = 'PROVINSI'";
		boolean entered = this.jdbc
			.sql("SELECT COUNT(*) FROM jury_sheet s JOIN nominee n ON n.edition_year = s.edition_year"
					+ " AND n.score_level = s.score_level AND n.category = s.category"
					+ " AND n.candidate_code = s.candidate_code WHERE s.edition_year = :y AND n.scope = :p")
			.param("y", year)
			.param("p", province)
			.query(Long.class)
			.single() > 0;
		if (entered) {
			return;
		}
		this.jdbc
			.sql("INSERT INTO jury_sheet (edition_year, score_level, category, candidate_code, juror_username, status,"
					+ " version, submitted_at) SELECT DISTINCT d.edition_year, d.jury_level, d.category,"
					+ " d.candidate_code, d.juror_id, 'SUBMITTED', 1, CURRENT_TIMESTAMP" + nominees)
			.param("y", year)
			.param("p", province)
			.update();
		this.jdbc
			.sql("INSERT INTO jury_score (edition_year, score_level, category, candidate_code, juror_username,"
					+ " criterion, score) SELECT d.edition_year, d.jury_level, d.category, d.candidate_code,"
					+ " d.juror_id, d.criterion, d.score" + nominees)
			.param("y", year)
			.param("p", province)
			.update();
	}

}
