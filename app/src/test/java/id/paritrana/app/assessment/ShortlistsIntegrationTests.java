package id.paritrana.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.SyntheticDataSets;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.NewEdition;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.award.ShortlistSelection;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.score.CategoryResult;

/**
 * Shortlists (DESIGN §3 SELEKSI): made from the stored desk scores exactly as the
 * engine's {@link ShortlistSelection} selects on the same results (generated
 * {@code small} data, provinces 34 and 65); ties at the cut-off and the minimum desk
 * score on hand-made desk scores; the committee's additions and removals with reasons,
 * audited; the stage guard; the scope rules.
 */
@IntegrationTest
class ShortlistsIntegrationTests {

	/**
	 * Generated data, scored once (kept on a persistent database, reused by later runs).
	 */
	static final int GENERATED = 2081;

	/** Hand-made desk scores, made anew by every test. */
	static final int HANDMADE = 2083;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	Stages stages;

	@Autowired
	Shortlists shortlists;

	@Autowired
	DeskScores deskScores;

	@Autowired
	SyntheticDataSets synthetic;

	@Autowired
	CandidateMeasures measures;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	MockMvc mvc;

	SignedInUser committee;

	@BeforeEach
	void handMade() {
		this.committee = (SignedInUser) this.userDetails.loadUserByUsername(DemoUsers.PANITIA_34);
		for (String table : List.of("nominee", "desk_score", "edition_rubric", "edition_stage")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE edition_year = :y").param("y", HANDMADE).update();
		}
		this.jdbc.sql("DELETE FROM edition WHERE award_year = :y").param("y", HANDMADE).update();
		this.editions.create("test",
				new NewEdition(HANDMADE, null, null, null, null, 3, new BigDecimal("50"), Map.of()));
		deskScore(Category.PEMKAB_PEMKOT, "34.71", 90, 1);
		deskScore(Category.PEMKAB_PEMKOT, "34.01", 80, 2);
		deskScore(Category.PEMKAB_PEMKOT, "34.02", 70, 3);
		deskScore(Category.PEMKAB_PEMKOT, "34.03", 70, 3);
		deskScore(Category.PEMKAB_PEMKOT, "34.04", 60, 5);
		deskScore(Category.PEMKAB_PEMKOT, "34.05", 95, null);
		deskScore(Category.BU_BESAR, "90000001", 90, 1);
		deskScore(Category.BU_BESAR, "90000002", 49.99, 2);
	}

	@Test
	void theShortlistIsTheEnginesSelectionOnTheSameDeskResults() {
		if (this.editions.find(GENERATED).isEmpty()) {
			this.editions.create("test", GENERATED, "Shortlists test " + GENERATED);
		}
		if (this.deskScores.run(GENERATED).isEmpty()) {
			this.synthetic.importSmall(GENERATED, 2024, "test");
			this.measures.compute(GENERATED, "test");
			this.deskScores.compute(GENERATED, "test");
		}
		this.jdbc.sql("DELETE FROM nominee WHERE edition_year = :y").param("y", GENERATED).update();
		int compared = 0;
		for (String scope : List.of("34", "65")) {
			this.jdbc.sql("DELETE FROM edition_stage WHERE edition_year = :y AND level_scope = :s")
				.param("y", GENERATED)
				.param("s", scope)
				.update();
			for (int i = 0; i < 4; i++) {
				this.stages.advanceAs("test", GENERATED, scope);
			}
			for (Category category : Arrays.stream(Category.values())
				.filter(c -> c.assessedAt(Level.PROVINSI))
				.toList()) {
				CategoryResult result = this.deskScores.scoreScope(GENERATED, category, scope);
				List<String> expected = Arrays
					.stream(ShortlistSelection.select(result, this.shortlists.settings(GENERATED, category)))
					.mapToObj(i -> result.candidates().code(i))
					.sorted()
					.toList();
				Shortlists.Made made = this.shortlists.makeAs("test", GENERATED, category, scope);
				assertThat(made.nominees()).extracting(Shortlists.Nominee::code)
					.as("%s %s", scope, category)
					.containsExactlyInAnyOrderElementsOf(expected);
				assertThat(made.nominees()).allMatch(n -> n.origin() == Shortlists.Origin.AUTO);
				assertThat(made.interview()).isEqualTo(category != Category.UKM);
				compared += expected.size();
			}
		}
		assertThat(compared).as("nominees compared").isGreaterThan(20);
	}

	@Test
	void tiesAtTheCutOffAllEnterAndTheMinimumDeskScoreHolds() {
		toSelection();
		Shortlists.Made made = this.shortlists.make(this.committee, HANDMADE, Category.PEMKAB_PEMKOT, "34");
		assertThat(made.nominees()).extracting(Shortlists.Nominee::code)
			.containsExactly("34.71", "34.01", "34.02", "34.03");
		assertThat(made.tiedAtCutOff()).isTrue();
		assertThat(made.top()).isEqualTo(3);
		Shortlists.Made employers = this.shortlists.make(this.committee, HANDMADE, Category.BU_BESAR, "34");
		assertThat(employers.nominees()).extracting(Shortlists.Nominee::code).containsExactly("90000001");
		assertThat(employers.tiedAtCutOff()).isFalse();
	}

	@Test
	void additionsAndRemovalsNeedAReasonAndAreAudited() {
		toSelection();
		this.shortlists.make(this.committee, HANDMADE, Category.PEMKAB_PEMKOT, "34");
		assertThatThrownBy(
				() -> this.shortlists.add(this.committee, HANDMADE, Category.PEMKAB_PEMKOT, "34", "34.04", " "))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("shortlist.error.reason"));
		assertThatThrownBy(() -> this.shortlists.add(this.committee, HANDMADE, Category.PEMKAB_PEMKOT, "34", "34.05",
				"Skor tinggi"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("shortlist.error.notEligible"));
		assertThatThrownBy(() -> this.shortlists.add(this.committee, HANDMADE, Category.PEMKAB_PEMKOT, "34", "65.71",
				"Bukan provinsi ini"))
			.isInstanceOf(InvalidInputException.class);

		Shortlists.Nominee added = this.shortlists.add(this.committee, HANDMADE, Category.PEMKAB_PEMKOT, "34", "34.04",
				"Inovasi desa yang menonjol");
		assertThat(added.origin()).isEqualTo(Shortlists.Origin.ADDED);
		assertThat(added.reason()).isEqualTo("Inovasi desa yang menonjol");
		assertThat(audited("NOMINEE_ADDED", HANDMADE + "/PROVINSI/PEMKAB_PEMKOT/34/34.04", "after_json"))
			.contains("Inovasi desa yang menonjol");
		// making the shortlist again keeps the committee's addition
		assertThat(this.shortlists.make(this.committee, HANDMADE, Category.PEMKAB_PEMKOT, "34").nominees())
			.extracting(Shortlists.Nominee::code)
			.containsExactly("34.71", "34.01", "34.02", "34.03", "34.04");

		assertThatThrownBy(
				() -> this.shortlists.remove(this.committee, HANDMADE, Category.PEMKAB_PEMKOT, "34", "34.02", ""))
			.isInstanceOf(InvalidInputException.class);
		this.shortlists.remove(this.committee, HANDMADE, Category.PEMKAB_PEMKOT, "34", "34.02",
				"Sedang dalam pemeriksaan inspektorat");
		assertThat(this.shortlists.nominee(HANDMADE, Level.PROVINSI, Category.PEMKAB_PEMKOT, "34.02")).isEmpty();
		String entity = HANDMADE + "/PROVINSI/PEMKAB_PEMKOT/34/34.02";
		assertThat(audited("NOMINEE_REMOVED", entity, "before_json")).contains("AUTO");
		assertThat(audited("NOMINEE_REMOVED", entity, "after_json")).contains("Sedang dalam pemeriksaan inspektorat");
	}

	@Test
	void theShortlistChangesOnlyDuringSelection() {
		for (int i = 0; i < 3; i++) {
			this.stages.advanceAs("test", HANDMADE, "34");
		}
		assertThatThrownBy(() -> this.shortlists.make(this.committee, HANDMADE, Category.PEMKAB_PEMKOT, "34"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.problems().get(0).messageKey()).isEqualTo("shortlist.error.notSelection");
				assertThat(ex.problems().get(0).args()).containsExactly("VERIFIKASI");
			});
		this.stages.advanceAs("test", HANDMADE, "34");
		this.shortlists.make(this.committee, HANDMADE, Category.PEMKAB_PEMKOT, "34");
		// the nominees have no jurors here: the interviews start regardless, with the
		// secretariat's reason
		this.stages.advanceAs("test", HANDMADE, "34", "tanpa juri dalam pengujian daftar pendek");
		assertThatThrownBy(() -> this.shortlists.remove(this.committee, HANDMADE, Category.PEMKAB_PEMKOT, "34", "34.71",
				"Terlambat"))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void theCommitteeOfOneProvinceCannotTouchAnotherNorTheNationalLevel() throws Exception {
		toSelection();
		assertThatThrownBy(() -> this.shortlists.make(this.committee, HANDMADE, Category.PEMKAB_PEMKOT, "65"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.shortlists.make(this.committee, HANDMADE, Category.PEMPROV, "ID"))
			.isInstanceOf(AccessDeniedException.class);
		long denied = count("ACCESS_DENIED");
		this.mvc
			.perform(post("/api/v1/editions/{y}/levels/65/shortlists/PEMKAB_PEMKOT", HANDMADE).with(csrf())
				.with(user(this.committee)))
			.andExpect(status().isForbidden());
		assertThat(count("ACCESS_DENIED")).isEqualTo(denied + 1);
		this.mvc
			.perform(post("/api/v1/editions/{y}/levels/34/shortlists/PEMKAB_PEMKOT", HANDMADE).with(csrf())
				.with(user(this.committee)))
			.andExpect(status().isOk());
	}

	private void toSelection() {
		for (int i = 0; i < 4; i++) {
			this.stages.advanceAs("test", HANDMADE, "34");
		}
	}

	private void deskScore(Category category, String code, double score, Integer rank) {
		this.jdbc
			.sql("INSERT INTO desk_score (edition_year, score_level, category, candidate_code, candidate_name, scope,"
					+ " eligible, flags, desk_score, desk_rank, aspect_scores) VALUES (:y, 'PROVINSI', :c, :code, :name,"
					+ " '34', :eligible, '', :score, :rank, '{}')")
			.param("y", HANDMADE)
			.param("c", category.name())
			.param("code", code)
			.param("name", "Kandidat " + code)
			.param("eligible", rank != null)
			.param("score", BigDecimal.valueOf(score))
			.param("rank", rank)
			.update();
	}

	private String audited(String action, String entityId, String column) {
		return this.jdbc
			.sql("SELECT " + column + " FROM audit_log WHERE action = :a AND entity_id = :e ORDER BY id DESC")
			.param("a", action)
			.param("e", entityId)
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
	}

	private long count(String action) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :a")
			.param("a", action)
			.query(Long.class)
			.single();
	}

}
