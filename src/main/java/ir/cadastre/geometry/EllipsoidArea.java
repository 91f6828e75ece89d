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

	/** Square metres inside the shell and outside the holes. */
	static double area(Polygon polygon) {
		double area = ring(polygon.getExteriorRing()).area;
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			area -= ring(polygon.getInteriorRingN(i)).area;
		}
		return area;
	}

	/** Metres along the shell and every hole. */
	static double perimeter(Polygon polygon) {
		double perimeter = ring(polygon.getExteriorRing()).perimeter;
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			perimeter += ring(polygon.getInteriorRingN(i)).perimeter;
		}
		return perimeter;
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

}
