package id.paritrana.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import picocli.CommandLine;

/** Tampering happens inside each test's transaction, which is rolled back afterwards. */
@IntegrationTest
@Transactional
class AuditChainIntegrationTests {

	@Autowired
	AuditLog log;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	AuditKey key;

	@Autowired
	AuditVerifyCommand command;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	long first;

	long middle;

	long last;

	@BeforeEach
	void threeEntries() {
		this.first = this.log.recordAs("tester", "SCORE_CHANGED", "score", "A", Map.of("v", 1), Map.of("v", 2)).id();
		this.middle = this.log.recordAs("tester", "SCORE_CHANGED", "score", "B", Map.of("v", 3), Map.of("v", 4)).id();
		this.last = this.log.recordAs("tester", "SCORE_CHANGED", "score", "C", null, Map.of("v", 5)).id();
	}

	@Test
	void anUntouchedChainIsIntact() {
		AuditVerification result = this.chain.verify();
		assertThat(result.intact()).as(result.reason()).isTrue();
		assertThat(result.checked()).isGreaterThanOrEqualTo(3);
		assertThat(result.keyed()).isEqualTo(result.checked());
	}

	@Test
	void anEditedEntryIsNamed() {
		this.jdbc.sql("UPDATE audit_log SET after_json = '{\"v\":99}' WHERE id = :id")
			.param("id", this.middle)
			.update();
		AuditVerification result = this.chain.verify();
		assertThat(result.firstBroken()).hasValue(this.middle);
		assertThat(result.reason()).contains("modified");
	}

	@Test
	void anEditedActorOrTimeIsNamedToo() {
		this.jdbc.sql("UPDATE audit_log SET actor = 'someone-else' WHERE id = :id").param("id", this.first).update();
		assertThat(this.chain.verify().firstBroken()).hasValue(this.first);
	}

	@Test
	void aDeletedEntryIsNamed() {
		this.jdbc.sql("DELETE FROM audit_log WHERE id = :id").param("id", this.middle).update();
		AuditVerification result = this.chain.verify();
		assertThat(result.firstBroken()).hasValue(this.middle);
		assertThat(result.reason()).contains("missing");
	}

	@Test
	void deletingTheNewestEntriesIsDetectedThroughTheHead() {
		this.jdbc.sql("DELETE FROM audit_log WHERE id = :id").param("id", this.last).update();
		AuditVerification result = this.chain.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBroken()).hasValue(this.last);
	}

	@Test
	void aRecomputedEntryIsCaughtByItsMacBeforeTheNextLink() {
		// An attacker who rewrites an entry and its own hash breaks the next entry's
		// link, but
		// without the key the entry's own MAC already gives it away.
		this.jdbc.sql("UPDATE audit_log SET after_json = '{\"v\":0}' WHERE id = :id").param("id", this.middle).update();
		AuditEntry tampered = this.jdbc.sql("SELECT * FROM audit_log WHERE id = :id")
			.param("id", this.middle)
			.query((rs, n) -> AuditChain.map(rs))
			.single();
		this.jdbc.sql("UPDATE audit_log SET hash = :h WHERE id = :id")
			.param("h", tampered.computeHash())
			.param("id", this.middle)
			.update();
		AuditVerification result = this.chain.verify();
		assertThat(result.firstBroken()).hasValue(this.middle);
		assertThat(result.reason()).contains("MAC");
	}

	// A DBA can write the database but does not hold the key, which lives outside it.

	/**
	 * As a DBA would: plain SQL, each hash recomputed with the published algorithm, up to
	 * the head.
	 */
	private void rehashFrom(long id) {
		String previous = this.jdbc.sql("SELECT hash FROM audit_log WHERE id = :id")
			.param("id", id - 1)
			.query(String.class)
			.optional()
			.orElse(AuditHashing.GENESIS);
		List<AuditEntry> entries = this.jdbc.sql("SELECT * FROM audit_log WHERE id >= :id ORDER BY id")
			.param("id", id)
			.query((rs, n) -> AuditChain.map(rs))
			.list();
		for (AuditEntry entry : entries) {
			String hash = AuditHashing.sha256(previous, Long.toString(entry.id()),
					Long.toString(AuditHashing.micros(entry.occurredAt())), entry.actor(), entry.action(),
					entry.entityType(), entry.entityId(), entry.beforeJson(), entry.afterJson(), entry.clientAddress());
			this.jdbc.sql("UPDATE audit_log SET prev_hash = :prev, hash = :hash WHERE id = :id")
				.param("prev", previous)
				.param("hash", hash)
				.param("id", entry.id())
				.update();
			previous = hash;
		}
		this.jdbc.sql("UPDATE audit_head SET last_hash = :hash WHERE id = 1").param("hash", previous).update();
	}

	@Test
	void aRowRewrittenAndRehashedToTheHeadIsCaughtByItsMac() {
		this.jdbc.sql("UPDATE audit_log SET after_json = '{\"v\":40}' WHERE id = :id")
			.param("id", this.middle)
			.update();
		rehashFrom(this.middle);
		AuditVerification result = this.chain.verify();
		assertThat(result.broken()).as(result.reason()).isTrue();
		assertThat(result.firstBroken()).hasValue(this.middle);
		assertThat(result.reason()).contains("MAC").contains("without the key");
	}

	@Test
	void aRemovedMacIsABreak() {
		this.jdbc.sql("UPDATE audit_log SET mac = NULL WHERE id = :id").param("id", this.middle).update();
		AuditVerification result = this.chain.verify();
		assertThat(result.firstBroken()).hasValue(this.middle);
		assertThat(result.reason()).contains("no MAC");
	}

	@Test
	void aForgedMacIsABreak() {
		this.jdbc.sql("UPDATE audit_log SET mac = :mac WHERE id = :id")
			.param("mac", "0".repeat(64))
			.param("id", this.last)
			.update();
		assertThat(this.chain.verify().firstBroken()).hasValue(this.last);
	}

	@Test
	void entriesBeforeKeyingAreAnchoredByTheFirstKeyedEntry() {
		// entries up to "first" as written before the key was introduced
		this.jdbc.sql("UPDATE audit_log SET mac = NULL, key_id = NULL WHERE id <= :id")
			.param("id", this.first)
			.update();
		AuditVerification untouched = this.chain.verify();
		assertThat(untouched.intact()).as(untouched.reason()).isTrue();
		assertThat(untouched.keyed()).isEqualTo(untouched.checked() - this.first);

		this.jdbc.sql("UPDATE audit_log SET actor = 'someone-else' WHERE id = :id").param("id", this.first).update();
		rehashFrom(this.first);
		AuditVerification result = this.chain.verify();
		assertThat(result.firstBroken()).hasValue(this.middle);
		assertThat(result.reason()).contains("or an entry before it");
	}

	@Test
	void aChainWithoutAnyMacCannotBeCalledIntact() {
		this.jdbc.sql("UPDATE audit_log SET mac = NULL, key_id = NULL").update();
		this.jdbc.sql("UPDATE audit_head SET mac = NULL").update();
		AuditVerification result = this.chain.verify();
		assertThat(result.outcome()).isEqualTo(AuditVerification.Outcome.NOT_CHECKED);
		assertThat(result.reason()).contains("none of the");
	}

	@Test
	void removingTheNewestEntriesAndRewritingTheHeadIsCaughtByTheHeadsMac() {
		String middleHash = this.jdbc.sql("SELECT hash FROM audit_log WHERE id = :id")
			.param("id", this.middle)
			.query(String.class)
			.single();
		String middleMac = this.jdbc.sql("SELECT mac FROM audit_log WHERE id = :id")
			.param("id", this.middle)
			.query(String.class)
			.single();
		this.jdbc.sql("DELETE FROM audit_log WHERE id = :id").param("id", this.last).update();
		this.jdbc.sql("UPDATE audit_head SET last_id = :id, last_hash = :hash, mac = :mac WHERE id = 1")
			.param("id", this.middle)
			.param("hash", middleHash)
			.param("mac", middleMac)
			.update();
		AuditVerification result = this.chain.verify();
		assertThat(result.broken()).isTrue();
		assertThat(result.reason()).contains("head");
	}

	@Test
	void aWrongKeyCannotCheckRatherThanCallingTheChainIntactOrBroken() {
		byte[] other = "another-key-of-thirty-two-bytes!".getBytes(StandardCharsets.US_ASCII);
		AuditVerification result = new AuditChain(this.dataSource, new AuditKey(other)).verify();
		assertThat(result.outcome()).isEqualTo(AuditVerification.Outcome.NOT_CHECKED);
		assertThat(result.reason()).contains("wrong key").contains(this.key.id()).contains(AuditKey.id(other));
	}

	@Test
	void entriesRecordTheKeyTheyAreSignedWith() {
		assertThat(this.jdbc.sql("SELECT key_id FROM audit_log WHERE id = :id")
			.param("id", this.last)
			.query(String.class)
			.single()).isEqualTo(this.key.id()).hasSize(8);
	}

	record Run(int exit, String out, String err) {
	}

	private static Run run(AuditVerifyCommand command) {
		var out = new StringWriter();
		var err = new StringWriter();
		int exit = new CommandLine(command).setOut(new PrintWriter(out, true))
			.setErr(new PrintWriter(err, true))
			.execute();
		return new Run(exit, out.toString(), err.toString());
	}

	@Test
	void theCommandExits0WhenIntact() {
		Run run = run(this.command);
		assertThat(run.exit()).as(run.out() + run.err()).isZero();
		assertThat(run.out()).startsWith("Audit chain intact:").contains("keyed");
	}

	@Test
	void theCommandExits1AndNamesTheFirstBrokenEntry() {
		this.jdbc.sql("UPDATE audit_log SET after_json = '{\"v\":41}' WHERE id = :id")
			.param("id", this.middle)
			.update();
		rehashFrom(this.middle);
		Run run = run(this.command);
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out()).startsWith("Audit chain BROKEN at entry " + this.middle + ":").contains("MAC");
	}

	@Test
	void theCommandExits2WithAWrongKey() {
		byte[] other = "another-key-of-thirty-two-bytes!".getBytes(StandardCharsets.US_ASCII);
		Run run = run(new AuditVerifyCommand(new AuditChain(this.dataSource, new AuditKey(other))));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("could not be checked").contains("wrong key");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void theCommandExits2WhenTheDatabaseCannotBeRead() {
		DataSource unreachable = new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:absent-audit;IFEXISTS=TRUE");
		Run run = run(new AuditVerifyCommand(new AuditChain(unreachable, this.key)));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).startsWith("Audit chain could not be checked: the database cannot be read:")
			.doesNotContain("\tat ");
	}

	@Test
	void theAuditPageAndTheApiTellIntactBrokenAndKeyed() throws Exception {
		var admin = user(this.userDetails.loadUserByUsername(DemoUsers.ADMIN));
		this.mvc.perform(get("/admin/audit").param("verify", "true").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("alert alert-success")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("bertanda MAC")));
		this.mvc.perform(get("/api/v1/audit/verification").with(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.outcome").value("INTACT"));

		this.jdbc.sql("UPDATE audit_log SET mac = NULL WHERE id = :id").param("id", this.last).update();
		this.mvc.perform(get("/admin/audit").param("verify", "true").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("alert alert-danger")));
		this.mvc.perform(get("/api/v1/audit/verification").with(admin))
			.andExpect(jsonPath("$.outcome").value("BROKEN"))
			.andExpect(jsonPath("$.firstBroken").value(this.last));
	}

}
