package id.paritrana.app.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.Mails;
import id.paritrana.app.certificate.Certificate;
import id.paritrana.app.certificate.Certificates;
import id.paritrana.app.demo.DemoSeeding;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.security.UserManagement;
import id.paritrana.engine.rubric.Category;

/**
 * What a determination tells, through a real SMTP server (GreenMail): every candidate's
 * operators their place and the link to the public results (a winner's to its public
 * scorecard), the province's committee that its results are determined, and the winners'
 * operators the verification address of each certificate issued; a revision tells them
 * again with its reason, and a revision rolled back tells nobody. Gorontalo's level of
 * the demo edition of this class's own year, whose regencies and cities get operators
 * with e-mail addresses before the demo determines it; the same mail settings as the
 * other message tests, so they share one application context.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"paritrana.mail.send-every=PT0.2S", "paritrana.public-url=https://paritrana.example.go.id" })
class ResultMessagesIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static final int YEAR = 2041;

	static final String GORONTALO = "75";

	static final String SITE = "https://paritrana.example.go.id";

	static final String REASON = "Koreksi berkas wawancara setelah pemeriksaan ulang oleh sekretariat.";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserManagement users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Results results;

	@Autowired
	Determinations determinations;

	@Autowired
	Certificates certificates;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void operatorsLearnTheirPlaceTheCommitteeItsResultsAndWinnersTheirCertificates() throws Exception {
		Mails.awaitOutboxQuiet(this.jdbc);
		DemoSeeding.seedData(this.context, YEAR);
		Map<String, String> governments = this.jdbc
			.sql("SELECT candidate_code, candidate_name FROM desk_score WHERE edition_year = :y"
					+ " AND score_level = 'PROVINSI' AND scope = :s AND category = 'PEMKAB_PEMKOT'")
			.param("y", YEAR)
			.param("s", GORONTALO)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(governments).as("Gorontalo's regencies and city").hasSizeGreaterThan(3);
		String english = governments.keySet().stream().sorted().findFirst().orElseThrow();
		for (String code : governments.keySet()) {
			account(username(code), new UserManagement.Details("Operator " + code, Role.OPERATOR_PEMDA, null, code,
					null, true, address(code), code.equals(english) ? "en" : "id"));
		}
		account("hasil.panitia75", new UserManagement.Details("Panitia Gorontalo", Role.PANITIA_PROVINSI, GORONTALO,
				null, null, true, "hasil.panitia75@example.test", "id"));
		try {
			DemoSeeding.seed(this.context, YEAR);
			Snapshot snapshot = this.results.current(YEAR, GORONTALO).orElseThrow();
			List<ResultRow> rows = this.results.rows(snapshot.id())
				.stream()
				.filter(r -> r.category() == Category.PEMKAB_PEMKOT)
				.toList();
			assertThat(rows).extracting(ResultRow::candidateCode)
				.containsExactlyInAnyOrderElementsOf(governments.keySet());
			assertThat(rows).as("winners and candidates not interviewed")
				.anyMatch(r -> r.juara() > 0)
				.anyMatch(r -> r.finalRank() == null);

			for (ResultRow row : rows) {
				boolean en = row.candidateCode().equals(english);
				MimeMessage message = Mails.awaitOne(smtp, address(row.candidateCode()),
						en ? "results" : "Hasil Penghargaan");
				assertThat(message.getSubject()).isEqualTo(en ? "Paritrana Award 2041 results: " + row.candidateName()
						: "Hasil Penghargaan Paritrana 2041: " + row.candidateName());
				String body = Mails.html(message);
				assertThat(body)
					.contains(en ? "The results of Gorontalo (edition 2041) have been determined."
							: "Hasil penilaian untuk Gorontalo (edisi 2041) telah ditetapkan.")
					.contains("href=\"" + SITE + "/publik/2041\"");
				String scorecard = SITE + "/publik/2041/kartu/" + snapshot.id() + "/PEMKAB_PEMKOT/"
						+ row.candidateCode();
				if (row.juara() > 0) {
					assertThat(body).contains(en ? "is Winner " + row.juara() : "meraih Juara " + row.juara())
						.contains(row.finalScore().toPlainString().replace('.', en ? '.' : ','))
						.contains("href=\"" + scorecard + "\"");
				}
				else {
					assertThat(body).doesNotContain(scorecard);
				}
				if (row.juara() == 0 && row.finalRank() == null) {
					assertThat(body).contains(en ? "but not in the final ranking" : "tidak masuk peringkat akhir");
				}
				assertThat(body.contains(en ? "goes on to the national level" : "maju ke tingkat nasional"))
					.as("promoted: %s", row.candidateCode())
					.isEqualTo(this.determinations.promoted(YEAR)
						.getOrDefault(Category.PEMKAB_PEMKOT, java.util.Set.of())
						.contains(row.candidateCode()));
			}

			MimeMessage committee = Mails.awaitOne(smtp, "hasil.panitia75@example.test", "hasil edisi");
			assertThat(committee.getSubject()).isEqualTo("Gorontalo: hasil edisi 2041 ditetapkan");
			List<String> candidates = this.results.rows(snapshot.id()).stream().map(ResultRow::candidateCode).toList();
			java.text.NumberFormat id = java.text.NumberFormat.getInstance(java.util.Locale.forLanguageTag("id"));
			assertThat(Mails.html(committee))
				.contains("Hasil memuat " + id.format(candidates.size()) + " kandidat; operator dari "
						+ this.users.operatorsOf(candidates).size()
						+ " kandidat di antaranya telah diberi tahu hasilnya.")
				.contains("href=\"" + SITE + "/edisi/2041/hasil/75\"");

			// the demo issued the certificates: each winner's operators get their codes
			List<Certificate> issued = this.certificates.current(YEAR, GORONTALO);
			for (ResultRow row : rows) {
				boolean en = row.candidateCode().equals(english);
				List<Certificate> own = issued.stream()
					.filter(c -> c.candidateCode().equals(row.candidateCode()))
					.toList();
				assertThat(own).hasSize((row.juara() > 0) ? 1 : 0);
				if (own.isEmpty()) {
					assertThat(Mails.to(smtp, address(row.candidateCode()), en ? "certificate" : "Piagam")).isEmpty();
					continue;
				}
				MimeMessage message = Mails.awaitOne(smtp, address(row.candidateCode()), en ? "certificate" : "Piagam");
				assertThat(message.getSubject())
					.isEqualTo(en ? "Paritrana Award 2041 certificate: " + row.candidateName()
							: "Piagam Penghargaan Paritrana 2041: " + row.candidateName());
				assertThat(Mails.html(message)).contains((en ? "Winner " : "Juara ") + row.juara())
					.contains(own.get(0).code())
					.contains("href=\"" + SITE + "/verifikasi/" + own.get(0).code() + "\"");
			}

			// a revision tells everyone again, with its reason
			this.determinations.revise(admin(), YEAR, GORONTALO, REASON);
			MimeMessage revised = Mails.awaitOne(smtp, "hasil.panitia75@example.test", "direvisi");
			assertThat(revised.getSubject()).isEqualTo("Gorontalo: hasil edisi 2041 direvisi (revisi 2)");
			assertThat(Mails.html(revised)).contains(REASON);
			assertThat(Mails.html(Mails.await(smtp, address(english), "results", 2).get(1)))
				.contains("have been revised (revision 2)")
				.contains(REASON);

			// its certificates replace the earlier ones, and are told of once
			this.certificates.issue("test", YEAR, GORONTALO);
			this.certificates.issue("test", YEAR, GORONTALO);
			ResultRow winner = rows.stream().filter(r -> r.juara() > 0).findFirst().orElseThrow();
			Certificate reissued = this.certificates.current(YEAR, GORONTALO)
				.stream()
				.filter(c -> c.candidateCode().equals(winner.candidateCode()))
				.findFirst()
				.orElseThrow();
			boolean en = winner.candidateCode().equals(english);
			assertThat(Mails
				.html(Mails.await(smtp, address(winner.candidateCode()), en ? "certificate" : "Piagam", 2).get(1)))
				.contains(reissued.code())
				.contains(en ? "issued from revision 2" : "diterbitkan dari hasil revisi 2");
			assertThat(
					this.jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE kind = 'certificate' AND recipient = :r")
						.param("r", username(winner.candidateCode()))
						.query(Long.class)
						.single())
				.as("issued twice for revision 2, told once")
				.isEqualTo(2);

			// a revision rolled back leaves neither the snapshot nor a message
			long marker = this.jdbc.sql("SELECT MAX(id) FROM outbox_message").query(Long.class).single();
			assertThatThrownBy(() -> this.transactions.executeWithoutResult(tx -> {
				this.determinations.revise(admin(), YEAR, GORONTALO, REASON);
				throw new IllegalStateException("the change failed");
			})).isInstanceOf(IllegalStateException.class);
			assertThat(this.results.current(YEAR, GORONTALO).orElseThrow().revision()).isEqualTo(2);
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE id > :m")
				.param("m", marker)
				.query(Long.class)
				.single()).isZero();
		}
		finally {
			// what this test wrote goes out while the SMTP server listens; other classes
			// determine Gorontalo too, where none does
			try {
				Mails.awaitOutboxQuiet(this.jdbc);
			}
			finally {
				this.jdbc.sql("UPDATE app_user SET email = NULL WHERE username LIKE 'hasil.%'").update();
			}
		}
	}

	/** Creates the account, or gives its address back to one an earlier run left. */
	private void account(String username, UserManagement.Details details) {
		if (this.users.findUsername(username).isEmpty()) {
			this.users.createAccount("test", username, "sambal dabu-dabu " + username, details);
		}
		else {
			this.jdbc.sql("UPDATE app_user SET email = :e WHERE username = :u")
				.param("e", details.email())
				.param("u", username)
				.update();
		}
	}

	private SignedInUser admin() {
		return (SignedInUser) this.userDetails.loadUserByUsername(DemoUsers.ADMIN);
	}

	private static String username(String code) {
		return "hasil.op" + code.replace(".", "");
	}

	private static String address(String code) {
		return username(code) + "@example.test";
	}

}
