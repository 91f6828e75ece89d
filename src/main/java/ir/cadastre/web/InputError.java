package ir.cadastre.web;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a request: the field it concerns, why, and for a geometry fault
 * the GeoJSON point where it lies (e.g. a self-intersection).
 *
 * @param field the request field, as a JSON pointer-like path such as {@code geometry}
 * @param reason what is wrong, for people
 * @param location a GeoJSON {@code Point} in lon/lat, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InputError(String field, String reason, Map<String, Object> location) {

	public static InputError of(String field, String reason) {
		return new InputError(field, reason, null);
	}

	public static InputError at(String field, String reason, double lon, double lat) {
		return new InputError(field, reason, Map.of("type", "Point", "coordinates", new double[] { lon, lat }));
	}

}
