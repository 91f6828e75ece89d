package ir.cadastre.publish;

import ir.cadastre.web.Text;

/**
 * GeoServer could not be reached, or refused a request, during a named step of
 * publication or truncation.
 */
class GeoServerFailure extends RuntimeException {

	private final String step;

	private final int status;

	private final Text reason;

	private GeoServerFailure(String step, int status, Text reason, Throwable cause) {
		super(reason.toString(), cause);
		this.step = step;
		this.status = status;
		this.reason = reason;
	}

	static GeoServerFailure unreachable(String step, String url, Throwable cause) {
		String reason = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return new GeoServerFailure(step, 0, Text.of("GeoServer at {0} could not be reached ({1})", url, reason),
				cause);
	}

	/** GeoServer's refusal, with its answer (abbreviated) as it gave it. */
	static GeoServerFailure refused(String step, String method, String path, int status, String body) {
		Text reason = (body == null || body.isBlank())
				? Text.of("GeoServer answered {0} to {1} {2}", status, method, path)
				: Text.of("GeoServer answered {0} to {1} {2}: {3}", status, method, path, abbreviate(body.strip()));
		return new GeoServerFailure(step, status, reason, null);
	}

	/** An answer of GeoServer that is not what it should be, as this service tells it. */
	static GeoServerFailure refused(String step, String method, String path, int status, Text answer) {
		return new GeoServerFailure(step, status,
				Text.of("GeoServer answered {0} to {1} {2}: {3}", status, method, path, answer), null);
	}

	/** The step that failed, e.g. {@code feature type forests}. */
	String step() {
		return this.step;
	}

	/** Whether GeoServer answered at all (and refused). */
	boolean refused() {
		return this.status != 0;
	}

	/** What went wrong, for a problem to give in its reader's language. */
	Text reason() {
		return this.reason;
	}

	/** GeoServer's HTTP status, 0 when it could not be reached. */
	int status() {
		return this.status;
	}

	private static String abbreviate(String text) {
		String oneLine = text.replaceAll("\\s+", " ");
		return (oneLine.length() > 300) ? oneLine.substring(0, 300) + "…" : oneLine;
	}

}
