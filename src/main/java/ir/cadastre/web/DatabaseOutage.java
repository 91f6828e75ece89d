package ir.cadastre.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database cannot be reached: stopped, restarting, or every connection of the pool
 * taken for longer than the pool waits. Not the request's fault, and over once the
 * database is back (the pool opens new connections by itself), so the client is told to
 * try again shortly: 503 {@code database-unavailable} with {@code Retry-After}.
 */
public final class DatabaseOutage {

	/** How soon a client may try again. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private DatabaseOutage() {
	}

	/**
	 * Whether the failure, or any of its causes, is the database out of reach: no
	 * connection to be had, or one lost (SQLSTATE class 08, or the server shutting down
	 * or starting, 57P01 to 57P03). A statement the database refused is not.
	 * @param failure what was thrown; {@code null} is not an outage
	 * @return whether the database was out of reach
	 */
	public static boolean caused(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientConnectionException) {
				return true;
			}
			// A rollback on the lost connection failed too: the failure is the one it
			// rolled back.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& caused(rollback.getApplicationException())) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
				return true;
			}
		}
		return false;
	}

	/** The refusal: 503, try again in {@link #RETRY_AFTER}. */
	public static CadastreProblem problem() {
		return new CadastreProblem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
				Text.of("The database cannot be reached just now; try again in a few seconds."))
			.retryAfter(RETRY_AFTER);
	}

}
