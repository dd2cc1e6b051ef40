package id.paritrana.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.result.ResultRow;
import id.paritrana.engine.score.CategoryResult;
import id.paritrana.app.certificate.Certificate;
import id.paritrana.app.certificate.Certificates;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.result.Determinations;
import id.paritrana.app.result.Results;
import id.paritrana.app.result.Snapshot;
import id.paritrana.app.result.Winner;
import id.paritrana.app.system.Outbox;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * The demo edition ends with Gorontalo's level determined by the demo and its winners
 * promoted to the national level, with interview scores from the imported jury-scores
 * data set; its committee and the operator of a winner read what the determination and
 * the certificates told them; seeding again changes nothing. (A year of its own, as the
 * test database is shared.)
 */
@IntegrationTest
class DemoDeterminationIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Results results;

	@Autowired
	Determinations determinations;

	@Autowired
	Stages stages;

	@Autowired
	Certificates certificates;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Outbox outbox;

	/**
	 * How many UKM candidates share juara 1 in the demo with the default rubric of DESIGN
	 * §4.3 (docs/ties.md): Gorontalo (determined) and DI Yogyakarta (still in its
	 * interviews).
	 */
	static final int UKM_JUARA_1_GORONTALO = 14;

	static final int UKM_JUARA_1_YOGYAKARTA = 43;

	@Test
	void theDefaultUkmRubricLeavesFewSharingJuara1AndTheResultsPageWarnsOfTheRest() throws Exception {
		int year = 2089;
		DemoSeeding.demo(this.context).seed(year, "2089 (demo — data sintetis)");
		Snapshot gorontalo = this.results.current(year, DemoDetermination.PROVINCE).orElseThrow();
		assertThat(this.results.rows(gorontalo.id()))
			.filteredOn(r -> r.category() == Category.UKM && Integer.valueOf(1).equals(r.finalRank()))
			.extracting(ResultRow::finalScore)
			.hasSize(UKM_JUARA_1_GORONTALO)
			.as("all on the same score: candidates identical on every measure")
			.containsOnly(this.results.rows(gorontalo.id())
				.stream()
				.filter(r -> r.category() == Category.UKM && Integer.valueOf(1).equals(r.finalRank()))
				.findFirst()
				.orElseThrow()
				.finalScore());
		CategoryResult yogyakarta = this.determinations.finalResult(year, "34", Category.UKM).result();
		long sharing = java.util.stream.IntStream.range(0, yogyakarta.size())
			.filter(i -> yogyakarta.finalRank(i) == 1)
			.count();
		assertThat(sharing).isEqualTo(UKM_JUARA_1_YOGYAKARTA);

		this.mvc.perform(get("/edisi/" + year + "/hasil/34").with(user(this.users.loadUserByUsername(DemoUsers.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"result-ties\"")))
			.andExpect(content().string(containsString("result-tie-shared")))
			.andExpect(content().string(containsString(UKM_JUARA_1_YOGYAKARTA + " kandidat berbagi juara 1")));
	}

	@Test
	void theDemoDeterminesGorontaloAndPromotesItsWinnersOnce() {
		int year = 2089;
		String name = "2089 (demo — data sintetis)";
		DemoEdition demo = DemoSeeding.demo(this.context);
		demo.seed(year, name);
		Snapshot snapshot = this.results.current(year, DemoDetermination.PROVINCE).orElseThrow();
		assertThat(snapshot.determinedBy()).isEqualTo("demo");
		assertThat(snapshot.revision()).isEqualTo(1);
		assertThat(this.results.verify(snapshot.id()).valid()).isTrue();
		assertThat(this.stages.current(year, DemoDetermination.PROVINCE)).isEqualTo(Stage.PENGANUGERAHAN);
		assertThat(this.results.winners(year)).filteredOn(w -> w.place() == 1)
			.extracting(Winner::category)
			.contains(Category.PEMKAB_PEMKOT, Category.BU_BESAR, Category.UKM);
		assertThat(this.results.rows(snapshot.id())).as("interviewed with the imported jury scores")
			.anyMatch(r -> r.juryScore() != null);
		assertThat(this.determinations.promoted(year)).containsKeys(Category.PEMKAB_PEMKOT, Category.UKM);
		assertThat(this.results.winners(year))
			.allMatch(w -> w.level() == Level.PROVINSI && w.scope().equals(DemoDetermination.PROVINCE));

		// the certificates of Gorontalo's winners, issued from that snapshot
		List<Certificate> issued = this.certificates.current(year, DemoDetermination.PROVINCE);
		assertThat(issued).hasSize(this.results.winners(year).size())
			.allMatch(c -> c.snapshotId() == snapshot.id() && c.valid());

		demo.seed(year, name);
		assertThat(this.results.revisions(year, DemoDetermination.PROVINCE)).containsExactly(snapshot);
	}

	@Test
	void gorontalosCommitteeAndOperatorReadWhatItsDeterminationAndCertificatesTold() {
		int year = 2089;
		DemoSeeding.demo(this.context).seed(year, "2089 (demo — data sintetis)");
		List<Outbox.Message> committee = this.outbox.of("panitia.gorontalo", 500)
			.stream()
			.filter(m -> m.subject().contains(Integer.toString(year)))
			.toList();
		assertThat(committee).extracting(Outbox.Message::kind).contains("stage").containsOnlyOnce("resultDetermined");
		assertThat(committee).allMatch(m -> m.status() == Outbox.Status.IN_APP);

		List<Outbox.Message> operator = this.outbox.of("operator.gorontalo", 500)
			.stream()
			.filter(m -> m.subject().contains(Integer.toString(year)))
			.toList();
		ResultRow kabupaten = this.results
			.rows(this.results.current(year, DemoDetermination.PROVINCE).orElseThrow().id())
			.stream()
			.filter(r -> r.candidateCode().equals("75.01"))
			.findFirst()
			.orElseThrow();
		assertThat(kabupaten.juara()).as("Kabupaten Gorontalo, the demo's operator's, is a winner").isPositive();
		assertThat(operator).extracting(Outbox.Message::kind).containsExactlyInAnyOrder("resultOutcome", "certificate");
		assertThat(operator).filteredOn(m -> m.kind().equals("resultOutcome"))
			.singleElement()
			.satisfies(m -> assertThat(m.body()).contains("Kabupaten Gorontalo meraih Juara " + kabupaten.juara()));
		Certificate certificate = this.certificates.current(year, DemoDetermination.PROVINCE)
			.stream()
			.filter(c -> c.candidateCode().equals("75.01"))
			.findFirst()
			.orElseThrow();
		assertThat(operator).filteredOn(m -> m.kind().equals("certificate"))
			.singleElement()
			.satisfies(m -> assertThat(m.body()).contains("/verifikasi/" + certificate.code()));
	}

}
