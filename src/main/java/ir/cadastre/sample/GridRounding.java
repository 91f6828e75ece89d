package ir.cadastre.sample;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Puts polygons on the 10⁻⁶ degree grid (about 0.1 m) that the files are written with.
 * <p>
 * Rounding is vertex by vertex, without snap-rounding, so that two parcels sharing an
 * edge still share it exactly after rounding. Repeated vertices are dropped; a ring that
 * collapses is dropped with them (a hole) or makes the whole polygon go (a shell). The
 * caller validates the result, since rounding alone can make a valid polygon invalid.
 */
final class GridRounding {

	static final double UNITS_PER_DEGREE = 1e6;

	private GridRounding() {
	}

	static double round(double degrees) {
		return Math.round(degrees * UNITS_PER_DEGREE) / UNITS_PER_DEGREE;
	}

	/**
	 * Every polygon of the geometry, rounded, as one normalised MultiPolygon (maybe
	 * empty).
	 */
	static MultiPolygon round(Geometry geometry, GeometryFactory factory) {
		List<Polygon> rounded = new ArrayList<>();
		for (Object polygon : PolygonExtracter.getPolygons(geometry)) {
			Polygon part = round((Polygon) polygon, factory);
			if (part != null) {
				rounded.add(part);
			}
		}
		MultiPolygon multi = factory.createMultiPolygon(rounded.toArray(Polygon[]::new));
		// a fixed ring start, orientation and part order, whatever order the algorithms
		// left
		multi.normalize();
		return multi;
	}

	private static Polygon round(Polygon polygon, GeometryFactory factory) {
		LinearRing shell = round((LinearRing) polygon.getExteriorRing(), factory);
		if (shell == null) {
			return null;
		}
		List<LinearRing> holes = new ArrayList<>();
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			LinearRing hole = round((LinearRing) polygon.getInteriorRingN(i), factory);
			if (hole != null) {
				holes.add(hole);
			}
		}
		return factory.createPolygon(shell, holes.toArray(LinearRing[]::new));
	}

	private static LinearRing round(LinearRing ring, GeometryFactory factory) {
		CoordinateList rounded = new CoordinateList();
		for (Coordinate vertex : ring.getCoordinates()) {
			rounded.add(new Coordinate(round(vertex.x), round(vertex.y)), false);
		}
		rounded.closeRing();
		return (rounded.size() < 4) ? null : factory.createLinearRing(rounded.toCoordinateArray());
	}

}
