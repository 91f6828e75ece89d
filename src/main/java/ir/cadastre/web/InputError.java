package ir.cadastre.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One thing wrong with a request: the field it concerns, why, and for a geometry fault
 * the GeoJSON point where it lies (e.g. a self-intersection).
 *
 * @param field the request field, as a JSON pointer-like path such as {@code geometry}
 * @param reason what is wrong, for people
 * @param location a GeoJSON {@code Point} in lon/lat, or {@code null}
 */
public record InputError(String field, Text reason, Map<String, Object> location) {

	public static InputError of(String field, Text reason) {
		return new InputError(field, reason, null);
	}

	public static InputError at(String field, Text reason, double lon, double lat) {
		return new InputError(field, reason, Map.of("type", "Point", "coordinates", new double[] { lon, lat }));
	}

	/**
	 * The error as the problem's {@code errors} list gives it, in the reader's language.
	 */
	Map<String, Object> in(Locale locale) {
		Map<String, Object> error = new LinkedHashMap<>();
		if (this.field != null) {
			error.put("field", this.field);
		}
		error.put("reason", this.reason.in(locale));
		if (this.location != null) {
			error.put("location", this.location);
		}
		return error;
	}

}
