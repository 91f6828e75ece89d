package ir.cadastre.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool, handing each connection out with the statement timeout of the thread that
 * takes it ({@link ReadLimit}): a read request's limit, or none (the database's default)
 * for everything else: submissions, which may wait for an import's locks as long as it
 * runs, imports, exports, decrees and the sweeping jobs. The timeout is a session setting
 * changed only when it differs from the one the connection was last given, so that a pool
 * serving reads (or writes) in a row pays no round trip for it; and being set before any
 * transaction begins, a rollback does not undo it.
 */
final class ReadLimitedDataSource extends DelegatingDataSource {

	/** The limit each physical connection was last given (none: the default). */
	private final Map<Object, Duration> given = Collections.synchronizedMap(new WeakHashMap<>());

	ReadLimitedDataSource(DataSource pool) {
		super(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return limited(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return limited(super.getConnection(username, password));
	}

	private Connection limited(Connection connection) throws SQLException {
		Duration wanted = ReadLimit.current();
		try {
			Object physical = connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class)
					: connection;
			if (!wanted.equals(this.given.getOrDefault(physical, Duration.ZERO))) {
				try (Statement statement = connection.createStatement()) {
					statement.execute(wanted.isZero() ? "RESET statement_timeout"
							: "SET statement_timeout = " + wanted.toMillis());
				}
				this.given.put(physical, wanted);
			}
			return connection;
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

}
