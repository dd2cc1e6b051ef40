package id.paritrana.app.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.Mails;
import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.UserManagement;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Criterion;
import id.paritrana.engine.rubric.Level;

/**
 * What jurors are told, through a real SMTP server (GreenMail): the nominees newly
 * assigned to them (once, whoever assigns them again), the interview of a nominee they
 * join after it was set, and — a few days before their level's interviews are planned to
 * end — the sheets they have not submitted, once per sheet and end date; the tasks and
 * the progress page say the same. Province 34 of an edition of this class's own year,
 * built by {@link PanelFixture}; the same mail settings as the other message tests, so
 * they share one application context.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"paritrana.mail.send-every=PT0.2S", "paritrana.public-url=https://paritrana.example.go.id" })
class JurorMessagesIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static final int YEAR = 2042;

	static final String SCOPE = PanelFixture.SCOPE;

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static final String LINKS = "https://paritrana.example.go.id/penilaian/" + YEAR + "/PROVINSI/";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	EditionRubrics rubrics;

	@Autowired
	DatasetImport imports;

	@Autowired
	Stages stages;

	@Autowired
	Shortlists shortlists;

	@Autowired
	Panels panels;

	@Autowired
	UserManagement users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Assignments assignments;

	@Autowired
	InterviewSchedule schedule;

	@Autowired
	JuryScoring scoring;

	@Autowired
	SheetReminders reminders;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void panelWithAddresses() {
		Mails.awaitOutboxQuiet(this.jdbc);
		this.jdbc.sql("DELETE FROM sheet_reminder WHERE edition_year = :y").param("y", YEAR).update();
		PanelFixture.build(this.jdbc, this.editions, this.imports, this.stages, this.shortlists, this.panels,
				this.users, YEAR);
		for (String juror : PanelFixture.JURORS) {
			this.jdbc.sql("UPDATE app_user SET email = :e, language = :l WHERE username = :u")
				.param("e", address(juror))
				.param("l", juror.equals("t.juri3") ? "en" : "id")
				.param("u", juror)
				.update();
		}
	}

	@AfterEach
	void forgetAddresses() {
		// what this test wrote goes out while the SMTP server listens; other classes
		// assign
		// these jurors too, where none does
		try {
			Mails.awaitOutboxQuiet(this.jdbc);
		}
		finally {
			this.jdbc.sql("UPDATE app_user SET email = NULL, language = 'id' WHERE username IN (:u)")
				.param("u", PanelFixture.JURORS)
				.update();
		}
	}

	@Test
	void eachJurorIsToldOnceOfTheNomineesNewlyAssignedToThem() throws Exception {
		this.assignments.assignAs("test", YEAR, SCOPE, Category.PEMKAB_PEMKOT);
		Map<String, List<String>> nominees = nomineesByJuror(Category.PEMKAB_PEMKOT);
		assertThat(nominees).as("every juror has nominees").containsOnlyKeys(PanelFixture.JURORS);

		List<String> ofJuri3 = nominees.get("t.juri3");
		MimeMessage english = Mails.awaitOne(smtp, address("t.juri3"), "Assessment team");
		assertThat(english.getSubject()).isEqualTo("Assessment team: " + ofJuri3.size() + " nominees to score");
		String body = Mails.html(english);
		assertThat(body).contains("Dear Juri t.juri3,")
			.contains("for Daerah Istimewa Yogyakarta (edition 2042)")
			.contains("not scheduled yet");
		for (String code : PanelFixture.GOVERNMENTS) {
			assertThat(body.contains(LINKS + "PEMKAB_PEMKOT/" + code + "\"")).as("link to the sheet of %s", code)
				.isEqualTo(ofJuri3.contains(code));
			assertThat(body.contains("Pemerintah " + code)).as("nominee %s", code).isEqualTo(ofJuri3.contains(code));
		}
		MimeMessage indonesian = Mails.awaitOne(smtp, address("t.juri4"), "Penugasan Tim Penilai");
		assertThat(indonesian.getSubject())
			.isEqualTo("Penugasan Tim Penilai: " + nominees.get("t.juri4").size() + " nomine");
		assertThat(Mails.html(indonesian)).contains("Yth. Juri t.juri4,")
			.contains("Pemerintah " + nominees.get("t.juri4").get(0) + " (Pemerintah Kabupaten/Kota)")
			.contains("Jadwal wawancaranya belum ditetapkan");

		// the same assignment made again tells nobody again
		long told = messages("assignment", 0).size();
		this.assignments.assignAs("test", YEAR, SCOPE, Category.PEMKAB_PEMKOT);
		assertThat(nomineesByJuror(Category.PEMKAB_PEMKOT)).isEqualTo(nominees);
		assertThat(messages("assignment", 0)).hasSize((int) told);
	}

	@Test
	void aJurorJoiningAScheduledNomineeGetsItsInterviewAndAnAssignmentRolledBackTellsNobody() throws Exception {
		this.assignments.assignAs("test", YEAR, SCOPE, Category.PEMKAB_PEMKOT);
		String scheduled = "34.02";
		String unscheduled = "34.03";
		this.schedule.setAs("test", YEAR, SCOPE, Category.PEMKAB_PEMKOT, scheduled, new InterviewSchedule.SlotRequest(
				LocalDate.of(YEAR, 8, 12), LocalTime.of(9, 0), LocalTime.of(10, 0), "Ruang Rapat Bappeda DIY"));
		String joining = this.assignments.offered(YEAR, SCOPE, Category.PEMKAB_PEMKOT, scheduled).get(0).username();
		long marker = lastMessage();

		// the change and its message are one: rolled back, neither exists
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(tx -> {
			this.assignments.add(admin(), YEAR, SCOPE, Category.PEMKAB_PEMKOT, scheduled, joining);
			throw new IllegalStateException("the change failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(messagesTo(joining, marker)).isEmpty();
		assertThat(this.assignments.isAssigned(YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, scheduled, joining))
			.isFalse();

		this.assignments.add(admin(), YEAR, SCOPE, Category.PEMKAB_PEMKOT, scheduled, joining);
		assertThat(messagesTo(joining, marker)).as("the interview, with its calendar file, not an assignment")
			.containsExactly("interview");
		MimeMessage invitation = Mails.awaitOne(smtp, address(joining),
				joining.equals("t.juri3") ? "Interview scheduled" : "Jadwal wawancara");
		assertThat(GreenMailUtil.getWholeMessage(invitation)).contains("text/calendar")
			.contains("UID:interview-" + YEAR + "-PROVINSI-PEMKAB_PEMKOT-" + scheduled);
		assertThat(Mails.html(invitation)).contains("Ruang Rapat Bappeda DIY");

		// joining a nominee without an interview yet: told of that nominee only
		if (this.assignments.isAssigned(YEAR, Level.PROVINSI, Category.PEMKAB_PEMKOT, unscheduled, joining)) {
			this.assignments.remove(admin(), YEAR, SCOPE, Category.PEMKAB_PEMKOT, unscheduled, joining);
		}
		long beforeAdding = lastMessage();
		this.assignments.add(admin(), YEAR, SCOPE, Category.PEMKAB_PEMKOT, unscheduled, joining);
		assertThat(messagesTo(joining, beforeAdding)).containsExactly("assignment");
		String body = this.jdbc.sql("SELECT body FROM outbox_message WHERE id > :m AND recipient = :r")
			.param("m", beforeAdding)
			.param("r", joining)
			.query(String.class)
			.single();
		assertThat(body).contains(LINKS + "PEMKAB_PEMKOT/" + unscheduled + "\"")
			.doesNotContain("PEMKAB_PEMKOT/" + scheduled + "\"");
	}

	@Test
	void jurorsAreRemindedOnceOfUnsubmittedSheetsBeforeTheInterviewsEndAndAgainWhenTheEndMoves() throws Exception {
		interviewsRunning();
		LocalDate end = LocalDate.of(YEAR, 8, 20);
		this.stages.plan(admin(), YEAR, SCOPE, Stage.WAWANCARA, null, end);
		List<String> ofJuri4 = nomineesByJuror(Category.PEMKAB_PEMKOT).get("t.juri4");
		String submitted = ofJuri4.get(0);
		String draft = ofJuri4.get(1);
		SheetsOf juri4 = new SheetsOf("t.juri4");
		juri4.save(submitted, true);
		juri4.save(draft, false);

		assertThat(this.reminders.remind(at(end.minusDays(4)))).as("before the last 3 days").isZero();
		long marker = lastMessage();
		assertThat(this.reminders.remind(at(end.minusDays(2)))).as("one message per juror")
			.isEqualTo(PanelFixture.JURORS.size());
		MimeMessage reminder = Mails.awaitOne(smtp, address("t.juri4"), "Pengingat");
		int open = nomineesByJuror(Category.PEMKAB_PEMKOT).get("t.juri4").size()
				+ nomineesByJuror(Category.BU_BESAR).getOrDefault("t.juri4", List.of()).size() - 1;
		assertThat(reminder.getSubject()).isEqualTo("Pengingat: " + open + " lembar penilaian belum dikirim");
		String body = Mails.html(reminder);
		assertThat(body).contains("direncanakan selesai pada 20 Agu 2042")
			.contains("Pemerintah " + draft + " (Pemerintah Kabupaten/Kota) — Draf")
			.contains(LINKS + "PEMKAB_PEMKOT/" + draft + "\"")
			.doesNotContain("PEMKAB_PEMKOT/" + submitted + "\"");
		assertThat(Mails.html(Mails.awaitOne(smtp, address("t.juri3"), "Reminder")))
			.contains("is planned to end on Aug 20, 2042")
			.contains("Not scored");

		// once per sheet and end date, however often the job runs
		assertThat(this.reminders.remind(at(end.minusDays(1)))).isZero();
		assertThat(this.reminders.remind(at(end))).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE id > :m AND kind = 'sheetReminder'")
			.param("m", marker)
			.query(Long.class)
			.single()).isEqualTo(PanelFixture.JURORS.size());

		// the end moves: its last days remind again
		LocalDate moved = end.plusDays(7);
		this.stages.plan(admin(), YEAR, SCOPE, Stage.WAWANCARA, null, moved);
		assertThat(this.reminders.remind(at(end))).isZero();
		long beforeMoved = lastMessage();
		assertThat(this.reminders.remind(at(moved.minusDays(3)))).isEqualTo(PanelFixture.JURORS.size());
		assertThat(this.jdbc
			.sql("SELECT body FROM outbox_message WHERE id > :m AND kind = 'sheetReminder' AND recipient = 't.juri4'")
			.param("m", beforeMoved)
			.query(String.class)
			.single()).contains("27 Agu 2042");

		// the juror's tasks say by when
		String home = this.mvc.perform(get("/").with(user(this.userDetails.loadUserByUsername("t.juri4"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("Lembar penilaian Pemerintah " + draft
				+ " (Pemerintah Kabupaten/Kota) masih draf — kirim paling lambat 27 Agustus 2042");
	}

	@Test
	void theProgressPageCountsEachProvincesSubmittedSheetsOutOfThoseExpected() throws Exception {
		interviewsRunning();
		long expected = this.assignments.of(YEAR, SCOPE, null).size();
		List<String> ofJuri5 = nomineesByJuror(Category.PEMKAB_PEMKOT).get("t.juri5");
		SheetsOf juri5 = new SheetsOf("t.juri5");
		juri5.save(ofJuri5.get(0), true);
		juri5.save(ofJuri5.get(1), true);
		new SheetsOf("t.juri4").save(nomineesByJuror(Category.PEMKAB_PEMKOT).get("t.juri4").get(0), false);

		var page = Jsoup.parse(this.mvc
			.perform(get("/edisi/" + YEAR + "/kemajuan")
				.with(user(this.userDetails.loadUserByUsername(DemoUsers.ADMIN))))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#progress-table thead th").eachText()).contains("Lembar juri dikirim");
		assertThat(page.select("#progress-34 a[href='/edisi/" + YEAR + "/panel/34']").text())
			.isEqualTo("2 dari " + expected);
		assertThat(page.select("#progress-11 td")
			.get(page.select("#progress-table thead th").eachText().indexOf("Lembar juri dikirim"))
			.text()).isEqualTo("0");
	}

	/** Both categories' jurors assigned, the level's interviews running. */
	private void interviewsRunning() {
		this.assignments.assignAs("test", YEAR, SCOPE, Category.PEMKAB_PEMKOT);
		this.assignments.assignAs("test", YEAR, SCOPE, Category.BU_BESAR);
		this.stages.advanceAs("test", YEAR, SCOPE);
		assertThat(this.stages.running(YEAR, SCOPE, Stage.WAWANCARA)).isTrue();
	}

	/** A juror's sheets: saved as a draft (one score) or submitted (every score). */
	private final class SheetsOf {

		private final String juror;

		SheetsOf(String juror) {
			this.juror = juror;
		}

		void save(String code, boolean submit) {
			Map<String, JuryScoring.Input> inputs = new LinkedHashMap<>();
			List<Criterion> criteria = JurorMessagesIntegrationTests.this.rubrics.rubric(YEAR, Category.PEMKAB_PEMKOT)
				.jury()
				.orElseThrow()
				.criteria();
			for (Criterion criterion : submit ? criteria : criteria.subList(0, 1)) {
				inputs.put(criterion.id(), new JuryScoring.Input("75", ""));
			}
			JurorMessagesIntegrationTests.this.scoring.save(
					PanelFixture.user(JurorMessagesIntegrationTests.this.userDetails, this.juror), YEAR, Level.PROVINSI,
					Category.PEMKAB_PEMKOT, code, 0, inputs, submit);
		}

	}

	private Map<String, List<String>> nomineesByJuror(Category category) {
		return this.assignments.of(YEAR, SCOPE, category)
			.stream()
			.collect(Collectors.groupingBy(Assignments.Assignment::juror, TreeMap::new,
					Collectors.mapping(Assignments.Assignment::candidateCode, Collectors.toList())));
	}

	/** The kinds of the messages to a recipient written after the marker, in order. */
	private List<String> messagesTo(String recipient, long marker) {
		return this.jdbc.sql("SELECT kind FROM outbox_message WHERE id > :m AND recipient = :r ORDER BY id")
			.param("m", marker)
			.param("r", recipient)
			.query(String.class)
			.list();
	}

	/** The recipients of the messages of a kind to the panel written after the marker. */
	private List<String> messages(String kind, long marker) {
		return this.jdbc
			.sql("SELECT recipient FROM outbox_message WHERE id > :m AND kind = :k AND recipient IN (:jurors)")
			.param("m", marker)
			.param("k", kind)
			.param("jurors", PanelFixture.JURORS)
			.query(String.class)
			.list();
	}

	private long lastMessage() {
		return this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
	}

	private id.paritrana.app.security.SignedInUser admin() {
		return PanelFixture.user(this.userDetails, DemoUsers.ADMIN);
	}

	private static Instant at(LocalDate day) {
		return day.atTime(8, 0).atZone(WIB).toInstant();
	}

	private static String address(String juror) {
		return juror + "@example.test";
	}

}
