package ir.cadastre.web;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures become RFC 9457 problems. A client never sees a stack
 * trace: anything unexpected is logged here and answered with a bare 500.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final Counter readTimeouts;

	ProblemHandler(MeterRegistry meters) {
		this.readTimeouts = Counter.builder("cadastre.reads.timeouts")
			.description("Read requests the database stopped at the read timeout (503 read-timeout)")
			.register(meters);
	}

	@ExceptionHandler(CadastreProblem.class)
	ResponseEntity<Object> cadastreProblem(CadastreProblem problem, Locale locale) {
		return Problems.response(problem, locale);
	}

	/**
	 * A query string Tomcat cannot decode, read only once a handler asks for a parameter
	 * (a form's, whose parameters {@link ParameterTextFilter} leaves to the form).
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> unreadableParameters(InvalidParameterException ex, Locale locale) {
		return Problems.response(Problems.detail(ParameterTextFilter.unreadable(), locale));
	}

	/**
	 * A form that cannot be read as one: no boundary in its Content-Type, a body cut off
	 * before its closing boundary, a file name the container refuses. (An upload too
	 * large is {@link MaxUploadSizeExceededException}, which Spring's own handler takes.)
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> malformedForm(MultipartException ex, Locale locale) {
		return Problems.response(Problems.detail(
				new CadastreProblem(HttpStatus.BAD_REQUEST, "malformed-form", "Malformed form",
						Text.of("The body is not a readable multipart/form-data form: its Content-Type must "
								+ "name the boundary, each part must end with it, and a file's name must be text.")),
				locale));
	}

	/**
	 * Anything unexpected is a bare 500, logged; but the database out of reach is a 503
	 * that tells the client to try again, logged in one line (an outage would otherwise
	 * fill the log with a stack trace a request), and so is a read the database stopped
	 * at its statement timeout.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, Locale locale) {
		if (DatabaseOutage.caused(ex)) {
			log.warn("The database is out of reach: {}", ex.getMessage());
			return Problems.response(DatabaseOutage.problem(), locale);
		}
		if (ReadLimit.caused(ex)) {
			this.readTimeouts.increment();
			log.warn("A read was stopped at its statement timeout: {}", ex.getMessage());
			return Problems.response(ReadLimit.problem(), locale);
		}
		log.error("Unexpected failure", ex);
		return Problems.response(Problems.detail(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				Text.of("The service failed; the failure has been logged."), locale));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return Problems.response(Problems.detail(JsonFaults.of(ex), request.getLocale()));
	}

	/**
	 * A query parameter that is not of its type ({@code ?dueWithinDays=abc}) is refused
	 * as every other parameter is, naming it and what it takes; a path variable that is
	 * not ({@code /applications/abc}) keeps Spring's 400, as no such resource can be.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch
				&& mismatch.getParameter().hasParameterAnnotation(RequestParam.class)) {
			Text reason = Digits.latin(String.valueOf(mismatch.getValue())).strip().matches("-?[0-9]+")
					? Text.of("{0} is out of range: '{1}'.", mismatch.getName(), mismatch.getValue())
					: Text.of("{0} {1}, not '{2}'.", mismatch.getName(),
							JsonFaults.expected(mismatch.getRequiredType()), mismatch.getValue());
			return Problems.response(
					Problems.detail(CadastreProblem.invalidParameter(mismatch.getName(), reason), request.getLocale()));
		}
		return super.handleTypeMismatch(ex, headers, status, request);
	}

	/**
	 * A form without the part that holds its file is refused as a missing parameter is.
	 */
	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String part = ex.getRequestPartName();
		Text reason = Text.of("{0} is required: a part of the form.", part);
		return Problems.response(Problems.detail(CadastreProblem.invalidParameter(part, reason), request.getLocale()));
	}

	/**
	 * Spring's own refusals (404, 405, 415 …) get a stable type too, and a detail in the
	 * service's words and the reader's language.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body == null && ex instanceof ErrorResponse refusal) {
			body = refusal.updateAndGetBody(getMessageSource(), request.getLocale());
		}
		if (body instanceof ProblemDetail detail) {
			if (detail.getType() == null || URI.create("about:blank").equals(detail.getType())) {
				String slug = Problems.slugFor(statusCode);
				detail.setType(Problems.type(slug));
				detail.setTitle(Problems.title(slug, detail.getTitle(), request.getLocale()));
			}
			Text said = said(ex);
			if (said != null) {
				detail.setDetail(said.in(request.getLocale()));
			}
		}
		HttpHeaders varied = new HttpHeaders();
		varied.putAll(headers);
		if (ex instanceof HttpRequestMethodNotSupportedException method && method.getSupportedHttpMethods() != null) {
			varied.setAllow(allowed(method.getSupportedHttpMethods()));
		}
		varied.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		return super.handleExceptionInternal(ex, body, varied, statusCode, request);
	}

	/**
	 * Every method a path takes, as OPTIONS lists them (RFC 9110 15.5.6): Spring names
	 * the mapped ones only, but a path that takes GET takes HEAD, and every path OPTIONS.
	 */
	private static Set<HttpMethod> allowed(Set<HttpMethod> mapped) {
		Set<HttpMethod> allowed = new LinkedHashSet<>(mapped);
		if (mapped.contains(HttpMethod.GET)) {
			allowed.add(HttpMethod.HEAD);
		}
		allowed.add(HttpMethod.OPTIONS);
		return allowed;
	}

	/** What the service says of a refusal Spring makes; null to keep Spring's words. */
	private static Text said(Exception ex) {
		if (ex instanceof NoResourceFoundException) {
			return Text.of("There is nothing at this path.");
		}
		if (ex instanceof HttpRequestMethodNotSupportedException method) {
			return Text.of("This path does not take {0}; it takes {1}.", method.getMethod(),
					String.join(", ", Objects.requireNonNullElse(method.getSupportedMethods(), new String[0])));
		}
		if (ex instanceof HttpMediaTypeNotSupportedException type && type.getContentType() == null) {
			return Text.of("The body has no Content-Type; send {0}.",
					MediaType.toString(type.getSupportedMediaTypes()));
		}
		if (ex instanceof HttpMediaTypeNotSupportedException type) {
			return Text.of("A body of type {0} is not taken here; send {1}.", type.getContentType(),
					MediaType.toString(type.getSupportedMediaTypes()));
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException type) {
			return Text.of("This path answers only in {0}.", MediaType.toString(type.getSupportedMediaTypes()));
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return Text.of("The parameter {0} is required.", missing.getParameterName());
		}
		if (ex instanceof MissingPathVariableException missing) {
			return Text.of("The path names no {0}.", missing.getVariableName());
		}
		if (ex instanceof MissingRequestHeaderException missing) {
			return Text.of("The header {0} is required.", missing.getHeaderName());
		}
		if (ex instanceof TypeMismatchException mismatch) {
			return Text.of("'{0}' is not a valid {1}.", mismatch.getValue(), mismatch.getPropertyName());
		}
		if (ex instanceof MaxUploadSizeExceededException) {
			return Text.of("The upload is larger than the service takes.");
		}
		return null;
	}

}
