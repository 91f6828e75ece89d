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
 * at most {@link #CAPACITY} pairs: when full, the pairs no longer counted are dropped,
 * and if none is, all are.
 */
final class SignInAttempts extends OncePerRequestFilter {

	static final int ALLOWED = 5;

	static final Duration LOCKED_FOR = Duration.ofMinutes(15);

	private static final int CAPACITY = 100_000;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final ProblemWriter problems;

	private final Clock clock;

	SignInAttempts(ProblemWriter problems, Clock clock) {
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = basicUsername(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (username == null) {
			chain.doFilter(request, response);
			return;
		}
		String pair = username + "\u0000" + request.getRemoteAddr();
		Instant now = this.clock.instant();
		Failures earlier = this.failures.get(pair);
		if (earlier != null && earlier.lockedAt(now)) {
			Duration left = Duration.between(now, earlier.last().plus(LOCKED_FOR));
			this.problems.write(request, response, new CadastreProblem(HttpStatus.TOO_MANY_REQUESTS,
					"too-many-sign-in-attempts", "Too many sign-in attempts", lockedFor(left))
				.retryAfter(left));
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			failed(pair, now);
		}
		else if (earlier != null && response.getStatus() < 500) {
			this.failures.remove(pair);
		}
	}

	private void failed(String pair, Instant now) {
		if (this.failures.size() >= CAPACITY) {
			this.failures.values().removeIf((failures) -> !failures.countsAt(now));
			if (this.failures.size() >= CAPACITY) {
				this.failures.clear();
			}
		}
		this.failures.merge(pair, new Failures(1, now),
				(before, one) -> new Failures(before.countsAt(now) ? before.count() + 1 : 1, now));
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
	 * Wrong passwords in a row for a pair, the last at {@code last}; they count until
	 * {@link #LOCKED_FOR} after the last.
	 */
	private record Failures(int count, Instant last) {

		boolean countsAt(Instant now) {
			return now.isBefore(this.last.plus(LOCKED_FOR));
		}

		boolean lockedAt(Instant now) {
			return this.count >= ALLOWED && countsAt(now);
		}

	}

}
