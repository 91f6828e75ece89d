package ir.cadastre.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.ProblemWriter;
import ir.cadastre.web.Text;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Password guessing held off: after {@link #ALLOWED} wrong passwords in a row for one
 * user name from one address, that name from that address is refused for
 * {@link #LOCKED_FOR} (429 {@code too-many-sign-in-attempts}, with {@code Retry-After})
 * without its password being checked, the right one included. A right password before
 * then starts the count again.
 *
 * <p>
 * Per name and address, not per name alone, so that someone guessing from one address
 * cannot lock the real user out from another; an unknown name is counted and refused as a
 * known one is, so the answer never tells which names exist. Failures are counted from
 * the 401 a request with a name and password gets (HTTP Basic only: a bearer token is the
 * identity provider's to guard). Behind a proxy the address is the client's only when the
 * service is told to trust the proxy's {@code X-Forwarded-For}
 * ({@code server.forward-headers-strategy}); else every client shares the proxy's.
 *
 * <p>
 * The counts live in this process (a restart forgets them; each instance counts its own),
 * at most {@link #CAPACITY} pairs: when full, the pairs neither counted nor being checked
 * are dropped, and if none is, all are.
 *
 * <p>
 * For the operators: {@code cadastre.sign-in.lockouts} counts the lockouts begun (a name
 * and address reaching {@link #ALLOWED} wrong passwords), not the requests refused while
 * locked.
 */
final class SignInAttempts extends OncePerRequestFilter {

	static final int ALLOWED = 5;

	static final Duration LOCKED_FOR = Duration.ofMinutes(15);

	private static final int CAPACITY = 100_000;

	/** How long a request waits for the other checks of its pair before it is refused. */
	private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

	private final Map<String, Pair> pairs = new ConcurrentHashMap<>();

	private final ProblemWriter problems;

	private final Clock clock;

	private final Counter lockouts;

	SignInAttempts(ProblemWriter problems, Clock clock, MeterRegistry meters) {
		this.problems = problems;
		this.clock = clock;
		this.lockouts = Counter.builder("cadastre.sign-in.lockouts")
			.description("Lockouts begun after too many wrong passwords for a user name from an address")
			.register(meters);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = basicUsername(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (username == null) {
			chain.doFilter(request, response);
			return;
		}
		Pair pair = pair(username + "\u0000" + request.getRemoteAddr());
		CadastreProblem refused = pair.admit(this.clock);
		if (refused != null) {
			this.problems.write(request, response, refused);
			return;
		}
		int status = HttpStatus.INTERNAL_SERVER_ERROR.value();
		try {
			chain.doFilter(request, response);
			status = response.getStatus();
		}
		finally {
			if (pair.checked(status, this.clock.instant())) {
				this.lockouts.increment();
			}
		}
	}

	private Pair pair(String key) {
		if (this.pairs.size() >= CAPACITY) {
			Instant now = this.clock.instant();
			this.pairs.values().removeIf((pair) -> pair.idleAt(now));
			if (this.pairs.size() >= CAPACITY) {
				this.pairs.clear();
			}
		}
		return this.pairs.computeIfAbsent(key, (absent) -> new Pair());
	}

	/** The user name of an HTTP Basic header, or null for any other (or none). */
	private static String basicUsername(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon >= 0) ? decoded.substring(0, colon) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** What a locked-out user is told: the minutes left, rounded up. */
	static Text lockedFor(Duration left) {
		long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
		return (minutes == 1)
				? Text.of("Too many wrong passwords for this user from your address: try again in a minute.") : Text
					.of("Too many wrong passwords for this user from your address: try again in {0} minutes.", minutes);
	}

	/**
	 * One name from one address: its wrong passwords in a row, the last at {@code last}
	 * (they count until {@link #LOCKED_FOR} after it), and its requests whose password is
	 * being checked now. Until the right password has been given since the last wrong
	 * one, a request is checked only while the wrong passwords and the ones being checked
	 * stay under {@link #ALLOWED}, so that guesses sent all at once cannot pass before
	 * the first of them is counted; a request beyond that waits for one to finish, as a
	 * page's first requests with the right password do for a moment. Once it has been
	 * given, the user's requests are checked all at once, as many as a client sends.
	 */
	private static final class Pair {

		private int failures;

		private Instant last = Instant.EPOCH;

		private int checking;

		private boolean rightPasswordGiven;

		/** Null when a request may be checked now, else why it is refused. */
		synchronized CadastreProblem admit(Clock clock) throws ServletException {
			Instant now = clock.instant();
			Instant until = now.plus(LONGEST_WAIT);
			while (!this.rightPasswordGiven && failuresAt(now) + this.checking >= ALLOWED) {
				if (failuresAt(now) >= ALLOWED) {
					Duration left = Duration.between(now, lockedUntil());
					return new CadastreProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-in-attempts",
							"Too many sign-in attempts", lockedFor(left))
						.retryAfter(left);
				}
				if (!now.isBefore(until)) {
					return new CadastreProblem(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Busy",
							Text.of("Other sign-ins of this user from your address are being checked just now; "
									+ "try again in a few seconds."))
						.retryAfter(LONGEST_WAIT);
				}
				try {
					wait(Duration.between(now, until).toMillis() + 1);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new ServletException("Interrupted while waiting to check a password", ex);
				}
				now = clock.instant();
			}
			this.checking++;
			return null;
		}

		/** Counts a request's answer; true when it began a lockout. */
		synchronized boolean checked(int status, Instant now) {
			this.checking--;
			boolean lockedOut = false;
			if (status == HttpStatus.UNAUTHORIZED.value()) {
				this.failures = failuresAt(now) + 1;
				this.last = now;
				this.rightPasswordGiven = false;
				lockedOut = this.failures == ALLOWED;
			}
			else if (status < 500) {
				this.failures = 0;
				this.rightPasswordGiven = true;
			}
			notifyAll();
			return lockedOut;
		}

		synchronized boolean idleAt(Instant now) {
			return this.checking == 0 && failuresAt(now) == 0;
		}

		private int failuresAt(Instant now) {
			return now.isBefore(lockedUntil()) ? this.failures : 0;
		}

		private Instant lockedUntil() {
			return this.last.plus(LOCKED_FOR);
		}

	}

}
