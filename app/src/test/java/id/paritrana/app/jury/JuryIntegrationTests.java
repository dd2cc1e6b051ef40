package id.paritrana.app.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.dataset.ResultGuard;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.security.UserManagement;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * Assessment teams, conflicts of interest, automatic and manual juror assignment and the
 * interview schedule of a small hand-made provincial level (see {@link PanelFixture}), on
 * H2 and on PostgreSQL when configured.
 */
@IntegrationTest
class JuryIntegrationTests {

	static final int YEAR = 2082;

	static final String SCOPE = PanelFixture.SCOPE;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	Stages stages;

	@Autowired
	DatasetImport imports;

	@Autowired
	ResultGuard guard;

	@Autowired
	Shortlists shortlists;

	@Autowired
	Panels panels;

	@Autowired
	Conflicts conflicts;

	@Autowired
	Assignments assignments;

	@Autowired
	InterviewSchedule schedule;

	@Autowired
	UserManagement users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	MockMvc mvc;

	SignedInUser committee;

	@BeforeEach
	void level() {
		PanelFixture.build(this.jdbc, this.editions, this.imports, this.stages, this.shortlists, this.panels,
				this.users, YEAR);
		this.committee = PanelFixture.user(this.userDetails, DemoUsers.PANITIA_34);
	}

	@Test
	void theDataGuardCountsTheShortlistedLevelsCandidatesWithDeskScores() {
		// at SELEKSI the level is past VERIFIKASI: a re-import would reach its 5 + 3
		// scored candidates
		assertThat(this.guard.settled(YEAR)).singleElement().satisfies(level -> {
			assertThat(level.scope()).isEqualTo(SCOPE);
			assertThat(level.candidates()).isEqualTo(8);
		});
	}

	@Test
	void conflictsAreDerivedFromAffiliationAndDeclared() {
		// t.juri1 is affiliated with Kota Yogyakarta: the city, its province and the
		// employers located there
		assertThat(this.conflicts.between(YEAR, "t.juri1", "34.71")).get()
			.extracting(Conflicts.Conflict::kind)
			.isEqualTo(Conflicts.Kind.DERIVED);
		assertThat(this.conflicts.conflicted(YEAR, "t.juri1", "34")).isTrue();
		assertThat(this.conflicts.conflicted(YEAR, "t.juri1", "90000001")).isTrue();
		assertThat(this.conflicts.conflicted(YEAR, "t.juri1", "34.01")).isFalse();
		assertThat(this.conflicts.conflicted(YEAR, "t.juri1", "90000002")).isFalse();
		// t.juri2 is affiliated with employer 90000002 only
		assertThat(this.conflicts.conflicted(YEAR, "t.juri2", "90000002")).isTrue();
		assertThat(this.conflicts.conflicted(YEAR, "t.juri2", "34.02")).isFalse();

		SignedInUser juror = PanelFixture.user(this.userDetails, "t.juri3");
		assertThatThrownBy(() -> this.conflicts.declare(juror, YEAR, "34.01", " "))
			.isInstanceOf(InvalidInputException.class);
		this.conflicts.declare(juror, YEAR, "34.01", "Saudara kandung bupati");
		assertThat(this.conflicts.between(YEAR, "t.juri3", "34.01")).get()
			.extracting(Conflicts.Conflict::kind, Conflicts.Conflict::basis)
			.containsExactly(Conflicts.Kind.DECLARED, "Saudara kandung bupati");
		assertThat(this.conflicts.conflictsOf(YEAR, SCOPE).get("t.juri3")).containsOnlyKeys("34.01");
		assertThat(audited("CONFLICT_DECLARED", YEAR + "/t.juri3/34.01")).contains("Saudara kandung bupati");
		// a juror declares only against nominees of their own panels; others do not
		// declare at all
		assertThatThrownBy(() -> this.conflicts.declare(juror, YEAR, "35.01", "x"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.conflicts.declare(this.committee, YEAR, "34.02", "x"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void automaticAssignmentIsBalancedAtLeastTheMinimumNeverAcrossAConflictAndDeterministic() {
		this.conflicts.declare(PanelFixture.user(this.userDetails, "t.juri3"), YEAR, "34.01", "Keluarga");
		Assignments.Assigned governments = this.assignments.assign(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT);
		Assignments.Assigned employers = this.assignments.assign(this.committee, YEAR, SCOPE, Category.BU_BESAR);
		assertThat(governments.jurorsByNominee()).containsOnlyKeys(PanelFixture.GOVERNMENTS);
		assertThat(employers.jurorsByNominee()).containsOnlyKeys(PanelFixture.EMPLOYERS);

		List<Assignments.Assignment> all = this.assignments.of(YEAR, SCOPE, null);
		assertThat(all).hasSize(3 * (PanelFixture.GOVERNMENTS.size() + PanelFixture.EMPLOYERS.size()));
		Map<String, List<String>> byNominee = Assignments.byNominee(all);
		byNominee.forEach((candidate, jurors) -> {
			assertThat(jurors).as(candidate).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
			jurors.forEach(
					j -> assertThat(this.conflicts.conflicted(YEAR, j, candidate)).as(j + " × " + candidate).isFalse());
		});
		assertThat(byNominee.get("34.71")).doesNotContain("t.juri1");
		assertThat(byNominee.get("90000001")).doesNotContain("t.juri1");
		assertThat(byNominee.get("90000002")).doesNotContain("t.juri2");
		assertThat(byNominee.get("34.01")).doesNotContain("t.juri3");
		IntSummaryStatistics loads = loads(all).values().stream().mapToInt(Integer::intValue).summaryStatistics();
		assertThat(loads.getMax() - loads.getMin()).as("loads %s", loads(all)).isLessThanOrEqualTo(1);
		assertThat(this.assignments.isAssigned(YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, "34.02",
				byNominee.get("34.02").get(0)))
			.isTrue();

		// the same panel, nominees, conflicts and other categories' loads give the same
		// assignment
		this.assignments.assign(this.committee, YEAR, SCOPE, Category.BU_BESAR);
		assertThat(Assignments.byNominee(this.assignments.of(YEAR, SCOPE, null))).isEqualTo(byNominee);
		this.jdbc.sql("DELETE FROM jury_assignment WHERE edition_year = :y").param("y", YEAR).update();
		this.assignments.assign(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT);
		this.assignments.assign(this.committee, YEAR, SCOPE, Category.BU_BESAR);
		assertThat(Assignments.byNominee(this.assignments.of(YEAR, SCOPE, null))).isEqualTo(byNominee);
		assertThat(audited("JURORS_ASSIGNED", YEAR + "/PROVINSI/PEMKAB_PEMKOT/34")).contains("jurorsByNominee");
	}

	@Test
	void anImpossibleAssignmentNamesTheNomineeAndChangesNothing() {
		this.assignments.assign(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT);
		List<Assignments.Assignment> before = this.assignments.of(YEAR, SCOPE, null);
		this.editions.setMinJurorsPerNominee("test", YEAR, 5);
		assertThatThrownBy(() -> this.assignments.assign(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.problems()).hasSize(1);
				assertThat(ex.problems().get(0).messageKey()).isEqualTo("assignment.error.tooFew");
				assertThat(ex.problems().get(0).args()).containsSequence("34.71", "Pemerintah 34.71", 4, 5, 1);
			});
		assertThat(this.assignments.of(YEAR, SCOPE, null)).isEqualTo(before);
		assertThatThrownBy(() -> this.editions.setMinJurorsPerNominee("test", YEAR, 21))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aConflictedJurorIsNeverOfferedAndAForgedAssignmentIsRefusedAndAudited() throws Exception {
		this.assignments.assign(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT);
		assertThat(this.assignments.offered(YEAR, SCOPE, Category.PEMKAB_PEMKOT, "34.71"))
			.extracting(Panels.Member::username)
			.doesNotContain("t.juri1");
		assertThatThrownBy(
				() -> this.assignments.add(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT, "34.71", "t.juri1"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("assignment.error.conflict"));
		assertThat(audited("JUROR_ASSIGNMENT_REFUSED", YEAR + "/PROVINSI/PEMKAB_PEMKOT/34.71/t.juri1"))
			.contains("DERIVED");
		this.mvc
			.perform(put("/api/v1/editions/{y}/levels/34/assignments/PEMKAB_PEMKOT/34.71/t.juri1", YEAR).with(csrf())
				.with(user(this.committee))
				.contentType(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest());
		assertThat(this.assignments.isAssigned(YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, "34.71", "t.juri1"))
			.isFalse();

		// reassigning by hand: one juror off, another without a conflict on
		List<String> jurors = Assignments.byNominee(this.assignments.of(YEAR, SCOPE, Category.PEMKAB_PEMKOT))
			.get("34.71");
		String off = jurors.get(0);
		this.assignments.remove(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT, "34.71", off);
		String on = this.assignments.offered(YEAR, SCOPE, Category.PEMKAB_PEMKOT, "34.71")
			.stream()
			.map(Panels.Member::username)
			.filter(j -> !j.equals(off))
			.findFirst()
			.orElseThrow();
		this.assignments.add(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT, "34.71", on);
		assertThat(this.assignments.isAssigned(YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, "34.71", on)).isTrue();
		assertThat(this.assignments.isAssigned(YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, "34.71", off)).isFalse();
		assertThat(audited("JUROR_UNASSIGNED", YEAR + "/PROVINSI/PEMKAB_PEMKOT/34.71/" + off)).isNotNull();
	}

	@Test
	void assignmentsFollowTheStagesAndTheScope() {
		SignedInUser other = PanelFixture.user(this.userDetails, DemoUsers.VERIFIKATOR_34);
		assertThatThrownBy(() -> this.assignments.assign(other, YEAR, SCOPE, Category.PEMKAB_PEMKOT))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.assignments.assign(this.committee, YEAR, "65", Category.PEMKAB_PEMKOT))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.assignments.assign(this.committee, YEAR, SCOPE, Category.UKM))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("assignment.error.noInterview"));
		// the nominees have no jurors yet, nor sheets later: the secretariat moves on
		// regardless
		this.stages.advanceAs("test", YEAR, SCOPE, "penugasan saat wawancara"); // WAWANCARA:
																				// still
																				// open
		this.assignments.assign(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT);
		this.stages.advanceAs("test", YEAR, SCOPE, "tanpa lembar penilaian"); // PENETAPAN:
																				// closed
		assertThatThrownBy(() -> this.assignments.assign(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("assignment.error.stage"));
	}

	@Test
	void aTeamHasOneChairAndOnlyJurorsOfItsProvince() {
		assertThat(this.panels.chairOf(YEAR, SCOPE)).contains("t.juri1");
		assertThat(this.panels.isChair(YEAR, SCOPE, "t.juri1")).isTrue();
		assertThat(this.panels.isChair(YEAR, SCOPE, "t.juri2")).isFalse();
		assertThatThrownBy(() -> this.panels.save(this.committee, YEAR, SCOPE, "t.juri3",
				new Panels.MemberDetails(Panels.PanelRole.KETUA, "Dinas", null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(InvalidInputException.Problem::messageKey)
						.containsExactly("panel.error.secondChair"));
		assertThatThrownBy(() -> this.panels.save(this.committee, YEAR, SCOPE, DemoUsers.VERIFIKATOR_34,
				new Panels.MemberDetails(Panels.PanelRole.ANGGOTA, "", "99.99", "x")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(InvalidInputException.Problem::messageKey)
						.containsExactly("panel.error.notJuror", "panel.error.agency", "panel.error.region",
								"panel.error.npp"));
		// the national juror has no province: not a member of province 34's team
		assertThatThrownBy(() -> this.panels.save(this.committee, YEAR, SCOPE, DemoUsers.PENILAI,
				new Panels.MemberDetails(Panels.PanelRole.ANGGOTA, "Ahli", null, null)))
			.isInstanceOf(InvalidInputException.class);
		// the national jury is the secretariat's
		assertThatThrownBy(() -> this.panels.save(this.committee, YEAR, Stages.NATIONAL, DemoUsers.PENILAI,
				new Panels.MemberDetails(Panels.PanelRole.KETUA, "Ahli", null, null)))
			.isInstanceOf(AccessDeniedException.class);
		this.panels.save(PanelFixture.user(this.userDetails, DemoUsers.ADMIN), YEAR, Stages.NATIONAL, DemoUsers.PENILAI,
				new Panels.MemberDetails(Panels.PanelRole.KETUA, "Ahli", null, null));
		assertThat(this.panels.chairOf(YEAR, Stages.NATIONAL)).contains(DemoUsers.PENILAI);
		// a juror with assignments stays until they are moved
		this.assignments.assign(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT);
		assertThatThrownBy(() -> this.panels.remove(this.committee, YEAR, SCOPE, "t.juri5"))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void interviewsOfOneTeamNeverOverlap() {
		this.assignments.assign(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT);
		LocalDate day = LocalDate.of(YEAR, 8, 5);
		this.schedule.set(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT, "34.71",
				new InterviewSchedule.SlotRequest(day, LocalTime.of(9, 0), LocalTime.of(10, 0), "Ruang Sekda"));
		assertThatThrownBy(() -> this.schedule.set(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT, "34.01",
				new InterviewSchedule.SlotRequest(day, LocalTime.of(9, 30), LocalTime.of(10, 30), "Ruang Sekda")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.problems().get(0).messageKey()).isEqualTo("schedule.error.overlap");
				assertThat(ex.problems().get(0).args()[0]).isEqualTo("34.71");
			});
		assertThatThrownBy(() -> this.schedule.set(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT, "34.01",
				new InterviewSchedule.SlotRequest(day, LocalTime.of(11, 0), LocalTime.of(10, 0), "")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(InvalidInputException.Problem::messageKey)
						.containsExactly("schedule.error.endBeforeStart", "schedule.error.place"));
		this.schedule.set(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT, "34.01",
				new InterviewSchedule.SlotRequest(day, LocalTime.of(10, 0), LocalTime.of(11, 0),
						"https://meet.example/34"));
		// moving a nominee's own slot is not an overlap with itself
		this.schedule.set(this.committee, YEAR, SCOPE, Category.PEMKAB_PEMKOT, "34.71",
				new InterviewSchedule.SlotRequest(day, LocalTime.of(8, 30), LocalTime.of(9, 30), "Ruang Sekda"));
		List<InterviewSchedule.Slot> slots = this.schedule.of(YEAR, SCOPE);
		assertThat(slots).extracting(InterviewSchedule.Slot::candidateCode).containsExactly("34.71", "34.01");
		assertThat(slots.get(0).jurors()).hasSize(3);
		String juror = slots.get(0).jurors().get(0);
		assertThat(this.schedule.ofJuror(YEAR, juror)).extracting(InterviewSchedule.Slot::candidateCode)
			.contains("34.71");
		assertThat(this.schedule.byDay(YEAR, SCOPE)).containsOnlyKeys(day);
	}

	@Test
	void theJsonApiServesTheTeamAssignmentsAndScheduleAndIsDescribedInOpenApi() throws Exception {
		this.mvc
			.perform(post("/api/v1/editions/{y}/levels/34/assignments/PEMKAB_PEMKOT", YEAR).with(csrf())
				.with(user(this.committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minimum").value(3));
		this.mvc.perform(get("/api/v1/editions/{y}/levels/34/panel", YEAR).with(user(this.committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.chair").value("t.juri1"))
			.andExpect(jsonPath("$.members.length()").value(PanelFixture.JURORS.size()));
		this.mvc
			.perform(get("/api/v1/editions/{y}/levels/34/assignments/PEMKAB_PEMKOT/34.71/offered", YEAR)
				.with(user(this.committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("t.juri1"))));
		this.mvc
			.perform(put("/api/v1/editions/{y}/levels/34/schedule/PEMKAB_PEMKOT/34.02", YEAR).with(csrf())
				.with(user(this.committee))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\":\"" + YEAR + "-08-06\",\"start\":\"09:00\",\"end\":\"08:00\",\"place\":\"Aula\"}"))
			.andExpect(status().isBadRequest());
		String juror = Assignments.byNominee(this.assignments.of(YEAR, SCOPE, Category.PEMKAB_PEMKOT))
			.get("34.02")
			.get(0);
		this.mvc
			.perform(get("/api/v1/editions/{y}/my-assessment", YEAR)
				.with(user(PanelFixture.user(this.userDetails, juror))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.panels[0]").value(SCOPE))
			.andExpect(jsonPath("$.assignments[*].candidateCode", org.hamcrest.Matchers.hasItem("34.02")));
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/editions/{year}/levels/{scope}/shortlists/{category}'].post.summary")
				.exists())
			.andExpect(jsonPath("$.paths['/api/v1/editions/{year}/levels/{scope}/assignments/{category}'].post.summary")
				.exists());
	}

	private static Map<String, Integer> loads(Collection<Assignments.Assignment> all) {
		Map<String, Integer> loads = new java.util.TreeMap<>();
		PanelFixture.JURORS.forEach(j -> loads.put(j, 0));
		all.forEach(a -> loads.merge(a.juror(), 1, Integer::sum));
		return loads;
	}

	/**
	 * The after (or before) state of the newest audit entry of an action on an entity.
	 */
	private String audited(String action, String entityId) {
		return this.jdbc
			.sql("SELECT COALESCE(after_json, before_json) FROM audit_log WHERE action = :a AND entity_id = :e"
					+ " ORDER BY id DESC")
			.param("a", action)
			.param("e", entityId)
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
	}

}
