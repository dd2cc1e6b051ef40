package id.paritrana.app.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.ImportedData;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * Re-imported employers and jury scores replace what the jury works with: conflicts are
 * derived from where the current employers data set locates an employer, and the panel
 * takes over the current jury-scores file only, even while the replaced rows are still
 * stored.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JuryReimportIntegrationTests {

	static final int YEAR = 2303;

	/** A juror affiliated with Kota Yogyakarta (34.71). */
	static final String JUROR = "r.juri1";

	static final List<String> CRITERIA = List.of("komitmen", "kepatuhan", "pekerja_rentan", "rantai_pasok",
			"penyajian");

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DatasetImport imports;

	@Autowired
	Conflicts conflicts;

	@Autowired
	JuryScoring scoring;

	@Autowired
	UserDetailsService users;

	JuryFixture fixture;

	@BeforeAll
	void level() {
		this.fixture = new JuryFixture(YEAR, this.context);
		this.fixture.juror(JUROR);
		this.fixture.member(JUROR, "KETUA", "34.71");
		this.fixture.nominee("BU_BESAR", "96330001");
		this.fixture.nominee("BU_BESAR", "96330002");
		this.fixture.nominee("BU_MENENGAH", "96330003");
	}

	@AfterAll
	void cleanUp() {
		new JuryFixture(YEAR, this.context);
	}

	/**
	 * Before the interview: employers may not be re-imported once the level is past
	 * VERIFIKASI.
	 */
	@Test
	@Order(1)
	void conflictsFollowTheCurrentEmployersOnly() {
		ImportedData.imported(this.imports, YEAR, DataSet.EMPLOYERS, "96330001,PT Satu,34.71,C,BESAR",
				"96330002,PT Dua,34.02,C,BESAR");
		assertThat(this.conflicts.conflicted(YEAR, JUROR, "96330001")).isTrue();
		assertThat(this.conflicts.conflicted(YEAR, JUROR, "96330002")).isFalse();
		// 96330001 is no longer in the file; 96330002 moved into Kota Yogyakarta
		ImportedData.reimported(this.imports, this.jdbc, YEAR, DataSet.EMPLOYERS, this::onlyTheNewLocationsCount,
				"96330002,PT Dua,34.71,C,BESAR");
		onlyTheNewLocationsCount();
	}

	private void onlyTheNewLocationsCount() {
		assertThat(this.conflicts.conflicted(YEAR, JUROR, "96330001")).isFalse();
		assertThat(this.conflicts.conflicted(YEAR, JUROR, "96330002")).isTrue();
		assertThat(this.conflicts.conflictsOf(YEAR, "34")).containsOnlyKeys(JUROR);
		assertThat(this.conflicts.conflictsOf(YEAR, "34").get(JUROR)).containsOnlyKeys("96330002");
	}

	@Test
	@Order(2)
	void thePanelTakesOverTheCurrentJuryScoresOnly() {
		this.fixture.interviewRuns();
		// the first file: juror ids J01 (60 each) and J02, who is not in the file that
		// replaces it
		ImportedData.imported(this.imports, YEAR, DataSet.JURY_SCORES,
				CRITERIA.stream()
					.flatMap(c -> List.of(row("J01", c, 60), row("J02", c, 90)).stream())
					.toArray(String[]::new));
		ImportedData.reimported(this.imports, this.jdbc, YEAR, DataSet.JURY_SCORES, () -> {
			JuryScoring.TakenOver taken = this.scoring.takeOverImported(
					(SignedInUser) this.users.loadUserByUsername(DemoUsers.PANITIA_34), YEAR, Level.PROVINSI,
					Category.BU_MENENGAH, "34");
			assertThat(taken.created()).isEqualTo(1);
		}, CRITERIA.stream().map(c -> row("J01", c, 80)).toArray(String[]::new));
		assertThat(this.scoring.importedScores(YEAR, Level.PROVINSI, Category.BU_MENENGAH))
			.containsOnlyKeys("96330003");
		assertThat(this.scoring.submittedScores(YEAR, Level.PROVINSI, Category.BU_MENENGAH, "34").jurorMeans())
			.containsExactly(Map.entry("96330003", Map.of("J01", 80.0)));
	}

	private static String row(String juror, String criterion, int score) {
		return "PROVINSI,BU_MENENGAH,96330003," + juror + "," + criterion + "," + score;
	}

}
