package id.paritrana.app.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Indicator;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.rubric.Rubrics;
import id.paritrana.engine.rubric.Rule;
import id.paritrana.engine.rubric.Shortlist;

@IntegrationTest
class EditionRubricsIntegrationTests {

	/**
	 * In BU_BESAR: aspects[0] is kepatuhan, its indicators[0] tertib_daftar (15, linear
	 * 80 → 100).
	 */
	static final String TERTIB_DAFTAR = "aspects[0].indicators[0]";

	/** In BU_BESAR: tertib_iuran (15). */
	static final String TERTIB_IURAN = "aspects[0].indicators[2]";

	@Autowired
	Editions editions;

	@Autowired
	EditionRubrics rubrics;

	@Autowired
	Stages stages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	SignedInUser admin() {
		return (SignedInUser) this.users.loadUserByUsername(DemoUsers.ADMIN);
	}

	@Test
	void anEditionWithoutStoredRubricsUsesTheEngineDefaultsAtVersionZero() {
		int year = 2901;
		EditionTestYears.forget(this.jdbc, year);
		this.jdbc
			.sql("INSERT INTO edition (award_year, assessment_year, name, created_by, assessment_start, assessment_end)"
					+ " VALUES (2901, 2900, 'old', 'test', DATE '2900-01-01', DATE '2900-12-31')")
			.update();
		for (Category category : Category.values()) {
			assertThat(this.rubrics.rubric(year, category).indicators())
				.isEqualTo(Rubrics.defaultFor(category).indicators());
			assertThat(this.rubrics.version(year, category)).isZero();
		}
		assertThat(this.stages.current(year, Stages.NATIONAL)).isEqualTo(Stage.SOSIALISASI);
		assertThat(this.stages.current(year, "34")).isEqualTo(Stage.SOSIALISASI);
	}

	@Test
	void aNewEditionCopiesTheDefaultsWithItsShortlistSettingsPeriodAndPlannedDates() {
		int year = 2902;
		EditionTestYears.forget(this.jdbc, year);
		Edition edition = this.editions.create("test",
				new NewEdition(year, null, null, null, null, 5, new BigDecimal("40.5"), Map.of(Stage.SOSIALISASI,
						new NewEdition.PlannedDates(LocalDate.of(2902, 1, 6), LocalDate.of(2902, 1, 31)))));
		assertThat(edition.assessmentStart()).isEqualTo(LocalDate.of(2901, 1, 1));
		assertThat(edition.assessmentEnd()).isEqualTo(LocalDate.of(2901, 12, 31));
		for (Category category : Category.values()) {
			Rubric rubric = this.rubrics.rubric(year, category);
			assertThat(rubric.indicators()).isEqualTo(Rubrics.defaultFor(category).indicators());
			assertThat(rubric.eligibility()).isEqualTo(Rubrics.defaultFor(category).eligibility());
			assertThat(rubric.jury()).isEqualTo(Rubrics.defaultFor(category).jury());
			assertThat(rubric.tieBreak()).isEqualTo(Rubrics.defaultFor(category).tieBreak());
			assertThat(rubric.shortlist()).isEqualTo(new Shortlist(5, 40.5));
			assertThat(this.rubrics.version(year, category)).isEqualTo(1);
		}
		assertThat(this.stages.stages(year, Stages.NATIONAL).get(0)).isEqualTo(new StageStatus(Stage.SOSIALISASI,
				LocalDate.of(2902, 1, 6), LocalDate.of(2902, 1, 31), StageState.BELUM));
	}

	@Test
	void aChangedWeightIsSavedAuditedAndCopiedIntoTheNextEdition() {
		EditionTestYears.forget(this.jdbc, 2904, 2903);
		this.editions.create("test", 2903, null);
		int version = this.rubrics.save("tester", 2903, Category.BU_BESAR, 1, Map.of(TERTIB_DAFTAR + ".weight", "10",
				TERTIB_IURAN + ".weight", "20", TERTIB_DAFTAR + ".rule.from", "75"));
		assertThat(version).isEqualTo(2);
		assertThat(this.rubrics.version(2903, Category.BU_BESAR)).isEqualTo(2);
		Indicator daftar = this.rubrics.rubric(2903, Category.BU_BESAR).indicators().get(0);
		assertThat(daftar.weight()).isEqualTo(10);
		assertThat(daftar.rule()).isEqualTo(new Rule.Linear(75, 100));
		assertThat(this.rubrics.rubric(2903, Category.BU_BESAR).aspects().get(0).weight()).isEqualTo(50);
		Map<String, Object> audit = this.jdbc
			.sql("SELECT actor, before_json, after_json FROM audit_log WHERE action = 'RUBRIC_CHANGED'"
					+ " AND entity_id = '2903/BU_BESAR' ORDER BY id DESC")
			.query()
			.listOfRows()
			.get(0);
		assertThat(audit.get("actor")).isEqualTo("tester");
		assertThat((String) audit.get("before_json")).contains("\"version\":1").contains("weight: 15");
		assertThat((String) audit.get("after_json")).contains("\"version\":2").contains("from: 75");

		this.editions.create("test", new NewEdition(2904, null, null, null, 2903, null, null, Map.of()));
		assertThat(this.rubrics.rubric(2904, Category.BU_BESAR).indicators())
			.isEqualTo(this.rubrics.rubric(2903, Category.BU_BESAR).indicators());
		assertThat(this.rubrics.rubric(2904, Category.UKM).shortlist()).isEqualTo(new Shortlist(1, 0));
		assertThat(this.rubrics.version(2904, Category.BU_BESAR)).isEqualTo(1);
	}

	@Test
	void theApiRefusesAWeightThatBreaksTheTotalAndNamesEveryProblemByPath() throws Exception {
		EditionTestYears.forget(this.jdbc, 2905);
		this.editions.create("test", 2905, null);
		this.mvc
			.perform(put("/api/v1/editions/2905/rubrics/BU_BESAR").with(csrf())
				.with(user(admin()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 1, \"values\": {\"" + TERTIB_DAFTAR + ".weight\": \"10\", \"" + TERTIB_DAFTAR
						+ ".rule.to\": \"80\", \"" + TERTIB_IURAN + ".weight\": \"lima\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					Matchers.containsInAnyOrder(TERTIB_DAFTAR + ".rule.to", TERTIB_IURAN + ".weight")));
		this.mvc
			.perform(put("/api/v1/editions/2905/rubrics/BU_BESAR").with(csrf())
				.with(user(admin()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 1, \"values\": {\"" + TERTIB_DAFTAR + ".weight\": \"10\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("aspects"))
			.andExpect(jsonPath("$.errors[0].message").value("Total bobot indikator 95, seharusnya 100."));
		assertThat(this.rubrics.version(2905, Category.BU_BESAR)).isEqualTo(1);
		this.mvc.perform(get("/api/v1/editions/2905/rubrics/BU_BESAR").with(user(admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.locked").value(false))
			.andExpect(jsonPath("$.values['" + TERTIB_DAFTAR + ".weight']").value("15"));
		this.mvc
			.perform(put("/api/v1/editions/2905/rubrics/BU_BESAR").with(csrf())
				.with(user(admin()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 1, \"values\": {\"shortlist.top\": \"3\"}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		this.mvc
			.perform(put("/api/v1/editions/2905/rubrics/BU_BESAR").with(csrf())
				.with(user(admin()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 1, \"values\": {\"shortlist.top\": \"4\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void rubricsAreLockedOnceSeleksiStarts() {
		int year = 2906;
		EditionTestYears.forget(this.jdbc, year);
		this.editions.create("test", year, null);
		for (int i = 0; i < 3; i++) {
			this.stages.advance(admin(), year, Stages.NATIONAL);
		}
		assertThat(this.stages.current(year, Stages.NATIONAL)).isEqualTo(Stage.VERIFIKASI);
		assertThat(this.rubrics.locked(year)).isFalse();
		this.stages.advance(admin(), year, Stages.NATIONAL);
		assertThat(this.stages.current(year, Stages.NATIONAL)).isEqualTo(Stage.SELEKSI);
		assertThat(this.rubrics.locked(year)).isTrue();
		assertThatThrownBy(() -> this.rubrics.save("test", year, Category.UKM, 1, Map.of("shortlist.top", "2")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("rubric.error.locked"));
	}

	@Test
	void anEditionIsRefusedWithEveryProblem() {
		EditionTestYears.forget(this.jdbc, 2907);
		assertThatThrownBy(() -> this.editions.create("test",
				new NewEdition(2907, null, LocalDate.of(2906, 12, 31), LocalDate.of(2906, 1, 1), 1999, 0,
						new BigDecimal("101"),
						Map.of(Stage.SELEKSI,
								new NewEdition.PlannedDates(LocalDate.of(2907, 5, 2), LocalDate.of(2907, 5, 1))))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(InvalidInputException.Problem::field)
						.containsExactly("assessmentEnd", "copyRubricsFrom", "shortlistTop", "minDeskScore",
								"stageDates.SELEKSI"));
		assertThat(this.editions.find(2907)).isEmpty();
	}

}
