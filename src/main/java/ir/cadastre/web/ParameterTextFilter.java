package ir.cadastre.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request parameters that are not text before any handler reads them: one holding
 * U+0000 (PostgreSQL's text cannot hold it, so a filter or search on it would fail), and
 * a query string whose percent-escapes are not UTF-8 (the container cannot decode it).
 * Both are a 400 {@code invalid-parameter}.
 */
@Component
class ParameterTextFilter extends OncePerRequestFilter {

	private final ProblemWriter problems;

	ParameterTextFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CadastreProblem refusal = refusal(request);
		if (refusal != null) {
			this.problems.write(request, response, refusal);
			return;
		}
		chain.doFilter(request, response);
	}

	private static CadastreProblem refusal(HttpServletRequest request) {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			// Reading a form's parameters here would read its files too, before the
			// multipart resolver and its limits; U+0000 reaches a query only as %00.
			String query = request.getQueryString();
			return (query != null && query.toLowerCase(Locale.ROOT).contains("%00")) ? nul("query") : null;
		}
		try {
			// A name holding a control character is the security firewall's to refuse.
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				for (String value : parameter.getValue()) {
					if (JsonLimits.holdsNul(value)) {
						return nul(parameter.getKey());
					}
				}
			}
			return null;
		}
		catch (IllegalStateException ex) {
			// Tomcat's InvalidParameterException: a %-escape not UTF-8, or cut off.
			return unreadable();
		}
	}

	/** The query string the container could not decode. */
	static CadastreProblem unreadable() {
		return CadastreProblem.invalidParameter("query",
				Text.of("The query string cannot be read: each parameter must be UTF-8 text, percent-encoded."));
	}

	private static CadastreProblem nul(String parameter) {
		return CadastreProblem.invalidParameter(parameter,
				Text.of("{0} holds the character U+0000 (NUL), which no text may hold.", parameter));
	}

}
