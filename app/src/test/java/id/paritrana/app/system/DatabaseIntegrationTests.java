package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import id.paritrana.app.IntegrationTest;

/**
 * The migrations run unchanged on the embedded H2 and on PostgreSQL, whichever the tests
 * are given.
 */
@IntegrationTest
class DatabaseIntegrationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	DataSource dataSource;

	@Test
	void everyMigrationIsAppliedAndValid() throws IOException {
		int files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
		MigrationInfo[] applied = this.flyway.info().applied();
		assertThat(applied).hasSize(files);
		assertThat(Arrays.stream(applied).map(MigrationInfo::getState)).allMatch(MigrationState::isApplied)
			.noneMatch(MigrationState::isFailed);
		assertThat(this.flyway.validateWithResult().validationSuccessful).isTrue();
	}

	@Test
	void runsOnTheConfiguredDatabase() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			String expected = System.getenv("PARITRANA_DB_URL") == null ? "H2" : "PostgreSQL";
			assertThat(product).isEqualTo(expected);
		}
	}

}
