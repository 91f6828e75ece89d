package ir.cadastre.publish;

/**
 * GeoServer could not be reached, or refused a request, during a named step of
 * publication or truncation.
 */
class GeoServerFailure extends RuntimeException {

	private final String step;

	private final int status;

	private GeoServerFailure(String step, int status, String message, Throwable cause) {
		super(message, cause);
		this.step = step;
		this.status = status;
	}

	static GeoServerFailure unreachable(String step, String url, Throwable cause) {
		String reason = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return new GeoServerFailure(step, 0, "GeoServer at " + url + " could not be reached (" + reason + ")", cause);
	}

	static GeoServerFailure refused(String step, String method, String path, int status, String body) {
		String answer = (body == null || body.isBlank()) ? "" : ": " + abbreviate(body.strip());
		return new GeoServerFailure(step, status,
				"GeoServer answered " + status + " to " + method + " " + path + answer, null);
	}

	/** The step that failed, e.g. {@code feature type forests}. */
	String step() {
		return this.step;
	}

	/** Whether GeoServer answered at all (and refused). */
	boolean refused() {
		return this.status != 0;
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
