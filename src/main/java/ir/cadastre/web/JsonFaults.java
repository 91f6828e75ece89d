package ir.cadastre.web;

import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * What is wrong with a JSON body the reader refused ({@link JsonLimits}), as a problem in
 * the service's own words: the field, what it takes, where in the text.
 */
final class JsonFaults {

	/**
	 * The name a reader's message quotes, as in {@code Duplicate Object property "days"}.
	 */
	private static final Pattern QUOTED = Pattern.compile("\"(.*?)\"");

	private JsonFaults() {
	}

	/**
	 * Names the JSON fault precisely, in the service's own words: the client fixes a
	 * request faster when told which rule it broke, and the reader's internals are none
	 * of its business.
	 */
	static CadastreProblem of(HttpMessageNotReadableException ex) {
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
			return duplicate(read);
		}
		if (cause instanceof InvalidFormatException text && text.getValue() instanceof String value
				&& JsonLimits.holdsNul(value)) {
			return nul(text);
		}
		if (cause instanceof MismatchedInputException mismatch
				&& !mismatch.getOriginalMessage().startsWith("Trailing token")) {
			return wrongType(mismatch);
		}
		if (cause instanceof InputCoercionException number) {
			String field = path(number);
			if (field.isEmpty()) {
				return new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
						Text.of("A number is out of its field's range{0}.", where(number)));
			}
			Text reason = Text.of("is out of its range");
			return new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					Text.of("A number is out of its field's range ({0}){1}.", field, where(number)),
					List.of(InputError.of(field, reason)), Map.of());
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

	/**
	 * A text holding U+0000, naming its field (in {@code errors} too) where it has one.
	 */
	private static CadastreProblem nul(InvalidFormatException text) {
		String field = path(text);
		List<InputError> errors = field.isEmpty() ? List.of()
				: List.of(InputError.of(field, Text.of("holds the character U+0000 (NUL), which no text may hold")));
		return new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				Text.of("A text field holds the character U+0000 (NUL), which no text may hold{0}{1}.", field(text),
						where(text)),
				errors, Map.of());
	}

	/**
	 * A field named twice in one object: which of its values was meant is the client's to
	 * say, so neither is taken. The reader's message quotes the name.
	 */
	private static CadastreProblem duplicate(StreamReadException read) {
		Matcher quoted = QUOTED.matcher(read.getOriginalMessage());
		if (!quoted.find()) {
			return new CadastreProblem(HttpStatus.BAD_REQUEST, "duplicate-key", "Duplicate key",
					Text.of("A JSON object names the same field twice{0}.", where(read)));
		}
		String field = quoted.group(1);
		Text reason = Text.of("is named twice in one JSON object");
		return new CadastreProblem(HttpStatus.BAD_REQUEST, "duplicate-key", "Duplicate key",
				Text.of("A JSON object names the same field twice ({0}){1}.", field, where(read)),
				List.of(InputError.of(field, reason)), Map.of());
	}

	/**
	 * A value of another JSON type than its field's (never converted, see
	 * {@link JsonLimits}): the problem names the field and what it takes, so that the
	 * client mends it without guessing.
	 */
	private static CadastreProblem wrongType(MismatchedInputException mismatch) {
		String field = path(mismatch);
		Text expected = expected(mismatch.getTargetType());
		if (field.isEmpty()) {
			return new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					Text.of("The body must be a JSON object{0}.", where(mismatch)));
		}
		return new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				Text.of("A field has the wrong JSON type ({0}): it {1}{2}.", field, expected, where(mismatch)),
				List.of(InputError.of(field, expected)), Map.of());
	}

	/** What a field of this Java type takes, as JSON. */
	static Text expected(Class<?> type) {
		if (type == null || Map.class.isAssignableFrom(type)) {
			return Text.of("must be an object");
		}
		if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
			return Text.of("must be text");
		}
		if (type == Boolean.class || type == boolean.class) {
			return Text.of("must be true or false");
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == BigInteger.class) {
			return Text.of("must be a whole number");
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return Text.of("must be a number");
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return Text.of("must be an array");
		}
		return Text.of("must be an object");
	}

	/** The field as a path, e.g. " (months)" or " (geometry.coordinates[0])". */
	private static String field(DatabindException ex) {
		String path = path(ex);
		return path.isEmpty() ? "" : " (" + path + ")";
	}

	/**
	 * The field as a path, e.g. "months" or "geometry.coordinates[0]"; empty at the root.
	 */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static Text where(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		return (location != null && location.getLineNr() > 0)
				? Text.of(" (line {0}, column {1})", location.getLineNr(), location.getColumnNr()) : Text.of("");
	}

}
