package ir.cadastre.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes a problem from places that run before Spring MVC (servlet filters, security
 * entry points), so those refusals look exactly like the rest.
 */
@Component
public class ProblemWriter {

	private final JsonMapper json;

	ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, CadastreProblem problem)
			throws IOException {
		ProblemDetail body = Problems.detail(problem, request.getLocale());
		// As Spring MVC names the request a controller's refusal answers.
		body.setInstance(URI.create(request.getRequestURI()));
		body.setProperty(RequestIds.KEY, RequestIds.of(request));
		response.setStatus(body.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		if (problem.retryAfterSeconds() != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, problem.retryAfterSeconds());
		}
		this.json.writeValue(response.getOutputStream(), body);
	}

}
