package ir.cadastre;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Transactions a test holds open beside the service's, as another user's request in
 * flight would be, and a watch on the service's transactions that wait for their locks.
 */
public final class HeldTransactions {

	private final DataSource dataSource;

	private final JdbcClient db;

	public HeldTransactions(DataSource dataSource, JdbcClient db) {
		this.dataSource = dataSource;
		this.db = db;
	}

	/**
	 * A transaction that has run these statements and holds what they locked until it is
	 * committed, rolled back or closed (closing rolls it back).
	 */
	public Connection holding(String... statements) throws SQLException {
		Connection connection = this.dataSource.getConnection();
		connection.setAutoCommit(false);
		try (Statement sql = connection.createStatement()) {
			for (String statement : statements) {
				sql.execute(statement);
			}
		}
		return connection;
	}

	/**
	 * Returns once this many transactions wait for a lock.
	 * @throws AssertionError when they do not within 5 s
	 */
	public void awaitWaiting(int transactions) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			if (this.db.sql("SELECT count(DISTINCT pid) FROM pg_locks WHERE NOT granted")
				.query(Long.class)
				.single() >= transactions) {
				return;
			}
			Thread.sleep(25);
		}
		throw new AssertionError(transactions + " transactions never waited for a lock");
	}

}
