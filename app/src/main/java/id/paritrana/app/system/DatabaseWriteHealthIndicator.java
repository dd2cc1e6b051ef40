package id.paritrana.app.system;

import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /actuator/health} is DOWN when the database no longer accepts writes, not only
 * when it stops answering queries: a row with a {@code CHECK ... IN} constraint is
 * written to {@code health_probe} in a transaction that is always rolled back.
 */
@Component("databaseWrite")
class DatabaseWriteHealthIndicator extends AbstractHealthIndicator {

	private static final int TIMEOUT_SECONDS = 5;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	DatabaseWriteHealthIndicator(DataSource dataSource) {
		super("The database does not accept writes");
		this.jdbc = JdbcClient.create(dataSource);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.transaction.setTimeout(TIMEOUT_SECONDS);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.transaction.executeWithoutResult(status -> {
			status.setRollbackOnly();
			this.jdbc.sql("INSERT INTO health_probe (id, probe) VALUES (:id, 'WRITE')")
				.param("id", ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE))
				.update();
		});
		builder.up();
	}

}
