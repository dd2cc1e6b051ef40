package id.paritrana.app.demo;

import java.util.List;

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
import id.paritrana.app.security.DemoSignIns;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.UserManagement;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The demo edition's provincial level of Gorontalo walked to its determination (while DI
 * Yogyakarta's, the province of the demo sign-ins, stays in its interviews): stages
 * advanced, shortlists made by the shortlist service, the nominees' interview scores
 * entered as SUBMITTED sheets from the edition's imported jury-scores data set, the level
 * determined and its juara 1 promoted to the national level. Its committee and the
 * operator of its regency of Gorontalo have sign-ins of their own, so the messages a
 * determination and its certificates send can be read (under Pesan saya). Every step is
 * skipped once its result exists.
 */
@Component
@Order(30)
class DemoDetermination implements DemoStep, DemoSignIns {

	/** The demo data's province whose level the demo determines: Gorontalo. */
	static final String PROVINCE = "75";

	/** A sign-in of the demo's Gorontalo: its username and account. */
	record Person(String username, UserManagement.Details account) {
	}

	/**
	 * Gorontalo's committee and the operator of Kabupaten Gorontalo, the demo's juara 1
	 * of its regencies and city.
	 */
	static final List<Person> PEOPLE = List.of(
			new Person("panitia.gorontalo",
					new UserManagement.Details("Panitia Provinsi Gorontalo", Role.PANITIA_PROVINSI, PROVINCE, null,
							null, true)),
			new Person("operator.gorontalo", new UserManagement.Details("Operator Pemerintah Kabupaten Gorontalo",
					Role.OPERATOR_PEMDA, PROVINCE, "75.01", null, true)));

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

	private final UserManagement users;

	DemoDetermination(Stages stages, LevelLocks locks, Shortlists shortlists, EditionRubrics rubrics,
			Determinations determinations, Results results, JuryScoring scoring, UserManagement users) {
		this.users = users;
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
		for (Person person : PEOPLE) {
			if (this.users.findUsername(person.username()).isEmpty()) {
				this.users.createDemoAccount(actor, person.username(), DemoSignIns.PASSWORD, person.account());
			}
		}
		determine(actor, year, PROVINCE);
	}

	/** The sign-ins of Gorontalo's committee and operator, listed with the others. */
	@Override
	public List<DemoSignIn> signIns() {
		return PEOPLE.stream()
			.map(p -> new DemoSignIn(p.username(), p.account().role(), p.account().displayName()))
			.toList();
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
