package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.Mails;
import id.paritrana.app.demo.DemoPdf;
import id.paritrana.app.demo.DemoSeeding;
import id.paritrana.app.evidence.EvidenceForm;
import id.paritrana.app.evidence.EvidenceItem;
import id.paritrana.app.evidence.EvidenceRecords;
import id.paritrana.app.edition.StagePreconditions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.jury.InterviewSchedule;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.UserAccount;
import id.paritrana.app.security.UserManagement;

/**
 * Messages reach a real SMTP server (GreenMail, in the test JVM): an invitation whose
 * one-time link sets the password once, a reset that expires and tells nobody which
 * accounts exist, a rejected piece of evidence with the verifier's reason, each in its
 * recipient's language; the outbox sends every message once, never twice.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"paritrana.mail.send-every=PT0.2S", "paritrana.public-url=https://paritrana.example.go.id" })
class MailIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static final Pattern LINK = Pattern.compile("https://paritrana\\.example\\.go\\.id(/masuk/tautan/[A-Za-z0-9_-]+)");

	static final String PASSWORD = "kopi tubruk di malioboro";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UserManagement accounts;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void quiet() {
		// messages of earlier tests are out before each one starts
		Mails.awaitOutboxQuiet(this.jdbc);
		smtp.reset();
	}

	@Test
	void anInvitedAccountSetsItsOwnPasswordOnceFromTheLink() throws Exception {
		this.mvc
			.perform(post("/api/v1/users").with(csrf())
				.with(user(this.users.loadUserByUsername(DemoUsers.ADMIN)))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "juri.undangan", "displayName": "Dewi Lestari", "role": "PENILAI",
						 "provinceCode": "34", "email": "Dewi.Lestari@Example.test"}"""))
			.andExpect(status().isCreated());

		MimeMessage invitation = received(1).get(0);
		assertThat(invitation.getAllRecipients()[0]).hasToString("dewi.lestari@example.test");
		assertThat(invitation.getSubject()).isEqualTo("Undangan ke Paritrana: atur kata sandi Anda");
		String body = GreenMailUtil.getBody(invitation);
		assertThat(body).contains("Yth. Dewi Lestari,").contains("juri.undangan").contains("Penilai");
		String link = link(body);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM sign_in_link WHERE token_hash LIKE :t")
			.param("t", "%" + link.substring(link.lastIndexOf('/') + 1) + "%")
			.query(Long.class)
			.single()).as("only the token's hash is stored").isZero();

		assertThat(this.mvc.perform(get(link)).andReturn().getResponse().getContentAsString())
			.contains("id=\"link-username\">juri.undangan<");
		this.mvc.perform(post(link).with(csrf()).param("password", "rahasia").param("confirmation", "rahasia"))
			.andExpect(status().isOk());
		this.mvc.perform(post(link).with(csrf()).param("password", PASSWORD).param("confirmation", PASSWORD))
			.andExpect(redirectedUrl("/login?passwordSet"));
		this.mvc.perform(formLogin("/login").user("juri.undangan").password(PASSWORD)).andExpect(authenticated());

		// a link works once
		assertThat(this.mvc.perform(get(link)).andReturn().getResponse().getContentAsString())
			.contains("id=\"link-invalid\"");
		this.mvc
			.perform(post(link).with(csrf())
				.param("password", "teh poci di alun-alun")
				.param("confirmation", "teh poci di alun-alun"))
			.andExpect(status().isOk());
		this.mvc.perform(formLogin("/login").user("juri.undangan").password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aResetLinkIsInTheAccountsLanguageExpiresAndTellsNobodyWhichAccountsExist() throws Exception {
		this.accounts.createAccount("test", "verifikator.en", "nasi goreng kampung pedas", new UserManagement.Details(
				"Budi Santoso", Role.VERIFIKATOR, "34", null, null, true, "budi@example.test", "en"));
		received(1);
		smtp.reset();

		String unknown = this.mvc.perform(post("/masuk/lupa").with(csrf()).param("name", "tidak.ada"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String known = this.mvc.perform(post("/masuk/lupa").with(csrf()).param("name", "BUDI@example.test"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknown).contains("id=\"forgotten-requested\"");
		assertThat(known).contains("id=\"forgotten-requested\"");

		MimeMessage reset = received(1).get(0);
		assertThat(reset.getSubject()).isEqualTo("Reset your Paritrana password");
		String link = link(GreenMailUtil.getBody(reset));
		assertThat(this.mvc.perform(get(link)).andReturn().getResponse().getContentAsString())
			.contains("id=\"link-username\">verifikator.en<");
		this.jdbc.sql("UPDATE sign_in_link SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE").update();
		assertThat(this.mvc.perform(get(link)).andReturn().getResponse().getContentAsString())
			.contains("id=\"link-invalid\"");
		this.mvc.perform(post(link).with(csrf()).param("password", PASSWORD).param("confirmation", PASSWORD))
			.andExpect(status().isOk());
		this.mvc.perform(formLogin("/login").user("verifikator.en").password(PASSWORD)).andExpect(unauthenticated());
	}

	@Test
	void aRejectedPieceOfEvidenceTellsItsOperatorsWhy() throws Exception {
		// a year of this test's own: other classes seed fixed years of their own
		int year = 2076;
		DemoSeeding.seedData(this.context, year);
		this.accounts.createAccount("test", "operator.bantul.mail", "gudeg manggar bantul pagi",
				new UserManagement.Details("Sri Rahayu", Role.OPERATOR_PEMDA, null, "34.02", null, true,
						"sri@example.test", "id"));
		received(1);
		smtp.reset();

		EvidenceRecords evidence = this.context.getBean(EvidenceRecords.class);
		EvidenceItem item = evidence.uploadAs(
				"operator.bantul.mail", year, "34.02", new EvidenceForm("MOU", "", "MoU/9/2023", "2023",
						"Nota kesepahaman pekerja desa", "BPJS Ketenagakerjaan", "", ""),
				"mou.pdf", DemoPdf.of("MoU 34.02", "MoU/9/2023"));
		evidence.verifyAs(DemoUsers.VERIFIKATOR_34, year, item.id(), "DITOLAK", "Tanda tangan pihak kedua tidak ada.");

		MimeMessage message = received(1).get(0);
		assertThat(message.getAllRecipients()[0]).hasToString("sri@example.test");
		assertThat(message.getSubject()).isEqualTo("Bukti \"Nota kesepahaman pekerja desa\": Ditolak");
		assertThat(GreenMailUtil.getBody(message)).contains("Tanda tangan pihak kedua tidak ada.")
			.contains("Kabupaten Bantul")
			.contains("https://paritrana.example.go.id/edisi/" + year + "/bukti/" + item.id());
	}

	@Test
	void theJurorsOfANomineeAreInvitedToItsInterviewWithACalendarFile() throws Exception {
		int year = 2077;
		DemoSeeding.seedThroughJuries(this.context, year);
		InterviewSchedule schedule = this.context.getBean(InterviewSchedule.class);
		InterviewSchedule.Slot slot = schedule.of(year, "34").get(0);
		String juror = slot.jurors().get(0);
		UserAccount account = this.accounts.findUsername(juror).orElseThrow();
		this.jdbc.sql("UPDATE app_user SET email = 'juri.wawancara@example.test' WHERE username = :u")
			.param("u", juror)
			.update();
		try {
			schedule.setAs("test", year, "34", slot.category(), slot.candidateCode(), new InterviewSchedule.SlotRequest(
					slot.date().plusDays(30), LocalTime.of(9, 0), LocalTime.of(10, 0), "https://meet.example/dpr-34"));

			Awaitility.await("the invitation")
				.atMost(Duration.ofSeconds(30))
				.until(() -> to("juri.wawancara@example.test").isPresent());
			MimeMessage invitation = to("juri.wawancara@example.test").orElseThrow();
			assertThat(invitation.getSubject()).isEqualTo("Jadwal wawancara: " + slot.candidateName());
			String mime = GreenMailUtil.getWholeMessage(invitation);
			assertThat(mime).contains("text/calendar")
				.contains("wawancara-" + slot.candidateCode() + ".ics")
				.contains("BEGIN:VCALENDAR")
				.contains("METHOD:REQUEST")
				.contains("UID:interview-" + year + "-PROVINSI-" + slot.category() + "-" + slot.candidateCode())
				// 09.00 WIB is 02.00 UTC
				.contains("DTSTART:" + slot.date().plusDays(30).toString().replace("-", "") + "T020000Z")
				.contains("LOCATION:https://meet.example/dpr-34");
			assertThat(GreenMailUtil.getBody(invitation)).contains("09.00").contains("https://meet.example/dpr-34");

			// the other jurors, without an e-mail address, read it in the application
			String other = slot.jurors().get(1);
			assertThat(this.outbox.of(other, 10)).first().satisfies(m -> {
				assertThat(m.status()).isEqualTo(Outbox.Status.IN_APP);
				assertThat(m.attachmentName()).isEqualTo("wawancara-" + slot.candidateCode() + ".ics");
			});
			assertThat(this.mvc.perform(get("/pesan").with(user(this.users.loadUserByUsername(other))))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("Jadwal wawancara: " + slot.candidateName());
		}
		finally {
			this.jdbc.sql("UPDATE app_user SET email = :e WHERE username = :u")
				.param("e", account.email())
				.param("u", juror)
				.update();
		}
	}

	@Test
	void aStageMoveTellsTheCommitteeAndVerifiersOfTheProvince() throws Exception {
		int year = 2096;
		DemoSeeding.seedData(this.context, year);
		this.accounts.createAccount("test", "panitia.kaltara.mail", "kepiting bakau tarakan",
				new UserManagement.Details("Panitia Kaltara", Role.PANITIA_PROVINSI, "65", null, null, true,
						"panitia.kaltara@example.test", "id"));
		Stages stages = this.context.getBean(Stages.class);
		Awaitility.await("recomputations of " + year)
			.atMost(Duration.ofMinutes(1))
			.until(() -> stages.preconditions(year, "65", EnumSet.of(StagePreconditions.Check.RECOMPUTATION_PENDING))
				.isEmpty());

		stages.advanceAs("test", year, "65");

		Awaitility.await("the stage message").atMost(Duration.ofSeconds(30)).until(() -> stageMessage().isPresent());
		MimeMessage message = stageMessage().orElseThrow();
		assertThat(message.getSubject()).isEqualTo("Kalimantan Utara: tahap Seleksi (edisi " + year + ")");
		assertThat(GreenMailUtil.getBody(message)).contains("Tahap Verifikasi untuk Kalimantan Utara")
			.contains("telah selesai")
			.contains("Tahap Seleksi untuk Kalimantan Utara")
			.contains("/edisi/" + year + "/tahap/65");
	}

	private static Optional<MimeMessage> stageMessage() throws jakarta.mail.MessagingException {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (GreenMailUtil.getAddressList(message.getAllRecipients()).equals("panitia.kaltara@example.test")
					&& message.getSubject().contains("Seleksi")) {
				return Optional.of(message);
			}
		}
		return Optional.empty();
	}

	@Test
	void eachMessageGoesOutOnceEvenWithSendersRacingAndAnInterruptedOneIsNeverSentAgainUnasked() throws Exception {
		long id = this.transactions.execute(tx -> enqueue("sekali"));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Callable<Integer>> senders = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			senders.add(this.sender::sendDue);
		}
		pool.invokeAll(senders);
		pool.shutdown();
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> stateOf(id) == Outbox.Status.SENT);
		Thread.sleep(500);
		assertThat(smtp.getReceivedMessages()).hasSize(1);

		// a crash after the claim: the message may have gone out, so it is not sent again
		long interrupted = this.transactions.execute(tx -> enqueue("terputus"));
		this.jdbc.sql("UPDATE outbox_message SET status = 'SENDING' WHERE id = :id").param("id", interrupted).update();
		this.sender.recoverInterrupted();
		this.sender.sendDue();
		assertThat(stateOf(interrupted)).isEqualTo(Outbox.Status.FAILED);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		String page = this.mvc
			.perform(get("/admin/pesan/" + interrupted).with(user(this.users.loadUserByUsername(DemoUsers.ADMIN))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Pengiriman terputus").contains("id=\"message-resend\"");

		this.mvc
			.perform(post("/admin/pesan/" + interrupted + "/kirim-ulang").with(csrf())
				.with(user(this.users.loadUserByUsername(DemoUsers.ADMIN))))
			.andExpect(redirectedUrl("/admin/pesan/" + interrupted));
		received(2);

		// a message written in a transaction that rolls back never exists
		long before = this.jdbc.sql("SELECT COUNT(*) FROM outbox_message").query(Long.class).single();
		try {
			this.transactions.executeWithoutResult(tx -> {
				enqueue("batal");
				throw new IllegalStateException("the change failed");
			});
		}
		catch (IllegalStateException expected) {
			// the change and its message are gone together
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM outbox_message").query(Long.class).single()).isEqualTo(before);
	}

	private long enqueue(String name) {
		return this.outbox.enqueue(new Outbox.Recipient("uji." + name, name + "@example.test", "id"), "reset",
				new Object[0], Map.of("name", name, "username", "uji." + name, "link", "https://x/masuk/tautan/t",
						"expires", java.time.Instant.now()),
				Optional.empty());
	}

	private Outbox.Status stateOf(long id) {
		return this.outbox.find(id).orElseThrow().status();
	}

	private static List<MimeMessage> received(int count) {
		Awaitility.await("messages at the SMTP server")
			.atMost(Duration.ofSeconds(30))
			.until(() -> smtp.getReceivedMessages().length >= count);
		return Arrays.asList(smtp.getReceivedMessages());
	}

	/** The first message received for that address, if any. */
	private static Optional<MimeMessage> to(String address) throws jakarta.mail.MessagingException {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (GreenMailUtil.getAddressList(message.getAllRecipients()).equals(address)) {
				return Optional.of(message);
			}
		}
		return Optional.empty();
	}

	private static String link(String body) {
		Matcher matcher = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
		assertThat(matcher.find()).as("a sign-in link in %s", body).isTrue();
		return matcher.group(1);
	}

}
