package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The write check tells a database that still answers queries but no longer takes writes.
 */
class DatabaseWriteHealthIndicatorTests {

	@TempDir
	Path dir;

	@Test
	void upWhileTheDatabaseTakesWritesDownOnceItOnlyAnswersQueries() {
		String url = "jdbc:h2:file:" + this.dir.resolve("probe").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
		var writable = new SimpleDriverDataSource(new Driver(), url, "sa", "");
		JdbcClient.create(writable)
			.sql("CREATE TABLE health_probe (id INT NOT NULL PRIMARY KEY, probe VARCHAR(8) NOT NULL,"
					+ " CONSTRAINT health_probe_probe_check CHECK (probe IN ('WRITE')))")
			.update();
		assertThat(new DatabaseWriteHealthIndicator(writable).health().getStatus()).isEqualTo(Status.UP);
		// nothing stays behind: the probe row is rolled back
		assertThat(JdbcClient.create(writable).sql("SELECT COUNT(*) FROM health_probe").query(Long.class).single())
			.isZero();
		JdbcClient.create(writable).sql("SHUTDOWN").update();

		var readOnly = new SimpleDriverDataSource(new Driver(), url + ";ACCESS_MODE_DATA=r", "sa", "");
		assertThat(JdbcClient.create(readOnly).sql("SELECT 1").query(Integer.class).single()).isEqualTo(1);
		assertThat(new DatabaseWriteHealthIndicator(readOnly).health().getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void downWhenTheDatabaseCannotBeReached() {
		var absent = new SimpleDriverDataSource(new Driver(), "jdbc:h2:mem:absent-health;IFEXISTS=TRUE", "sa", "");
		assertThat(new DatabaseWriteHealthIndicator(absent).health().getStatus()).isEqualTo(Status.DOWN);
	}

}
