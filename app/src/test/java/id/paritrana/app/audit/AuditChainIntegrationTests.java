package id.paritrana.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.IntegrationTest;

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
	}

	@Test
	void anEditedEntryIsNamed() {
		this.jdbc.sql("UPDATE audit_log SET after_json = '{\"v\":99}' WHERE id = :id").param("id", this.middle).update();
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
	void aRecomputedButRelinkedEntryStillBreaksTheNextLink() {
		// An attacker who rewrites an entry and its own hash still breaks the next entry's link.
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
		assertThat(result.firstBroken()).hasValue(this.last);
		assertThat(result.reason()).contains("link");
	}

}
