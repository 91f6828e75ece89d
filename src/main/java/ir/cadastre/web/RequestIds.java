package ir.cadastre.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names each request, so that a line of the log can be tied to the request, and to the
 * problem document a user reports: the client's {@code X-Request-Id} when it is a sane
 * token (1 to 128 letters, digits and {@code . _ : + / = -}, as proxies and load
 * balancers make them), else a new one (a UUID). The id is sent back on every answer, is
 * in every log line written while the request is served (MDC key {@value #KEY}), and in
 * every problem document (extension member {@value #KEY}). Runs first, so that the other
 * filters' refusals and log lines carry it too, and again on the container's error
 * dispatch, which comes after this filter has let go of the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String KEY = "requestId";

	/**
	 * No spaces, quotes or control characters: it is written into log lines as it came.
	 */
	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:+/=-]{1,128}");

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = of(request);
		response.setHeader(HEADER, id);
		MDC.put(KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(KEY);
		}
	}

	/**
	 * The request's id, chosen the first time it is asked for and kept on the request.
	 * @param request the request
	 * @return its id: the client's when sane, else a new one
	 */
	static String of(HttpServletRequest request) {
		if (request.getAttribute(KEY) instanceof String id) {
			return id;
		}
		String given = request.getHeader(HEADER);
		String id = (given != null && SANE.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		request.setAttribute(KEY, id);
		return id;
	}

}
