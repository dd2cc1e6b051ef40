package id.paritrana.app.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.Mails;
import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.UserManagement;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * What jurors are told, through a real SMTP server (GreenMail): the nominees newly
 * assigned to them (once, whoever assigns them again), and the interview of a nominee
 * they join after it was set. Province 34 of an edition of this class's own year, built
 * by {@link PanelFixture}; the same mail settings as the other message tests, so they
 * share one application context.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"paritrana.mail.send-every=PT0.2S", "paritrana.public-url=https://paritrana.example.go.id" })
class JurorMessagesIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static final int YEAR = 2042;

	static final String SCOPE = PanelFixture.SCOPE;

	static final String LINKS = "https://paritrana.example.go.id/penilaian/" + YEAR + "/PROVINSI/";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

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
	TransactionTemplate transactions;

	@BeforeEach
	void panelWithAddresses() {
		Mails.awaitOutboxQuiet(this.jdbc);
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

	private static String address(String juror) {
		return juror + "@example.test";
	}

}
