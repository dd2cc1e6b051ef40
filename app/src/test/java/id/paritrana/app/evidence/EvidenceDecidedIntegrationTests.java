package id.paritrana.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.assessment.Leaderboards;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.dataset.DatasetVersions;
import id.paritrana.app.dataset.MeasuresRefreshed;
import id.paritrana.app.demo.DemoPdf;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.StagePreconditions;
import id.paritrana.app.edition.StagePreconditions.Check;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.EventUpkeep;
import id.paritrana.app.system.Recomputations;
import id.paritrana.app.system.Recomputed;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * A verifier's decision on a regulation is published as an event: the regulation level is
 * refreshed and that government's scope scored again after the decision committed, each
 * step recorded in the event publication registry, so a step whose listener failed stays
 * pending and is done when its publication is submitted again (as on restart).
 */
@IntegrationTest
@EnableScenarios
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceDecidedIntegrationTests {

	// the synthetic data generator takes assessment years up to 2100
	static final int EDITION = 2098;

	@TempDir
	static Path dir;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Autowired
	Editions editions;

	@Autowired
	DatasetVersions versions;

	@Autowired
	DatasetImport imports;

	@Autowired
	Stages stages;

	@Autowired
	UserDetailsService users;

	@Autowired
	CandidateMeasures measures;

	@MockitoSpyBean
	DeskScores deskScores;

	@Autowired
	Leaderboards leaderboards;

	@Autowired
	EvidenceRecords evidence;

	@Autowired
	Recomputations recomputations;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	EventUpkeep upkeep;

	@BeforeAll
	void edition() {
		EvidenceTestData.generate(dir, EDITION, "61");
		EvidenceTestData.importInto(dir, EDITION, this.editions, this.versions, this.imports);
		EvidenceTestData.openLevels(EDITION, this.stages, this.users, "34", "65", "75", Stages.NATIONAL);
		EvidenceTestData.forgetEvidence(this.jdbc, EDITION);
		this.measures.compute(EDITION, "test");
		this.deskScores.compute(EDITION, "test");
	}

	@Test
	void anAcceptedRegulationIsScoredAfterTheDecisionAndThePageSaysWhen(Scenario scenario) throws Exception {
		String code = withoutRegulation();
		double before = deskScore(code);
		Instant decided = Instant.now();

		EvidenceItem item = upload(code);
		scenario.stimulate(() -> this.evidence.verifyAs("verifier", EDITION, item.id(), "DITERIMA", null))
			.andWaitForEventOfType(MeasuresRefreshed.class)
			.matching(refreshed -> refreshed.candidateCode().equals(code))
			.toArriveAndVerify(refreshed -> {
				assertThat(refreshed.editionYear()).isEqualTo(EDITION);
				assertThat(refreshed.category()).isEqualTo(Category.PEMKAB_PEMKOT);
				assertThat(refreshed.provinceCode()).isEqualTo(code.substring(0, 2));
				assertThat(refreshed.all()).isFalse();
			});
		Recomputed.await(this.recomputations, EDITION);

		assertThat(level(code)).isEqualTo("PERDA");
		// regulasi weighs 10 of the 70 desk points: PERDA scores 100
		assertThat(deskScore(code) - before).isCloseTo(100.0 * 10 / 70, org.assertj.core.data.Offset.offset(0.011));
		assertThat(this.deskScores.run(EDITION).orElseThrow().computedBy()).isEqualTo("verifier");
		assertThat(this.recomputations.of(EDITION).finishedAt())
			.hasValueSatisfying(at -> assertThat(at).isAfter(decided));
		assertThat(page(item)).contains("id=\"recompute-finished\"").doesNotContain("id=\"recompute-pending\"");

		// no other kind of evidence counts for a score: its page says nothing of
		// recomputations
		EvidenceItem mou = this.evidence.uploadAs(
				"operator", EDITION, code, new EvidenceForm("MOU", "", "MoU/17/2022", "2022",
						"MoU perlindungan pekerja", "BPJS Ketenagakerjaan", "", ""),
				"mou.pdf", DemoPdf.of("MoU " + code, "MoU/17/2022"));
		this.evidence.verifyAs("verifier", EDITION, mou.id(), "DITERIMA", null);
		assertThat(page(mou)).doesNotContain("id=\"recompute-status\"");
	}

	@Test
	void aRescoreThatFailedStaysPendingUntilItsPublicationIsSubmittedAgain() throws Exception {
		assertThat(this.environment.getProperty("spring.modulith.events.republish-outstanding-events-on-restart",
				Boolean.class))
			.as("incomplete publications are republished on restart")
			.isTrue();
		String code = withoutRegulation();
		double before = deskScore(code);
		doThrow(new IllegalStateException("the database went away")).doCallRealMethod()
			.when(this.deskScores)
			.recompute(eq(EDITION), any(Category.class), anyString(), anyString());

		EvidenceItem item = upload(code);
		this.evidence.verifyAs("verifier", EDITION, item.id(), "DITERIMA", null);
		verify(this.deskScores, timeout(60_000)).recompute(eq(EDITION), any(Category.class), anyString(), anyString());
		Awaitility.await("the failed publication").atMost(Duration.ofMinutes(1)).until(() -> failed(code) != null);

		// the measure was refreshed, the score not: the pages say a recomputation is
		// pending
		assertThat(level(code)).isEqualTo("PERDA");
		assertThat(deskScore(code)).isEqualTo(before);
		assertThat(this.recomputations.of(EDITION).pending()).isTrue();
		assertThat(page(item)).contains("id=\"recompute-pending\"").contains("hx-trigger=\"every 2s\"");
		assertThat(this.stages.preconditions(EDITION, code.substring(0, 2), StagePreconditions.entering(Stage.SELEKSI)))
			.as("the shortlist waits for the scores")
			.anySatisfy(p -> assertThat(p.check()).isEqualTo(Check.RECOMPUTATION_PENDING))
			.anySatisfy(p -> assertThat(p.blocking()).isTrue());

		// tried again while the application runs, once the first pause is over
		this.upkeep.retryFailed(Instant.now());
		assertThat(failed(code)).as("not tried again before its pause is over").isNotNull();
		this.upkeep.retryFailed(Instant.now().plus(Duration.ofMinutes(2)));
		Recomputed.await(this.recomputations, EDITION);
		assertThat(deskScore(code) - before).isCloseTo(100.0 * 10 / 70, org.assertj.core.data.Offset.offset(0.011));
		assertThat(page(item)).contains("id=\"recompute-finished\"").doesNotContain("id=\"recompute-pending\"");
	}

	@Test
	void aScopeWhoseScoresAreFrozenIsLeftAsItWasAndNothingStaysPending() throws Exception {
		String code = withoutRegulation();
		double before = deskScore(code);
		Recomputed.await(this.recomputations, EDITION);
		Optional<Instant> finished = this.recomputations.of(EDITION).finishedAt();
		// as LevelLocks.requireOpen refuses a determined level
		doThrow(new InvalidInputException("level", "result.error.locked.DETERMINED", "34")).when(this.deskScores)
			.recompute(eq(EDITION), any(Category.class), anyString(), anyString());

		this.evidence.verifyAs("verifier", EDITION, upload(code).id(), "DITERIMA", null);
		verify(this.deskScores, timeout(60_000).atLeastOnce()).recompute(eq(EDITION), any(Category.class), anyString(),
				anyString());
		Recomputed.await(this.recomputations, EDITION);

		assertThat(level(code)).isEqualTo("PERDA");
		assertThat(deskScore(code)).isEqualTo(before);
		assertThat(this.recomputations.of(EDITION).finishedAt()).as("nothing was recomputed").isEqualTo(finished);
	}

	@Test
	void completedPublicationsAreForgottenOnceOldEnoughAndIncompleteOnesNever() throws Exception {
		String code = withoutRegulation();
		this.evidence.verifyAs("verifier", EDITION, upload(code).id(), "DITERIMA", null);
		Recomputed.await(this.recomputations, EDITION);
		assertThat(completedPublications()).isPositive();

		this.upkeep.forgetCompleted(Instant.now());
		assertThat(completedPublications()).as("kept for 30 days").isPositive();
		long incomplete = this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
			.query(Long.class)
			.single();
		this.upkeep.forgetCompleted(Instant.now().plus(Duration.ofDays(31)));
		assertThat(completedPublications()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
			.query(Long.class)
			.single()).isEqualTo(incomplete);
	}

	private long completedPublications() {
		return this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NOT NULL")
			.query(Long.class)
			.single();
	}

	/**
	 * The failed publication of the refresh of this government's measures, if any yet.
	 */
	private EventPublication failed(String code) {
		return this.registry.findIncompletePublications()
			.stream()
			.filter(p -> p.getEvent() instanceof MeasuresRefreshed m && m.editionYear() == EDITION
					&& m.candidateCode().equals(code) && p.getStatus() == EventPublication.Status.FAILED)
			.findFirst()
			.orElse(null);
	}

	/**
	 * A regency or city of an open province without a regulation yet (each test gives its
	 * own one).
	 */
	private String withoutRegulation() {
		return this.jdbc
			.sql("SELECT candidate_code FROM candidate_measure WHERE edition_year = :y AND category = 'PEMKAB_PEMKOT'"
					+ " AND SUBSTRING(candidate_code, 1, 2) IN ('34', '65', '75') AND regulation_level = 'NONE'"
					+ " ORDER BY candidate_code")
			.param("y", EDITION)
			.query(String.class)
			.list()
			.get(0);
	}

	private EvidenceItem upload(String code) {
		return this.evidence.uploadAs("operator", EDITION, code,
				new EvidenceForm("REGULASI", "PERDA", "7", "2023", "Perda Jaminan Sosial " + code, "", "", ""),
				"perda.pdf", DemoPdf.of("Perda " + code, "Nomor 7 Tahun 2023"));
	}

	private String page(EvidenceItem item) throws Exception {
		return this.mvc
			.perform(get("/edisi/" + EDITION + "/bukti/" + item.id())
				.with(user(this.users.loadUserByUsername(DemoUsers.ADMIN))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String level(String code) {
		return this.jdbc
			.sql("SELECT regulation_level FROM candidate_measure WHERE edition_year = :y AND candidate_code = :c")
			.param("y", EDITION)
			.param("c", code)
			.query(String.class)
			.single();
	}

	private double deskScore(String code) {
		return this.leaderboards.find(EDITION, Level.PROVINSI, Category.PEMKAB_PEMKOT, code)
			.orElseThrow()
			.deskScore()
			.doubleValue();
	}

}
