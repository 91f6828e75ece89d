package ir.cadastre.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps heavy requests from taking every database connection: a request that reads or
 * writes a whole layer or list (exports, downloads, a layer's features, imports, register
 * files) holds a connection for as long as it streams, seconds at national scale, and
 * twenty of them would leave submissions and overlap checks waiting for the pool. So many
 * run at once ({@link HeavyRequestProperties}); the rest wait their turn, in order, and
 * are refused with 503 {@code busy} and {@code Retry-After} if it does not come within
 * the wait (or at once when {@value #MOST_WAITING} already wait, which would hold the
 * server's threads). Everything else never waits here, tiles included: each holds its
 * connection for milliseconds, and a map asks for dozens at once, which a queue would
 * turn into blank squares as soon as a few people looked at the map. Runs after sign-in,
 * so a request without a user takes no turn.
 *
 * <p>
 * For the operators: {@code cadastre.heavy.requests.waiting}, the heavy requests waiting
 * for their turn now, and {@code cadastre.heavy.requests.busy}, those refused.
 */
@Component
class HeavyRequests extends OncePerRequestFilter {

	private static final Pattern BULK = Pattern
		.compile("(GET /api/v1/layers/[^/]+/(features|download|versions/[^/]+/findings)"
				+ "|GET /api/v1/(applications|inquiries)/export|POST /api/v1/layers/[^/]+/imports"
				+ "|POST /api/v1/licences/registrations)/?");

	static final int MOST_WAITING = 50;

	private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	private final ProblemWriter problems;

	private final HeavyRequestProperties properties;

	private final Semaphore bulk;

	private final Counter busy;

	HeavyRequests(ProblemWriter problems, HeavyRequestProperties properties, MeterRegistry meters) {
		this.problems = problems;
		this.properties = properties;
		this.bulk = new Semaphore(properties.bulk(), true);
		Gauge.builder("cadastre.heavy.requests.waiting", this.bulk, Semaphore::getQueueLength)
			.description("Heavy requests (exports, downloads, imports) waiting for their turn")
			.register(meters);
		this.busy = Counter.builder("cadastre.heavy.requests.busy")
			.description("Heavy requests refused with 503 busy for want of a turn")
			.register(meters);
	}

	/** The turns of a kind of request; {@code null} for a request that takes none. */
	Semaphore turns(HttpServletRequest request) {
		return bulk(request) ? this.bulk : null;
	}

	/** Whether the request reads or writes a whole layer or list. */
	static boolean bulk(HttpServletRequest request) {
		String call = request.getMethod() + " " + request.getRequestURI().substring(request.getContextPath().length());
		return BULK.matcher(call).matches();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return turns(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Semaphore turns = turns(request);
		boolean turn;
		try {
			turn = turns.tryAcquire() || (turns.getQueueLength() < MOST_WAITING
					&& turns.tryAcquire(this.properties.maxWait().toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			turn = false;
		}
		if (!turn) {
			this.busy.increment();
			this.problems.write(request, response,
					new CadastreProblem(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Busy",
							Text.of("Too many exports, downloads or imports are being served just now; "
									+ "try again in a few seconds."))
						.retryAfter(RETRY_AFTER));
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			turns.release();
		}
	}

}
