package ir.cadastre.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each statement of a read request ({@code GET}, {@code HEAD}) to
 * {@code cadastre.reads.statement-timeout}: a page, a count, a report or a search that
 * runs longer is stopped by the database and refused with 503 {@code read-timeout}
 * ({@link ReadLimit}). Writes are not limited: a submission legitimately waits for an
 * import's locks for as long as the import runs. Nor are the heavy reads, which stream a
 * whole layer or list for as long as it takes and take turns instead
 * ({@link HeavyRequests}), and the audit trail's check, which reads every event by
 * design. Runs after sign-in, whose user lookups are not the request's reading.
 */
@Component
class ReadRequests extends OncePerRequestFilter {

	private static final String WHOLE_TRAIL = "/api/v1/audit/verification";

	private final Duration limit;

	ReadRequests(ReadLimitProperties properties) {
		this.limit = properties.statementTimeout();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.limit.isZero() || !("GET".equals(method) || "HEAD".equals(method)) || HeavyRequests.bulk(request)
				|| path.equals(WHOLE_TRAIL) || path.equals(WHOLE_TRAIL + "/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ReadLimit.set(this.limit);
		try {
			chain.doFilter(request, response);
		}
		finally {
			ReadLimit.clear();
		}
	}

}
