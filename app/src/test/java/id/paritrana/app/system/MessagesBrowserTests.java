package id.paritrana.app.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import id.paritrana.app.BrowserSession;
import id.paritrana.app.DemoUsers;
import id.paritrana.app.demo.DemoSeeding;
import id.paritrana.app.edition.EditionChoice;
import id.paritrana.app.evidence.EvidenceItem;
import id.paritrana.app.evidence.EvidenceRecords;
import id.paritrana.app.jury.Assignments;
import id.paritrana.app.jury.InterviewSchedule;
import id.paritrana.app.jury.Panels;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.security.UserManagement;

/**
 * People are told by e-mail (a real SMTP server in the test JVM) and act in a real
 * browser: the national secretariat creates a juror with an e-mail address; the
 * invitation arrives; the juror sets a password from its link, is assigned a nominee and
 * receives the interview as a calendar file, and finds the sheet among the tasks of the
 * home page; a verifier rejects evidence and the operator's message carries the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025", "paritrana.mail.send-every=PT0.2S" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessagesBrowserTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static final String JUROR = "juri.surel";

	static final String JUROR_EMAIL = "rina.wulandari@example.test";

	static final String PASSWORD = "bakpia pathok dua puluh lima";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserManagement accounts;

	@Autowired
	UserDetailsService users;

	BrowserSession browser;

	int year;

	@BeforeAll
	void seed() {
		// a year of this test's own: other classes seed fixed years of their own
		this.year = 2080;
		DemoSeeding.seedThroughJuries(this.context, this.year);
		this.context.getBean(EditionChoice.class).choose(DemoUsers.ADMIN, this.year);
		this.browser = new BrowserSession(this.port);
	}

	@AfterAll
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void aJurorIsInvitedSetsAPasswordAndIsToldOfTheInterviewAndAnOperatorOfTheRejection() throws Exception {
		Page admin = this.browser.newPage(1280, 900);
		BrowserSession.signIn(admin, DemoUsers.ADMIN, DemoUsers.PASSWORD);
		admin.navigate("/admin/pengguna/baru");
		admin.fill("#username", JUROR);
		admin.fill("#displayName", "Rina Wulandari");
		admin.selectOption("#role", "PENILAI");
		admin.selectOption("#provinceCode", "34");
		admin.fill("#email", JUROR_EMAIL);
		admin.click("#save");
		assertThat(admin.locator(".alert-success")).isVisible();

		MimeMessage invitation = awaitMessage(JUROR_EMAIL, "Undangan ke Paritrana");
		String link = link(GreenMailUtil.getBody(invitation));
		admin.navigate("/admin/pesan");
		assertThat(admin.locator("#outbox")).containsText(JUROR_EMAIL);
		BrowserSession.screenshot(admin, "messages-01-outbox");

		// the juror sets a password from the link, then signs in
		Page juror = this.browser.newPage(390, 844);
		juror.navigate(link);
		assertThat(juror.locator("#link-username")).hasText(JUROR);
		juror.fill("#password", PASSWORD);
		juror.fill("#confirmation", PASSWORD);
		juror.click("#link-submit");
		assertThat(juror.locator("#login-password-set")).isVisible();

		// the committee seats the juror on DI Yogyakarta's team, on a nominee's interview
		SignedInUser secretariat = (SignedInUser) this.users.loadUserByUsername(DemoUsers.ADMIN);
		InterviewSchedule schedule = this.context.getBean(InterviewSchedule.class);
		InterviewSchedule.Slot slot = schedule.of(this.year, "34").get(0);
		this.context.getBean(Panels.class)
			.save(secretariat, this.year, "34", JUROR,
					new Panels.MemberDetails(Panels.PanelRole.ANGGOTA, "Disnakertrans DIY", null, null));
		this.context.getBean(Assignments.class)
			.add(secretariat, this.year, "34", slot.category(), slot.candidateCode(), JUROR);
		// the nominee's interview is set: the juror joining it is invited at once
		assertThat(GreenMailUtil.getWholeMessage(awaitMessage(JUROR_EMAIL, "Jadwal wawancara")))
			.contains("text/calendar")
			.contains("BEGIN:VEVENT");
		schedule.setAs(DemoUsers.ADMIN, this.year, "34", slot.category(), slot.candidateCode(),
				new InterviewSchedule.SlotRequest(slot.date().plusDays(30), LocalTime.of(13, 0), LocalTime.of(14, 0),
						"https://meet.example/diy-" + slot.candidateCode()));
		Awaitility.await("the moved interview")
			.atMost(Duration.ofSeconds(30))
			.until(() -> messages(JUROR_EMAIL, "Jadwal wawancara").stream()
				.anyMatch(m -> GreenMailUtil.getWholeMessage(m)
					.contains("LOCATION:https://meet.example/diy-" + slot.candidateCode())));

		BrowserSession.signIn(juror, JUROR, PASSWORD);
		juror.navigate("/");
		assertThat(juror.locator("#tasks li.task").first()).containsText(slot.candidateName());
		assertThat(juror.locator("#tasks li.task").first()).containsText("13.00");
		juror.navigate("/pesan");
		assertThat(juror.locator("#messages")).containsText("Jadwal wawancara: " + slot.candidateName());
		BrowserSession.screenshot(juror, "messages-02-juror-messages");

		// a verifier of Gorontalo rejects the Boalemo circular; its operator is told why
		this.accounts.createAccount("test", "verifikator.gorontalo", "sagu bakar tepi danau limboto",
				new UserManagement.Details("Verifikator Gorontalo", Role.VERIFIKATOR, "75", null, null, true));
		this.accounts.createAccount("test", "operator.boalemo", "ikan nike goreng kering",
				new UserManagement.Details("Operator Boalemo", Role.OPERATOR_PEMDA, null, "75.01", null, true,
						"operator.boalemo@example.test", "en"));
		awaitMessage("operator.boalemo@example.test", "Invitation to Paritrana");
		EvidenceItem circular = this.context.getBean(EvidenceRecords.class)
			.of(this.year, "75.01")
			.stream()
			.filter(e -> e.title().startsWith("Surat Edaran Bupati Boalemo"))
			.findFirst()
			.orElseThrow();
		Page verifier = this.browser.newPage(1280, 900);
		BrowserSession.signIn(verifier, "verifikator.gorontalo", "sagu bakar tepi danau limboto");
		verifier.navigate("/edisi/" + this.year + "/bukti/" + circular.id());
		verifier.fill("#reason", "Surat edaran tidak ditandatangani bupati.");
		verifier.click("#verify-reject");
		assertThat(verifier.locator("#verify-form")).isVisible();

		MimeMessage rejection = awaitMessage("operator.boalemo@example.test", "Evidence");
		assertThat(rejection.getSubject()).isEqualTo("Evidence \"" + circular.title() + "\": Rejected");
		assertThat(GreenMailUtil.getBody(rejection)).contains("Surat edaran tidak ditandatangani bupati.")
			.contains("was rejected by the verifier");
	}

	private static MimeMessage awaitMessage(String address, String subjectStart) throws MessagingException {
		Awaitility.await("a message to " + address + ": " + subjectStart)
			.atMost(Duration.ofSeconds(30))
			.until(() -> find(address, subjectStart).isPresent());
		return find(address, subjectStart).orElseThrow();
	}

	private static Optional<MimeMessage> find(String address, String subjectStart) throws MessagingException {
		return messages(address, subjectStart).stream().findFirst();
	}

	private static List<MimeMessage> messages(String address, String subjectStart) throws MessagingException {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (GreenMailUtil.getAddressList(message.getAllRecipients()).equals(address)
					&& message.getSubject().startsWith(subjectStart)) {
				found.add(message);
			}
		}
		return found;
	}

	private static String link(String body) {
		Matcher matcher = Pattern.compile("https?://[^/\\s\"<]+(/masuk/tautan/[A-Za-z0-9_-]+)")
			.matcher(body.replace("=\r\n", "").replace("=3D", "="));
		assertThat(matcher.find()).as("a sign-in link in %s", body).isTrue();
		return matcher.group(1);
	}

}
