package ir.cadastre.geometry;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Area and perimeter of lon/lat polygons on the WGS 84 ellipsoid, with GeographicLib —
 * the algorithm PostGIS uses for {@code ST_Area(geography)}, so both agree.
 */
final class EllipsoidArea {

	private EllipsoidArea() {
	}

	/**
	 * Measures a polygon in one pass over its rings.
	 * @return square metres inside the shell and outside the holes, and metres along the
	 * shell and every hole
	 */
	static Measure measure(Polygon polygon) {
		PolygonResult shell = ring(polygon.getExteriorRing());
		double area = shell.area;
		double perimeter = shell.perimeter;
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			PolygonResult hole = ring(polygon.getInteriorRingN(i));
			area -= hole.area;
			perimeter += hole.perimeter;
		}
		return new Measure(area, perimeter);
	}

	private static PolygonResult ring(LineString ring) {
		PolygonArea measure = new PolygonArea(Geodesic.WGS84, false);
		Coordinate[] coordinates = ring.getCoordinates();
		// The closing position repeats the first; GeographicLib closes the ring itself.
		for (int i = 0; i < coordinates.length - 1; i++) {
			measure.AddPoint(coordinates[i].y, coordinates[i].x);
		}
		PolygonResult result = measure.Compute(false, true);
		return new PolygonResult(result.num, result.perimeter, Math.abs(result.area));
	}

	/**
	 * @param areaM2 square metres
	 * @param perimeterM metres
	 */
	record Measure(double areaM2, double perimeterM) {
	}

}
