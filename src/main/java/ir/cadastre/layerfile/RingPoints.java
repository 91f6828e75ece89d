package ir.cadastre.layerfile;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Coordinate;

/**
 * What a ring read from a binary file (a Shapefile record, GeoPackage WKB) must be before
 * it is built, with one finding per fault whatever the format: every ordinate a finite
 * number, at least 4 points, closed. A coordinate that is not a number is said first,
 * since it also makes a ring look unclosed.
 */
final class RingPoints {

	private RingPoints() {
	}

	/**
	 * @param number the ring's number, counted from 1, as the finding names it
	 * @throws GeometryFault naming the first fault
	 */
	static void check(Coordinate[] ring, int number) throws GeometryFault {
		for (int i = 0; i < ring.length; i++) {
			if (Double.isNaN(ring[i].x) || Double.isNaN(ring[i].y)) {
				throw new GeometryFault(Text.of("ring {0} has a coordinate that is not a number (NaN) at its point {1}",
						number, i + 1));
			}
			if (Double.isInfinite(ring[i].x) || Double.isInfinite(ring[i].y)) {
				throw new GeometryFault(Text.of("ring {0} has an infinite coordinate at its point {1}", number, i + 1));
			}
		}
		if (ring.length < 4) {
			throw new GeometryFault(Text.of("ring {0} has {1} points; a ring needs at least 4", number, ring.length));
		}
		if (!ring[0].equals2D(ring[ring.length - 1])) {
			throw new GeometryFault(Text.of("ring {0} is not closed: its last point differs from its first", number));
		}
	}

}
