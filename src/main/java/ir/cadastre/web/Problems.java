package ir.cadastre.web;

import java.net.URI;

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

	public static ProblemDetail detail(HttpStatusCode status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(slug));
		problem.setTitle(title);
		return problem;
	}

	static ResponseEntity<Object> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static String slugFor(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.name().toLowerCase().replace('_', '-') : "http-" + status.value();
	}

}
