package id.paritrana.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;

/**
 * Used and expired sign-in links are kept a month as the record of their use, then go.
 */
@IntegrationTest
class SpentSignInLinksIntegrationTests {

	static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 4, 3, 23, 0, 0, ZoneOffset.UTC);

	@Autowired
	SignInLinks links;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("DELETE FROM sign_in_link WHERE token_hash LIKE 'spent-test-%'").update();
	}

	@Test
	void linksSpentLongerThanAMonthAgoAreDeletedAndNoOthers() {
		// used 40 days ago; expired 31 days ago unused; used 10 days ago; live
		link("spent-test-used-long-ago", NOW.minusDays(45), NOW.minusDays(38), NOW.minusDays(40));
		link("spent-test-expired-long-ago", NOW.minusDays(38), NOW.minusDays(31), null);
		link("spent-test-used-lately", NOW.minusDays(12), NOW.minusDays(5), NOW.minusDays(10));
		link("spent-test-live", NOW.minusDays(1), NOW.plusDays(6), null);
		assertThat(this.links.forgetSpent(NOW)).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.sql("SELECT token_hash FROM sign_in_link WHERE token_hash LIKE 'spent-test-%'")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("spent-test-used-lately", "spent-test-live");
	}

	private void link(String hash, OffsetDateTime created, OffsetDateTime expires, OffsetDateTime used) {
		this.jdbc
			.sql("INSERT INTO sign_in_link (token_hash, username, purpose, created_at, expires_at, used_at)"
					+ " VALUES (:hash, :user, 'INVITATION', :created, :expires, :used)")
			.param("hash", hash)
			.param("user", DemoUsers.ADMIN)
			.param("created", created)
			.param("expires", expires)
			.param("used", used)
			.update();
	}

}
