package id.paritrana.app.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.report.WeightRobustness;
import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.LevelLocks;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.StageState;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.jury.Assignments;
import id.paritrana.app.jury.Panels;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.UserManagement;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.Recomputations;
import id.paritrana.app.system.Recomputed;
import id.paritrana.engine.area.Areas;
import id.paritrana.engine.evaluate.Evaluation;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.score.Robustness;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubrics;

/**
 * The whole award cycle of an edition, as a story (on H2, and on PostgreSQL when
 * configured): generated data imported, measured and desk-scored; panels formed,
 * shortlists made, jurors assigned and their SUBMITTED sheets at the provincial level;
 * provinces 34, 65 and 75 determined (34 by its committee through the API); their juara 1
 * promoted and scored at the national level; the national shortlist scored by the jury;
 * the national level determined with its zone awards. Every row of every snapshot equals
 * {@code evaluate} on the same files with a jury-scores.csv of exactly the scores
 * entered. Then what a determined level allows and refuses: verification, read-only,
 * revisions, scope rules. The cycle is the tests' shared fixture, walked once by
 * whichever test needs it first; each test that changes a determined level (a revision)
 * changes a level of its own.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeterminationIntegrationTests {

	static final int YEAR = 2087;

	/** An edition none of whose levels reached PENETAPAN. */
	static final int UNDETERMINED_YEAR = 2303;

	/** The committee of province 65, whose level one test revises. */
	static final String PANITIA_65 = "panitia.t65";

	@TempDir
	static Path dir;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Stages stages;

	@Autowired
	EditionRubrics rubrics;

	@Autowired
	Editions editions;

	@Autowired
	DatasetImport imports;

	@Autowired
	CandidateMeasures measures;

	@Autowired
	DeskScores deskScores;

	@Autowired
	Determinations determinations;

	@Autowired
	Recomputations recomputations;

	@Autowired
	Results results;

	@Autowired
	WeightRobustness robustness;

	@Autowired
	LevelLocks locks;

	@Autowired
	Shortlists shortlists;

	@Autowired
	UserManagement userManagement;

	@Autowired
	Panels panels;

	@Autowired
	Assignments assignments;

	ResultFixture.Interviews interviews() {
		return new ResultFixture.Interviews(this.userManagement, this.panels, this.assignments, this.shortlists);
	}

	ResultFixture fixture;

	/** What the award cycle gave at the steps the tests look at. */
	record Cycle(MvcResult preview34, MvcResult determination34, Map<Category, Set<String>> promoted,
			WeightRobustness.Analysis nationalBefore, Snapshot national, WeightRobustness.Analysis nationalAfter) {
	}

	private Cycle cycle;

	private Throwable cycleFailure;

	@BeforeAll
	void importedAndScored() {
		ResultFixture.forget(this.jdbc, YEAR);
		this.fixture = new ResultFixture(YEAR, dir, this.jdbc, this.users, this.stages, this.rubrics);
		this.fixture.importAndScore("2087", this.editions, this.imports, this.measures, this.deskScores);
	}

	/**
	 * The award cycle, walked once: provinces 34 (by its committee through the API), 65
	 * and 75 determined, their juara 1 promoted, the national level determined. A failure
	 * is kept, so that every test needing the cycle reports it instead of walking it
	 * again.
	 */
	private Cycle determinedEdition() throws Exception {
		if (this.cycleFailure != null) {
			throw new IllegalStateException("the award cycle of the fixture failed", this.cycleFailure);
		}
		if (this.cycle == null) {
			try {
				this.cycle = walkTheCycle();
			}
			catch (Exception | Error ex) {
				this.cycleFailure = ex;
				throw ex;
			}
		}
		return this.cycle;
	}

	private Cycle walkTheCycle() throws Exception {
		for (String province : ResultFixture.PROVINCES) {
			this.fixture.advanceTo(province, Stage.SELEKSI);
			this.fixture.shortlistAssignAndScore(this.interviews(), Level.PROVINSI, province);
			this.fixture.advanceTo(province, Stage.PENETAPAN);
		}
		// the committee of 34 previews and determines its own level through the API
		MvcResult preview = this.mvc
			.perform(get("/api/v1/editions/" + YEAR + "/results/34/preview")
				.with(user(this.fixture.as(DemoUsers.PANITIA_34))))
			.andReturn();
		MvcResult determination = this.mvc
			.perform(post("/api/v1/editions/" + YEAR + "/results/34/determination").with(csrf())
				.with(user(this.fixture.as(DemoUsers.PANITIA_34)))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andReturn();
		this.determinations.determine(this.fixture.as(DemoUsers.ADMIN), YEAR, "65");
		this.determinations.determine(this.fixture.as(DemoUsers.ADMIN), YEAR, "75");
		Map<Category, Set<String>> promoted = this.determinations.promoted(YEAR);
		// the national level: shortlist of the national desk scores, jury, determination
		this.fixture.advanceTo("ID", Stage.SELEKSI);
		this.fixture.shortlistAssignAndScore(this.interviews(), Level.NASIONAL, "ID");
		this.fixture.advanceTo("ID", Stage.PENETAPAN);
		// robustness of the national final ranks: the current results before, the
		// snapshot after determining
		WeightRobustness.Analysis before = this.robustness.analyse(YEAR, Category.BU_BESAR, "ID", null, 0.2, 200, 7);
		Snapshot national = this.determinations.determine(this.fixture.as(DemoUsers.ADMIN), YEAR, "ID");
		WeightRobustness.Analysis after = this.robustness.analyse(YEAR, Category.BU_BESAR, "ID", null, 0.2, 200, 7);
		return new Cycle(preview, determination, promoted, before, national, after);
	}

	@Test
	void aLevelIsDeterminedOnlyInPenetapanAndOnlyByWhoeverRunsIt() throws Exception {
		if (this.editions.find(UNDETERMINED_YEAR).isEmpty()) {
			this.editions.create("test", UNDETERMINED_YEAR, null);
		}
		assertThat(this.stages.current(UNDETERMINED_YEAR, "65")).isNotEqualTo(Stage.PENETAPAN);
		assertThatThrownBy(
				() -> this.determinations.determine(this.fixture.as(DemoUsers.ADMIN), UNDETERMINED_YEAR, "65"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("result.error.notPenetapan");
		// the committee of 34 cannot determine 65: 403, written to the audit log
		long denied = deniedCount();
		this.mvc
			.perform(post("/api/v1/editions/" + UNDETERMINED_YEAR + "/results/65/determination").with(csrf())
				.with(user(this.fixture.as(DemoUsers.PANITIA_34))))
			.andExpect(status().isForbidden());
		assertThat(deniedCount()).isEqualTo(denied + 1);
		assertThat(this.results.current(UNDETERMINED_YEAR, "65")).isEmpty();
		// nor the national level, which is the national secretariat's
		assertThatThrownBy(
				() -> this.determinations.determine(this.fixture.as(DemoUsers.PANITIA_34), UNDETERMINED_YEAR, "ID"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> this.determinations.preview(this.fixture.as(DemoUsers.VERIFIKATOR_34), UNDETERMINED_YEAR, "34"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theFullCycleEqualsEvaluateOnTheSameFilesWithTheSameJuryScores() throws Exception {
		Cycle cycle = determinedEdition();
		// the committee of 34 previewed and determined its own level through the API
		status().isOk().match(cycle.preview34());
		jsonPath("$.scope").value("34").match(cycle.preview34());
		jsonPath("$.rows[0].level").value("PROVINSI").match(cycle.preview34());
		status().isOk().match(cycle.determination34());
		jsonPath("$.revision").value(1).match(cycle.determination34());
		jsonPath("$.determinedBy").value(DemoUsers.PANITIA_34).match(cycle.determination34());
		for (String province : ResultFixture.PROVINCES) {
			assertThat(this.stages.stages(YEAR, province).get(Stage.PENETAPAN.ordinal()).state())
				.isEqualTo(StageState.SELESAI);
			assertThat(this.stages.current(YEAR, province)).isEqualTo(Stage.PENGANUGERAHAN);
			assertThat(this.locks.isDetermined(YEAR, province)).isTrue();
		}

		// promoted: the juara 1 of each category of each province, scored at the national
		// level
		// once the determinations' events have been handled
		Recomputed.await(this.recomputations, YEAR);
		assertThat(this.recomputations.of(YEAR).finishedAt()).isPresent();
		Map<Category, Set<String>> promoted = cycle.promoted();
		List<String> juara1 = this.results.winners(YEAR)
			.stream()
			.filter(w -> w.level() == Level.PROVINSI && w.place() == 1)
			.map(w -> w.category() + "/" + w.candidateCode())
			.toList();
		assertThat(juara1).isNotEmpty();
		assertThat(promoted.entrySet().stream().flatMap(e -> e.getValue().stream().map(c -> e.getKey() + "/" + c)))
			.containsExactlyInAnyOrderElementsOf(juara1);
		assertThat(promoted).containsKey(Category.UKM).containsKey(Category.PEMKAB_PEMKOT);
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM desk_score WHERE edition_year = :y AND score_level = 'NASIONAL'"
					+ " AND category <> 'PEMPROV'")
			.param("y", YEAR)
			.query(Long.class)
			.single()).isEqualTo(juara1.size());

		// the national leaderboard and a promoted candidate's national scorecard
		String promotedBesar = promoted.get(Category.BU_BESAR).iterator().next();
		this.mvc
			.perform(get("/api/v1/editions/" + YEAR + "/desk-scores/NASIONAL/BU_BESAR/" + promotedBesar)
				.with(user(this.fixture.as(DemoUsers.ADMIN))))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/editions/" + YEAR + "/desk-scores?level=NASIONAL&category=BU_BESAR")
				.with(user(this.fixture.as(DemoUsers.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.total").value(promoted.get(Category.BU_BESAR).size()));

		// robustness of the national final ranks: the current results before, the
		// snapshot after determining
		WeightRobustness.Analysis current = cycle.nationalBefore();
		assertThat(current.basis()).isEqualTo(Robustness.Basis.FINAL);
		assertThat(current.snapshot()).isEmpty();
		assertThat(current.candidates()).isNotEmpty();
		Snapshot national = cycle.national();
		WeightRobustness.Analysis determined = cycle.nationalAfter();
		assertThat(determined.snapshot()).contains(national);
		assertThat(determined.candidates()).isEqualTo(current.candidates());
		assertThat(this.results.zoneAwards(YEAR)).isNotEmpty()
			.allSatisfy(z -> assertThat(z.snapshotId()).isEqualTo(national.id()));

		// evaluate on the same files with the jury scores entered
		this.fixture.writeJuryFile();
		Evaluation evaluation = Evaluation.run(dir, YEAR - 1, areas(), Rubrics.defaults(), Level.NASIONAL);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		evaluation.writeResults(out);
		List<String> expected = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
		List<String> stored = new ArrayList<>();
		stored.add(expected.get(0));
		for (String scope : List.of("34", "65", "75", "ID")) {
			Snapshot snapshot = this.results.current(YEAR, scope).orElseThrow();
			assertThat(this.results.verify(snapshot.id()).valid()).isTrue();
			String csv = this.results.resultsCsv(snapshot.id());
			stored.addAll(Arrays.asList(csv.split("\n")).subList(1, csv.split("\n").length));
		}
		assertThat(stored).hasSizeGreaterThan(100).containsExactlyElementsOf(expected);
		assertThat(stored).as("juara with jury and final scores at both levels")
			.anyMatch(l -> l.startsWith("PROVINSI,34,PEMKAB_PEMKOT,") && l.endsWith(",1"))
			.anyMatch(l -> l.startsWith("NASIONAL,ID,BU_BESAR,") && l.endsWith(",1"));
	}

	@Test
	void aSnapshotsDigestRecomputesAndAnAlteredRowBreaksIt() throws Exception {
		determinedEdition();
		Snapshot snapshot = this.results.current(YEAR, "34").orElseThrow();
		Results.Verification verification = this.results.verify(snapshot.id());
		assertThat(verification.valid()).isTrue();
		assertThat(verification.recomputedSha256()).isEqualTo(snapshot.sha256()).hasSize(64);
		// the documented canonical form, rebuilt from the public rows, gives the same
		// digest
		List<CanonicalForm.Input> inputs = this.results.inputs(snapshot.id())
			.stream()
			.map(i -> new CanonicalForm.Input(i.kind(), i.name(), i.version(), i.sha256()))
			.toList();
		assertThat(CanonicalForm
			.sha256(new CanonicalForm.Parts(snapshot, this.results.rows(snapshot.id()), inputs, List.of())))
			.isEqualTo(snapshot.sha256());
		assertThat(inputs).extracting(CanonicalForm.Input::kind).contains("RUBRIC", "DATASET", "JURY");

		this.jdbc.sql("UPDATE result_row SET final_score = final_score + 1 WHERE snapshot_id = :id AND position = 0")
			.param("id", snapshot.id())
			.update();
		try {
			Results.Verification broken = this.results.verify(snapshot.id());
			assertThat(broken.valid()).isFalse();
			assertThat(broken.recomputedSha256()).isNotEqualTo(snapshot.sha256());
		}
		finally {
			this.jdbc
				.sql("UPDATE result_row SET final_score = final_score - 1 WHERE snapshot_id = :id"
						+ " AND position = 0")
				.param("id", snapshot.id())
				.update();
		}
		assertThat(this.results.verify(snapshot.id()).valid()).isTrue();
		this.jdbc
			.sql("UPDATE result_input SET content = CONCAT(content, ' ') WHERE snapshot_id = :id AND kind = 'JURY'")
			.param("id", snapshot.id())
			.update();
		assertThat(this.results.verify(snapshot.id()).valid()).as("a jury text that no longer matches its digest")
			.isFalse();
		this.jdbc
			.sql("UPDATE result_input SET content = SUBSTRING(content, 1, CHAR_LENGTH(content) - 1)"
					+ " WHERE snapshot_id = :id AND kind = 'JURY'")
			.param("id", snapshot.id())
			.update();
		assertThat(this.results.verify(snapshot.id()).valid()).isTrue();
	}

	@Test
	void indicatorScoresAreFrozenWithEachRowAndAnAlteredOneBreaksVerification() throws Exception {
		determinedEdition();
		Snapshot snapshot = this.results.current(YEAR, "34").orElseThrow();
		List<ResultRow> rows = this.results.rows(snapshot.id());
		assertThat(rows).isNotEmpty().allSatisfy(row -> {
			assertThat(row.hasIndicatorScores()).isTrue();
			assertThat(row.indicatorScores()).isNotEmpty()
				.allSatisfy((id, score) -> assertThat(score.scale()).isEqualTo(2));
		});
		ResultRow juara = rows.stream()
			.filter(r -> r.category() == Category.PEMKAB_PEMKOT && r.juara() == 1)
			.findFirst()
			.orElseThrow();
		assertThat(juara.indicatorScores().keySet()).containsExactly("regulasi", "coverage_pu", "coverage_bpu",
				"pertumbuhan", "non_asn", "pekerja_rentan", "ekosistem_desa", "wawancara");
		// the jury indicator is the jury score; without jury scores there is none
		assertThat(juara.indicatorScores().get("wawancara")).isEqualByComparingTo(juara.juryScore());
		assertThat(rows).filteredOn(r -> r.juryScore() == null)
			.isNotEmpty()
			.allSatisfy(r -> assertThat(r.indicatorScores()).doesNotContainKey("wawancara"));

		int position = rows.indexOf(juara);
		String stored = this.jdbc
			.sql("SELECT indicator_scores FROM result_row WHERE snapshot_id = :id AND position = :p")
			.param("id", snapshot.id())
			.param("p", position)
			.query(String.class)
			.single();
		String altered = stored.replace("\"regulasi\":", "\"regulasi\":1");
		assertThat(altered).isNotEqualTo(stored);
		try {
			setIndicators(snapshot.id(), position, altered);
			assertThat(this.results.verify(snapshot.id()).valid()).as("an altered indicator score").isFalse();
			setIndicators(snapshot.id(), position, null);
			assertThat(this.results.verify(snapshot.id()).valid()).as("a removed row of indicator scores").isFalse();
		}
		finally {
			setIndicators(snapshot.id(), position, stored);
		}
		assertThat(this.results.verify(snapshot.id()).valid()).isTrue();
	}

	private void setIndicators(long snapshotId, int position, String json) {
		this.jdbc.sql("UPDATE result_row SET indicator_scores = :j WHERE snapshot_id = :id AND position = :p")
			.param("j", json)
			.param("id", snapshotId)
			.param("p", position)
			.update();
	}

	@Test
	void robustnessFollowsTheDeterminedFinalRanksAndIsDeterministicForASeed() throws Exception {
		determinedEdition();
		Snapshot snapshot = this.results.current(YEAR, "34").orElseThrow();
		WeightRobustness.Analysis fin = this.robustness.analyse(YEAR, Category.PEMKAB_PEMKOT, "34", null, 0.2, 300, 11);
		assertThat(fin.basis()).as("final by default once there are jury scores").isEqualTo(Robustness.Basis.FINAL);
		assertThat(fin.snapshot()).contains(snapshot);
		assertThat(this.robustness.analyse(YEAR, Category.PEMKAB_PEMKOT, "34", Robustness.Basis.FINAL, 0.2, 300, 11))
			.isEqualTo(fin);
		// the ranks and scores analysed are those of the snapshot
		List<ResultRow> ranked = this.results.rows(snapshot.id())
			.stream()
			.filter(r -> r.category() == Category.PEMKAB_PEMKOT && r.finalRank() != null)
			.toList();
		assertThat(fin.candidates()).extracting(WeightRobustness.Candidate::code)
			.containsExactlyElementsOf(ranked.stream().map(ResultRow::candidateCode).toList());
		assertThat(fin.candidates()).extracting(WeightRobustness.Candidate::rank)
			.containsExactlyElementsOf(ranked.stream().map(ResultRow::finalRank).toList());
		assertThat(fin.candidates()).extracting(c -> java.math.BigDecimal.valueOf(c.score()).setScale(2))
			.containsExactlyElementsOf(ranked.stream().map(ResultRow::finalScore).toList());
		// where the jury scores change the order, the final basis ranks (and analyses)
		// otherwise than the desk
		List<String> reordered = new ArrayList<>();
		for (String scope : List.of("34", "65", "75", "ID")) {
			for (Category category : Category.values()) {
				if (!category.assessedAt(Level.ofScope(scope))
						|| this.rubrics.rubric(YEAR, category).jury().isEmpty()) {
					continue;
				}
				WeightRobustness.Analysis f = this.robustness.analyse(YEAR, category, scope, Robustness.Basis.FINAL,
						0.2, 100, 11);
				WeightRobustness.Analysis d = this.robustness.analyse(YEAR, category, scope, Robustness.Basis.DESK, 0.2,
						100, 11);
				assertThat(d.snapshot()).isEmpty();
				List<String> finalOrder = f.candidates().stream().map(WeightRobustness.Candidate::code).toList();
				List<String> deskOrder = d.candidates()
					.stream()
					.map(WeightRobustness.Candidate::code)
					.filter(finalOrder::contains)
					.toList();
				assertThat(deskOrder).containsExactlyInAnyOrderElementsOf(finalOrder);
				if (!deskOrder.equals(finalOrder)) {
					reordered.add(scope + "/" + category);
					assertThat(f.candidates()).isNotEqualTo(d.candidates());
				}
			}
		}
		assertThat(reordered).as("levels and categories whose interviews change the order").isNotEmpty();
		// the page states the basis, draws and seed
		String page = this.mvc
			.perform(get("/edisi/" + YEAR + "/ketahanan/34").param("draws", "120")
				.param("seed", "11")
				.with(user(this.fixture.as(DemoUsers.PANITIA_34))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-basis=\"FINAL\"", "Peringkat akhir (dengan wawancara)",
				"snapshot " + snapshot.id() + " revisi " + snapshot.revision(), "120 undian, seed 11", "Skor akhir");
		assertThat(this.mvc
			.perform(get("/edisi/" + YEAR + "/ketahanan/34").param("dasar", "DESK")
				.with(user(this.fixture.as(DemoUsers.PANITIA_34))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("data-basis=\"DESK\"", "skor meja tersimpan");
	}

	@Test
	void aDeterminedLevelIsReadOnly() throws Exception {
		determinedEdition();
		assertThatThrownBy(() -> this.deskScores.compute(YEAR, "tester")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("result.error.deskScoresDetermined");
		assertThatThrownBy(() -> this.locks.requireOpen(YEAR, "34")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("result.error.locked.DETERMINED");
		assertThatThrownBy(() -> this.determinations.determine(this.fixture.as(DemoUsers.ADMIN), YEAR, "34"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("result.error.alreadyDetermined");
		assertThatThrownBy(
				() -> this.stages.moveBack(this.fixture.as(DemoUsers.ADMIN), YEAR, "34", Stage.WAWANCARA, "ulang"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("result.error.locked.DETERMINED");
		assertThatThrownBy(() -> this.deskScores.scorePromoted(YEAR, Category.UKM, Set.of(), "tester"))
			.as("the national level is determined too")
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.locks.isDetermined(YEAR, "ID")).isTrue();
		assertThatThrownBy(() -> this.shortlists.makeAs("tester", YEAR, Category.BU_BESAR, "34"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("result.error.locked.DETERMINED");
		assertThatThrownBy(() -> this.assignments.assignAs("tester", YEAR, "34", Category.BU_BESAR))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("result.error.locked.DETERMINED");
	}

	@Test
	void aCorrectionIsANumberedRevisionWithAReasonAndKeepsTheEarlierOne() throws Exception {
		determinedEdition();
		Snapshot first = this.results.current(YEAR, "34").orElseThrow();
		assertThatThrownBy(
				() -> this.determinations.revise(this.fixture.as(DemoUsers.PANITIA_34), YEAR, "34", "salah ketik"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.determinations.revise(this.fixture.as(DemoUsers.ADMIN), YEAR, "34", " "))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("result.error.reason");
		this.mvc
			.perform(post("/api/v1/editions/" + YEAR + "/results/34/revisions").with(csrf())
				.with(user(this.fixture.as(DemoUsers.ADMIN)))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"nilai juri dikoreksi\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.reason").value("nilai juri dikoreksi"));
		Snapshot second = this.results.current(YEAR, "34").orElseThrow();
		assertThat(second.revision()).isEqualTo(2);
		assertThat(this.results.revisions(YEAR, "34")).extracting(Snapshot::revision, Snapshot::superseded)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, true),
					org.assertj.core.groups.Tuple.tuple(2, false));
		assertThat(this.results.rows(first.id())).isEqualTo(this.results.rows(second.id()));
		assertThat(second.sha256()).isNotEqualTo(first.sha256());
		assertThat(this.results.verify(first.id()).valid()).isTrue();
		assertThat(this.results.verify(second.id()).valid()).isTrue();
		assertThat(this.results.snapshots(YEAR)).filteredOn(s -> !s.superseded())
			.extracting(Snapshot::scope)
			.containsExactly("ID", "34", "65", "75");
		assertThat(this.results.winners(YEAR)).allSatisfy(w -> assertThat(w.snapshotId()).isNotEqualTo(first.id()));
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'RESULTS_REVISED' AND entity_id = :id"
					+ " AND after_json LIKE '%nilai juri dikoreksi%'")
			.param("id", Long.toString(second.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc
			.perform(get("/api/v1/editions/" + YEAR + "/results/34/snapshots")
				.with(user(this.fixture.as(DemoUsers.PANITIA_34))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[1].reason").value("nilai juri dikoreksi"));
		this.mvc
			.perform(get("/api/v1/editions/" + YEAR + "/results/34/snapshots/1/verification")
				.with(user(this.fixture.as(DemoUsers.PANITIA_34))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true));
		this.mvc
			.perform(get("/edisi/" + YEAR + "/hasil/34/revisi/2/hasil.csv")
				.with(user(this.fixture.as(DemoUsers.PANITIA_34))))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.startsWith(CanonicalForm.RESULTS_HEADER + "\nPROVINSI,34,")));
		assertThat(this.results.latestDetermined()).isPresent();
	}

	@Test
	void thePagesShowTheSnapshotAndItsHistoryAndTakeARevision() throws Exception {
		determinedEdition();
		if (this.userManagement.findUsername(PANITIA_65).isEmpty()) {
			this.userManagement.createAccount("test", PANITIA_65, "sidang-rahasia-7731",
					new UserManagement.Details("Panitia 65", Role.PANITIA_PROVINSI, "65", null, null, true));
		}
		this.mvc.perform(get("/edisi/" + YEAR + "/hasil/ID").with(user(this.fixture.as(DemoUsers.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"result-zones\"")))
			.andExpect(content().string(containsString(this.results.current(YEAR, "ID").orElseThrow().sha256())))
			.andExpect(content().string(containsString("id=\"result-revise-form\"")));
		this.mvc.perform(get("/edisi/" + YEAR + "/hasil/ID").with(user(this.fixture.as(DemoUsers.PANITIA_34))))
			.andExpect(status().isForbidden());
		// the form takes a revision (of 65: the revisions of 34 are another test's); the
		// committee sees it
		this.mvc
			.perform(post("/edisi/" + YEAR + "/hasil/65/revisi").with(csrf())
				.with(user(this.fixture.as(DemoUsers.ADMIN)))
				.param("reason", "nama kandidat diperbaiki"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.results.current(YEAR, "65").orElseThrow().revision()).isEqualTo(2);
		this.mvc.perform(get("/edisi/" + YEAR + "/hasil/65").with(user(this.fixture.as(PANITIA_65))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"result-revision-2\"")))
			.andExpect(content().string(containsString("nama kandidat diperbaiki")))
			.andExpect(content().string(not(containsString("id=\"result-revise-form\""))));
		this.mvc
			.perform(post("/edisi/" + YEAR + "/hasil/34/tetapkan").with(csrf())
				.with(user(this.fixture.as(DemoUsers.PANITIA_34))))
			.andExpect(flash().attributeExists("problems"));
	}

	private long deniedCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'ACCESS_DENIED'")
			.query(Long.class)
			.single();
	}

	static Areas areas() {
		try (InputStream p = wilayah("provinces.csv");
				InputStream r = wilayah("regencies.csv");
				InputStream d = wilayah("districts.csv");
				InputStream v = wilayah("villages.csv")) {
			return Areas.read(p, r, d, v);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream wilayah(String name) {
		return DeterminationIntegrationTests.class.getResourceAsStream("/wilayah/" + name);
	}

}
