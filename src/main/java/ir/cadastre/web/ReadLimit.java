package ir.cadastre.web;

import java.sql.SQLException;
import java.time.Duration;

import org.springframework.http.HttpStatus;

/**
 * The limit on each statement of the read request the current thread serves
 * ({@link ReadRequests} sets it, {@link ReadLimitedDataSource} gives it to the
 * connections the request takes), and the refusal when the database stops a statement at
 * it: 503 {@code read-timeout} with {@code Retry-After}. A read that runs away (a filter
 * no index serves, a national table sorted whole) would otherwise hold its connection and
 * a core for as long as it takes, while its user has long given up.
 */
public final class ReadLimit {

	/**
	 * How soon a client may try again: a read cut while it waited for a lock may pass.
	 */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	private static final ThreadLocal<Duration> CURRENT = new ThreadLocal<>();

	private ReadLimit() {
	}

	/** The current thread's limit; zero when it serves no read request (no limit). */
	static Duration current() {
		Duration limit = CURRENT.get();
		return (limit != null) ? limit : Duration.ZERO;
	}

	static void set(Duration limit) {
		CURRENT.set(limit);
	}

	static void clear() {
		CURRENT.remove();
	}

	/**
	 * Whether the failure, or any of its causes, is a statement the database stopped
	 * (SQLSTATE 57014, {@code query_canceled}: at its statement timeout, or cancelled by
	 * an administrator).
	 * @param failure what was thrown; {@code null} is not one
	 * @return whether a statement was stopped
	 */
	public static boolean caused(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** The refusal: 503, try again in {@link #RETRY_AFTER}. */
	public static CadastreProblem problem() {
		return new CadastreProblem(HttpStatus.SERVICE_UNAVAILABLE, "read-timeout", "Read took too long",
				Text.of("The database stopped this request: it read for longer than the service allows a read. "
						+ "Try again shortly, or ask for less (a page, a shorter period)."))
			.retryAfter(RETRY_AFTER);
	}

}
