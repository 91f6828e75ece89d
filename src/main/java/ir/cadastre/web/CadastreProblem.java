package ir.cadastre.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;

/**
 * A refusal that reaches the client as an RFC 9457 problem with a stable type. Thrown by
 * any feature; {@link ProblemHandler} writes it.
 */
public class CadastreProblem extends RuntimeException {

	/** The members RFC 9457 defines, and the service's own list of refused fields. */
	private static final Set<String> MEMBERS = Set.of("type", "title", "status", "detail", "instance", "errors");

	private final HttpStatus status;

	private final String slug;

	private final String title;

	private final Text detail;

	private final List<InputError> errors;

	private final Map<String, Object> extensions;

	private final Duration retryAfter;

	public CadastreProblem(HttpStatus status, String slug, String title, Text detail) {
		this(status, slug, title, detail, List.of(), Map.of());
	}

	public CadastreProblem(HttpStatus status, String slug, String title, Text detail, List<InputError> errors,
			Map<String, Object> extensions) {
		this(status, slug, title, detail, errors, extensions, null);
	}

	private CadastreProblem(HttpStatus status, String slug, String title, Text detail, List<InputError> errors,
			Map<String, Object> extensions, Duration retryAfter) {
		this.status = status;
		this.slug = slug;
		this.title = title;
		this.detail = detail;
		this.errors = List.copyOf(errors);
		this.extensions = Map.copyOf(extensions);
		this.retryAfter = retryAfter;
		if (!Collections.disjoint(this.extensions.keySet(), MEMBERS)) {
			throw new IllegalArgumentException("An extension may not repeat a member of RFC 9457: " + extensions);
		}
	}

	/**
	 * A query parameter refused (400 {@code invalid-parameter}): the reason is the detail
	 * and the field's error.
	 */
	public static CadastreProblem invalidParameter(String field, Text reason) {
		return new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", reason,
				List.of(InputError.of(field, reason)), Map.of());
	}

	public HttpStatus status() {
		return this.status;
	}

	public String slug() {
		return this.slug;
	}

	public String title() {
		return this.title;
	}

	public Text detail() {
		return this.detail;
	}

	/**
	 * The detail in English, written only when asked for (a log): a refusal need not pay
	 * for it.
	 */
	@Override
	public String getMessage() {
		return this.detail.toString();
	}

	public List<InputError> errors() {
		return this.errors;
	}

	public Map<String, Object> extensions() {
		return this.extensions;
	}

	/**
	 * The same refusal, telling the client when to try again ({@code Retry-After}, in
	 * whole seconds, at least one): for a refusal that passes by itself (503, 429).
	 */
	public CadastreProblem retryAfter(Duration after) {
		return new CadastreProblem(this.status, this.slug, this.title, this.detail, this.errors, this.extensions,
				after);
	}

	/** When the client may try again, or {@code null} when the refusal will not pass. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

	/** The {@code Retry-After} header's value, or {@code null} for none. */
	String retryAfterSeconds() {
		return (this.retryAfter != null) ? Long.toString(Math.max(1, (this.retryAfter.toMillis() + 999) / 1000)) : null;
	}

}
