package ir.cadastre.geometry;

import java.util.Locale;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Coordinate;

/**
 * Checks and formats lon/lat positions.
 */
final class Positions {

	private Positions() {
	}

	/** A finite lon/lat position within the WGS 84 ranges. */
	static Coordinate lonLat(double lon, double lat, String field) {
		if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
			throw Refusals.coordinate(field, Text.of("Every coordinate must be a finite number."));
		}
		if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
			throw Refusals.coordinate(field, Text.of("Position {0} is not a WGS 84 longitude/latitude "
					+ "(longitude −180…180, latitude −90…90; longitude comes first).", format(lon, lat)));
		}
		return new Coordinate(lon, lat);
	}

	static String format(Coordinate c) {
		return format(c.x, c.y);
	}

	static String format(double x, double y) {
		return "[" + number(x) + ", " + number(y) + "]";
	}

	/**
	 * Seven decimals, as positions are given; a number far beyond any position briefly.
	 */
	private static String number(double value) {
		return String.format(Locale.ROOT, (Math.abs(value) < 1e9) ? "%.7f" : "%.3e", value);
	}

}
