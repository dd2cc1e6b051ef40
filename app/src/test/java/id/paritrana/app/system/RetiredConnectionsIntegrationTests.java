package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.audit.AuditChain;
import id.paritrana.app.audit.AuditVerification;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.UserManagement;

/**
 * The embedded database keeps accepting sign-ins and writes after the pool has retired
 * every connection, including those that created the schema. H2 2.4.240 invalidated a
 * {@code CHECK (col IN (...))} constraint once the connection that created it was closed
 * ("Check constraint invalid ... The database has been closed"), about 30 minutes after
 * start when Hikari retires connections; here they are retired within seconds. A database
 * of its own, so that the connections that ran the migrations are this pool's.
 */
@SpringBootTest(properties = "spring.datasource.url=${PARITRANA_DB_URL:jdbc:h2:mem:retired-connections;MODE=PostgreSQL;"
		+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RetiredConnectionsIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditChain chain;

	@Test
	void signInAndWritesStillWorkAfterThePoolRetiredEveryConnection() throws Exception {
		retireEveryPooledConnection();

		// sign-in updates app_user (CHECK role IN ...) and stores the session
		this.mvc.perform(formLogin("/login").user(DemoUsers.ADMIN).password(DemoUsers.PASSWORD))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin("/login").user(DemoUsers.PENILAI).password("wrong-password-1"))
			.andExpect(redirectedUrl("/login?error"));
		// a new account: app_user, audit_log and audit_head
		String username = "retired." + UUID.randomUUID().toString().substring(0, 8);
		this.users.createAccount("test", username, "a-long-password-1",
				new UserManagement.Details("Retired connections", Role.PENILAI, null, null, null, true));
		// CHECK (kind IN ('KABUPATEN', 'KOTA')) of the administrative areas
		assertThat(
				this.jdbc.sql("UPDATE regency SET kind = kind WHERE code = (SELECT MIN(code) FROM regency)").update())
			.isEqualTo(1);
		// the health check writes (and rolls back) a row with a CHECK ... IN constraint
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		AuditVerification audit = this.chain.verify();
		assertThat(audit.intact()).as(audit.reason()).isTrue();
	}

	/**
	 * Evicts every pooled connection and waits until the database has seen them closed.
	 */
	private void retireEveryPooledConnection() throws SQLException, InterruptedException {
		OffsetDateTime evicted = OffsetDateTime.now();
		Thread.sleep(10);
		HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
		hikari.getHikariPoolMXBean().softEvictConnections();
		if (!isH2()) {
			return;
		}
		long deadline = System.nanoTime() + 10_000_000_000L;
		long older;
		do {
			Thread.sleep(100);
			older = this.jdbc.sql("SELECT COUNT(*) FROM information_schema.sessions WHERE session_start < :evicted")
				.param("evicted", evicted)
				.query(Long.class)
				.single();
		}
		while (older > 0 && System.nanoTime() < deadline);
		assertThat(older).as("connections opened before the eviction that are still open").isZero();
	}

	private boolean isH2() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().equals("H2");
		}
	}

}
