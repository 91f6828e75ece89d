package ir.cadastre.geometry;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.cadastre.web.Digits;
import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Coordinate;
import tools.jackson.databind.JsonNode;

/**
 * One vertex in degrees-minutes-seconds, e.g. {@code ["53°12'30\"E", "32°10'05.5\"N"]}.
 * Minutes and seconds are below 60; each value carries its hemisphere letter, after the
 * seconds or before the degrees, in either case. Read as applicants type or paste them: a
 * word processor's º or ˚ for the degree sign and curly quotes (’ ”) for minutes and
 * seconds, which look the same on a form as the marks asked for; Persian or Arabic digits
 * (and the Persian decimal separator ٫); or the three numbers separated by spaces only.
 */
final class DmsVertex {

	/**
	 * Hemisphere, degrees, minutes, seconds, hemisphere; one hemisphere letter is given.
	 * A seconds mark "s" is one only before a hemisphere letter, so that "00s" is south.
	 */
	private static final Pattern DMS = Pattern.compile("\\s*([NSEWnsew])?\\s*(\\d{1,3})\\s*(?:[°º˚d]|\\s)\\s*(\\d{1,2})"
			+ "\\s*(?:['′’‘m]|\\s)\\s*(\\d{1,2}(?:\\.\\d{1,6})?)\\s*(?:\"|″|”|“|''|’’|′′|s(?=\\s*[NSEWnsew]))?\\s*"
			+ "([NSEWnsew])?\\s*");

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
		Matcher m = DMS.matcher(Digits.latin(text));
		if (!m.matches() || (m.group(1) == null) == (m.group(5) == null)) {
			throw Refusals.notation(field,
					Text.of("'{0}' is not degrees°minutes'seconds\" followed by N, S, E or W.", text));
		}
		int degrees = Integer.parseInt(m.group(2));
		int minutes = Integer.parseInt(m.group(3));
		double seconds = Double.parseDouble(m.group(4));
		if (minutes >= 60 || seconds >= 60) {
			throw Refusals.notation(field, Text.of("'{0}': minutes and seconds must be below 60.", text));
		}
		char hemisphere = ((m.group(1) != null) ? m.group(1) : m.group(5)).toUpperCase(Locale.ROOT).charAt(0);
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
