package ir.cadastre.layerfile;

import java.util.ArrayList;
import java.util.List;

import ir.cadastre.web.Text;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds the polygons of a Shapefile polygon record from its rings. The format gives no
 * part structure, only orientation: clockwise rings are outer rings, counter-clockwise
 * rings are holes, and each hole belongs to the smallest outer ring containing it.
 *
 * <p>
 * Files that break the rule are read the way GDAL reads them, so that a feature looks
 * here as it does in QGIS: when no ring is clockwise every ring is an outer ring, and a
 * hole inside no outer ring stands as an outer ring of its own. The importer's validity
 * check then judges the result.
 */
final class RingAssembler {

	private final GeometryFactory factory;

	RingAssembler(GeometryFactory factory) {
		this.factory = factory;
	}

	Geometry polygons(List<Coordinate[]> rings) throws GeometryFault {
		List<Ring> shells = new ArrayList<>();
		List<Ring> holes = new ArrayList<>();
		for (int i = 0; i < rings.size(); i++) {
			Ring ring = ring(rings.get(i), i + 1);
			(ring.clockwise ? shells : holes).add(ring);
		}
		if (rings.isEmpty()) {
			return this.factory.createPolygon();
		}
		if (shells.isEmpty()) {
			shells.addAll(holes);
			holes.clear();
		}
		for (Ring hole : holes) {
			Ring shell = smallestContaining(shells, hole);
			if (shell != null) {
				shell.holes.add(hole.ring);
			}
			else {
				shells.add(hole);
			}
		}
		Polygon[] polygons = new Polygon[shells.size()];
		for (int i = 0; i < polygons.length; i++) {
			Ring shell = shells.get(i);
			polygons[i] = this.factory.createPolygon(shell.ring, shell.holes.toArray(LinearRing[]::new));
		}
		return (polygons.length == 1) ? polygons[0] : this.factory.createMultiPolygon(polygons);
	}

	private Ring ring(Coordinate[] coordinates, int number) throws GeometryFault {
		RingPoints.check(coordinates, number);
		return new Ring(this.factory.createLinearRing(coordinates), !Orientation.isCCW(coordinates));
	}

	private static Ring smallestContaining(List<Ring> shells, Ring hole) {
		Ring best = null;
		for (Ring shell : shells) {
			if (shell.envelope.covers(hole.envelope) && contains(shell, hole)
					&& (best == null || shell.area() < best.area())) {
				best = shell;
			}
		}
		return best;
	}

	/** Whether the hole's first vertex off the shell's boundary lies inside the shell. */
	private static boolean contains(Ring shell, Ring hole) {
		Coordinate[] shellPoints = shell.ring.getCoordinates();
		for (Coordinate vertex : hole.ring.getCoordinates()) {
			int location = PointLocation.locateInRing(vertex, shellPoints);
			if (location != Location.BOUNDARY) {
				return location == Location.INTERIOR;
			}
		}
		return true;
	}

	private static final class Ring {

		final LinearRing ring;

		final boolean clockwise;

		final Envelope envelope;

		final List<LinearRing> holes = new ArrayList<>();

		private double area = -1;

		Ring(LinearRing ring, boolean clockwise) {
			this.ring = ring;
			this.clockwise = clockwise;
			this.envelope = ring.getEnvelopeInternal();
		}

		double area() {
			if (this.area < 0) {
				this.area = Area.ofRing(this.ring.getCoordinateSequence());
			}
			return this.area;
		}

	}

}
