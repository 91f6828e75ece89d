package ir.cadastre.web;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where failures become RFC 9457 problems. A client never sees a stack
 * trace: anything unexpected is logged here and answered with a bare 500.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler(CadastreProblem.class)
	ResponseEntity<Object> cadastreProblem(CadastreProblem problem) {
		ProblemDetail body = Problems.detail(problem.status(), problem.slug(), problem.title(), problem.getMessage());
		if (!problem.errors().isEmpty()) {
			body.setProperty("errors", problem.errors());
		}
		problem.extensions().forEach(body::setProperty);
		return Problems.response(body);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return Problems.response(Problems.detail(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"The service failed; the failure has been logged."));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return Problems.response(unreadable(ex));
	}

	/** Spring's own exceptions (404, 405, 415 …) get a stable type too. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail detail
				&& (detail.getType() == null || URI.create("about:blank").equals(detail.getType()))) {
			detail.setType(Problems.type(Problems.slugFor(statusCode)));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	/**
	 * Names the JSON fault precisely, in the service's own words: the client fixes a
	 * request faster when told which rule it broke, and the reader's internals are none
	 * of its business.
	 */
	private static ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof BodyTooLargeException tooLarge) {
			return Problems.detail(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
					tooLarge.getMessage());
		}
		if (cause instanceof StreamConstraintsException limit) {
			String detail = limit.getOriginalMessage().contains("nesting")
					? "JSON nesting is limited to " + JsonLimits.MAX_NESTING_DEPTH + " levels."
					: "A JSON number is limited to " + JsonLimits.MAX_NUMBER_LENGTH + " characters.";
			return Problems.detail(HttpStatus.BAD_REQUEST, "json-limit-exceeded", "JSON limit exceeded", detail);
		}
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return Problems.detail(HttpStatus.BAD_REQUEST, "unknown-field", "Unknown field",
					"Field '" + unknown.getPropertyName() + "' is not part of this request.");
		}
		if (cause instanceof StreamReadException read && read.getOriginalMessage().startsWith("Duplicate ")) {
			return Problems.detail(HttpStatus.BAD_REQUEST, "duplicate-key", "Duplicate key",
					"A JSON object names the same field twice" + where(read) + ".");
		}
		if (cause instanceof MismatchedInputException mismatch
				&& !mismatch.getOriginalMessage().startsWith("Trailing token")) {
			return Problems.detail(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					"A field has the wrong JSON type" + field(mismatch) + where(mismatch) + ".");
		}
		if (cause instanceof InputCoercionException number) {
			return Problems.detail(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					"A number is out of its field's range" + where(number) + ".");
		}
		String detail = (cause instanceof StreamReadException read)
				? "The body is not one valid JSON document" + where(read)
						+ (read.getOriginalMessage().contains("Non-standard token")
								? ": NaN and Infinity are not JSON numbers." : ".")
				: "The request body is missing or is not JSON.";
		return Problems.detail(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", detail);
	}

	/** The field as a path, e.g. " (months)" or " (geometry.coordinates[0])". */
	private static String field(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "" : " (" + path + ")";
	}

	private static String where(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		return (location != null && location.getLineNr() > 0)
				? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "";
	}

}
