package id.paritrana.app.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.paritrana.app.IntegrationTest;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.score.JuryScores;

/**
 * 50 jurors submitting at once, and one juror's two windows racing: no score is lost, and
 * of two saves of one sheet from the same version exactly one wins while the other is
 * told its form is stale.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JuryConcurrencyIntegrationTests {

	static final int YEAR = 2962;

	static final int JURORS = 50;

	static final List<String> NOMINEES = List.of("34.01", "34.02", "34.03");

	static final List<String> CRITERIA = List.of("komitmen", "kebijakan", "inovasi", "keberlanjutan", "penyajian");

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JuryScoring scoring;

	JuryFixture fixture;

	final List<SignedInUser> jurors = new ArrayList<>();

	@BeforeAll
	void team() {
		this.fixture = new JuryFixture(YEAR, this.context);
		for (String code : NOMINEES) {
			this.fixture.nominee("PEMKAB_PEMKOT", code);
		}
		this.fixture.nominee("PEMKAB_PEMKOT", "34.04");
		for (int j = 0; j < JURORS; j++) {
			String username = "j2962.%02d".formatted(j);
			this.jurors.add(this.fixture.juror(username));
			this.fixture.member(username, (j == 0) ? "KETUA" : "ANGGOTA", null);
			for (String code : NOMINEES) {
				this.fixture.assign("PEMKAB_PEMKOT", code, username);
			}
		}
		this.fixture.assign("PEMKAB_PEMKOT", "34.04", this.jurors.get(0).getUsername());
		this.fixture.interviewRuns();
	}

	/**
	 * The score juror j gives criterion c of nominee n: distinct enough to spot a lost or
	 * crossed write.
	 */
	static int score(int j, int n, int c) {
		return (j * 7 + n * 13 + c * 3) % 101;
	}

	static Map<String, JuryScoring.Input> inputs(int j, int n) {
		Map<String, JuryScoring.Input> inputs = new LinkedHashMap<>();
		for (int c = 0; c < CRITERIA.size(); c++) {
			inputs.put(CRITERIA.get(c), new JuryScoring.Input(Integer.toString(score(j, n, c)), "juri " + j));
		}
		return inputs;
	}

	@Test
	void fiftyJurorsSubmittingAtOnceLoseNoScore() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(JURORS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> done = new ArrayList<>();
			for (int j = 0; j < JURORS; j++) {
				int juror = j;
				done.add(pool.submit(() -> {
					start.await();
					int submitted = 0;
					for (int n = 0; n < NOMINEES.size(); n++) {
						// a draft first, then the submission from the draft's version
						JuryScoring.Sheet draft = this.scoring.save(this.jurors.get(juror), YEAR, Level.PROVINSI,
								Category.PEMKAB_PEMKOT, NOMINEES.get(n), 0, Map.of(), false);
						JuryScoring.Sheet sheet = this.scoring.save(this.jurors.get(juror), YEAR, Level.PROVINSI,
								Category.PEMKAB_PEMKOT, NOMINEES.get(n), draft.version(), inputs(juror, n), true);
						submitted += (sheet.status() == JuryScoring.SheetStatus.SUBMITTED) ? 1 : 0;
					}
					return submitted;
				}));
			}
			start.countDown();
			for (Future<Integer> f : done) {
				assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(NOMINEES.size());
			}
		}
		finally {
			pool.shutdownNow();
		}
		Map<String, Integer> stored = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT s.candidate_code, s.juror_username, s.criterion, s.score FROM jury_score s JOIN jury_sheet h"
					+ " ON h.edition_year = s.edition_year AND h.score_level = s.score_level AND h.category = s.category"
					+ " AND h.candidate_code = s.candidate_code AND h.juror_username = s.juror_username"
					+ " WHERE s.edition_year = :y AND h.status = 'SUBMITTED' AND h.version = 2")
			.param("y", YEAR)
			.query((rs, row) -> stored.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3),
					rs.getInt(4)))
			.list();
		assertThat(stored).hasSize(JURORS * NOMINEES.size() * CRITERIA.size());
		for (int j = 0; j < JURORS; j++) {
			for (int n = 0; n < NOMINEES.size(); n++) {
				for (int c = 0; c < CRITERIA.size(); c++) {
					assertThat(stored
						.get(NOMINEES.get(n) + "/" + this.jurors.get(j).getUsername() + "/" + CRITERIA.get(c)))
						.isEqualTo(score(j, n, c));
				}
			}
		}
		JuryScores forDetermination = this.scoring.submittedScores(YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, "34");
		assertThat(forDetermination.size()).isEqualTo(JURORS * NOMINEES.size() * CRITERIA.size());
		assertThat(this.scoring.progress(YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, "34"))
			.filteredOn(p -> NOMINEES.contains(p.code()))
			.allSatisfy(p -> assertThat(p.submitted()).isEqualTo(JURORS));
	}

	@Test
	void ofTwoWindowsSavingTheSameVersionExactlyOneWins() throws Exception {
		SignedInUser juror = this.jurors.get(0);
		for (int round = 0; round < 5; round++) {
			int version = this.scoring.ownSheet(juror, YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, "34.04").version();
			boolean submit = round == 4;
			int thisRound = round;
			List<Callable<Object>> windows = new ArrayList<>();
			for (int w = 0; w < 2; w++) {
				int window = w;
				windows.add(() -> {
					try {
						return this.scoring.save(juror, YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, "34.04", version,
								inputs(window, thisRound), submit);
					}
					catch (StaleSheetException ex) {
						return ex;
					}
				});
			}
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Object> outcomes = new ArrayList<>();
			try {
				for (Future<Object> f : pool.invokeAll(windows)) {
					outcomes.add(f.get(60, TimeUnit.SECONDS));
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(outcomes).as("round %d from version %d", round, version)
				.filteredOn(o -> o instanceof JuryScoring.Sheet)
				.hasSize(1);
			assertThat(outcomes).filteredOn(o -> o instanceof StaleSheetException).hasSize(1);
			int winner = outcomes.get(0) instanceof JuryScoring.Sheet ? 0 : 1;
			JuryScoring.Sheet stored = this.scoring.ownSheet(juror, YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT,
					"34.04");
			assertThat(stored.version()).isEqualTo(version + 1);
			for (int c = 0; c < CRITERIA.size(); c++) {
				assertThat(stored.lines().get(c).score()).isEqualTo(score(winner, round, c));
			}
		}
	}

}
