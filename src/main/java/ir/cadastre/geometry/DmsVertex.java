package ir.cadastre.geometry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Coordinate;
import tools.jackson.databind.JsonNode;

/**
 * One vertex in degrees-minutes-seconds, e.g. {@code ["53°12'30\"E", "32°10'05.5\"N"]}.
 * Minutes and seconds are below 60; each value ends with its hemisphere letter.
 */
final class DmsVertex {

	private static final Pattern DMS = Pattern.compile(
			"\\s*(\\d{1,3})\\s*[°d]\\s*(\\d{1,2})\\s*['′m]\\s*(\\d{1,2}(?:\\.\\d{1,6})?)\\s*(?:\"|″|''|s)?\\s*([NSEW])\\s*");

	private DmsVertex() {
	}

	static Coordinate read(JsonNode corner, String field) {
		if (!corner.isArray() || corner.size() != 2 || !corner.get(0).isString() || !corner.get(1).isString()) {
			throw Refusals.structure(field,
					Text.of("A DMS vertex must be a pair of strings such as [\"53°12'30\\\"E\", \"32°10'05\\\"N\"]."));
		}
		Angle first = angle(corner.get(0).stringValue(), field);
		Angle second = angle(corner.get(1).stringValue(), field);
		if (first.latitude() == second.latitude()) {
			throw Refusals.notation(field, Text.of("A DMS vertex needs one latitude (N/S) and one longitude (E/W)."));
		}
		Angle lon = first.latitude() ? second : first;
		Angle lat = first.latitude() ? first : second;
		return Positions.lonLat(lon.degrees(), lat.degrees(), field);
	}

	private static Angle angle(String text, String field) {
		Matcher m = DMS.matcher(text);
		if (!m.matches()) {
			throw Refusals.notation(field,
					Text.of("'{0}' is not degrees°minutes'seconds\" followed by N, S, E or W.", text));
		}
		int degrees = Integer.parseInt(m.group(1));
		int minutes = Integer.parseInt(m.group(2));
		double seconds = Double.parseDouble(m.group(3));
		if (minutes >= 60 || seconds >= 60) {
			throw Refusals.notation(field, Text.of("'{0}': minutes and seconds must be below 60.", text));
		}
		char hemisphere = m.group(4).charAt(0);
		boolean latitude = hemisphere == 'N' || hemisphere == 'S';
		if (degrees > (latitude ? 90 : 180)) {
			throw Refusals.coordinate(field, Text.of("'{0}' is out of range.", text));
		}
		double value = degrees + minutes / 60.0 + seconds / 3600.0;
		return new Angle((hemisphere == 'S' || hemisphere == 'W') ? -value : value, latitude);
	}

	private record Angle(double degrees, boolean latitude) {
	}

}
