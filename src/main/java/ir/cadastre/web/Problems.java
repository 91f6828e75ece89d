package ir.cadastre.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds problem documents with the service's stable type URNs.
 */
public final class Problems {

	private static final String TYPE_PREFIX = "urn:cadastre:problem:";

	private Problems() {
	}

	public static URI type(String slug) {
		return URI.create(TYPE_PREFIX + slug);
	}

	/**
	 * A refused request's path as a problem's {@code instance}; {@code null} when there
	 * is none, or it is no URI reference (a path Tomcat refused as unreadable), so that
	 * it is not repeated.
	 */
	static URI instance(String path) {
		if (path == null || path.isEmpty()) {
			return null;
		}
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static ProblemDetail detail(HttpStatusCode status, String slug, String title, Text detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail.in(locale));
		problem.setType(type(slug));
		problem.setTitle(title(slug, title, locale));
		return problem;
	}

	/**
	 * The type's title in the reader's language: Persian for {@code fa}, else English.
	 */
	static String title(String slug, String english, Locale locale) {
		return Text.isPersian(locale) ? PersianPatterns.page("problem." + slug, english) : english;
	}

	/**
	 * The problem document of a refusal, its detail and errors in the reader's language.
	 */
	public static ProblemDetail detail(CadastreProblem problem, Locale locale) {
		ProblemDetail body = detail(problem.status(), problem.slug(), problem.title(), problem.detail(), locale);
		if (!problem.errors().isEmpty()) {
			body.setProperty("errors", problem.errors().stream().map((error) -> error.in(locale)).toList());
		}
		problem.extensions().forEach(body::setProperty);
		return body;
	}

	/**
	 * The answer is in the language the request asked for, so caches keep one per
	 * language.
	 */
	static ResponseEntity<Object> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(problem);
	}

	/**
	 * A refusal's answer in the reader's language, with its {@code Retry-After} if any.
	 */
	static ResponseEntity<Object> response(CadastreProblem problem, Locale locale) {
		String retryAfter = problem.retryAfterSeconds();
		ResponseEntity<Object> answer = response(detail(problem, locale));
		return (retryAfter == null) ? answer
				: ResponseEntity.status(answer.getStatusCode())
					.headers(answer.getHeaders())
					.header(HttpHeaders.RETRY_AFTER, retryAfter)
					.body(answer.getBody());
	}

	static String slugFor(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.name().toLowerCase().replace('_', '-') : "http-" + status.value();
	}

}
