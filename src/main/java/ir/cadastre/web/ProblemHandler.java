package ir.cadastre.web;

import java.net.URI;
import java.util.Locale;

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
	ResponseEntity<Object> cadastreProblem(CadastreProblem problem, Locale locale) {
		return Problems.response(Problems.detail(problem, locale));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, Locale locale) {
		log.error("Unexpected failure", ex);
		return Problems.response(Problems.detail(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				Text.of("The service failed; the failure has been logged."), locale));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return Problems.response(Problems.detail(unreadable(ex), request.getLocale()));
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
	private static CadastreProblem unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof BodyTooLargeException) {
			return new CadastreProblem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
					Text.of("The request body exceeds {0} bytes.", BodyLimitFilter.JSON_BODY_LIMIT));
		}
		if (cause instanceof StreamConstraintsException limit) {
			Text detail = limit.getOriginalMessage().contains("nesting")
					? Text.of("JSON nesting is limited to {0} levels.", JsonLimits.MAX_NESTING_DEPTH)
					: Text.of("A JSON number is limited to {0} characters.", JsonLimits.MAX_NUMBER_LENGTH);
			return new CadastreProblem(HttpStatus.BAD_REQUEST, "json-limit-exceeded", "JSON limit exceeded", detail);
		}
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return new CadastreProblem(HttpStatus.BAD_REQUEST, "unknown-field", "Unknown field",
					Text.of("Field '{0}' is not part of this request.", unknown.getPropertyName()));
		}
		if (cause instanceof StreamReadException read && read.getOriginalMessage().startsWith("Duplicate ")) {
			return new CadastreProblem(HttpStatus.BAD_REQUEST, "duplicate-key", "Duplicate key",
					Text.of("A JSON object names the same field twice{0}.", where(read)));
		}
		if (cause instanceof MismatchedInputException mismatch
				&& !mismatch.getOriginalMessage().startsWith("Trailing token")) {
			return new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					Text.of("A field has the wrong JSON type{0}{1}.", field(mismatch), where(mismatch)));
		}
		if (cause instanceof InputCoercionException number) {
			return new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					Text.of("A number is out of its field's range{0}.", where(number)));
		}
		Text detail;
		if (!(cause instanceof StreamReadException read)) {
			detail = Text.of("The request body is missing or is not JSON.");
		}
		else if (read.getOriginalMessage().contains("Non-standard token")) {
			detail = Text.of("The body is not one valid JSON document{0}: NaN and Infinity are not JSON numbers.",
					where(read));
		}
		else {
			detail = Text.of("The body is not one valid JSON document{0}.", where(read));
		}
		return new CadastreProblem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", detail);
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

	private static Text where(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		return (location != null && location.getLineNr() > 0)
				? Text.of(" (line {0}, column {1})", location.getLineNr(), location.getColumnNr()) : Text.of("");
	}

}
