package ir.cadastre.sample;

import java.util.Random;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * One part of a natural feature (a park, a forest, a rangeland), drawn as a
 * {@link NaturalOutline} with optional holes for enclaves and villages.
 *
 * @param lon centre, degrees east
 * @param lat centre, degrees north
 * @param areaKm2 area of the outer ring
 * @param aspect ratio of the long to the short axis
 * @param rotationDegrees direction of the long axis, counter-clockwise from east
 * @param vertices vertices of the outer ring; each hole gets a twelfth of them
 * @param holes number of holes
 */
record NaturalArea(double lon, double lat, double areaKm2, double aspect, double rotationDegrees, int vertices,
		int holes) {

	private static final double ROUGHNESS = 0.45;

	NaturalArea(double lon, double lat, double areaKm2, int vertices) {
		this(lon, lat, areaKm2, 1.3, 0, vertices, 0);
	}

	/** The part in lon/lat, its outer ring counter-clockwise. */
	Polygon draw(Random random, GeometryFactory factory) {
		NaturalOutline outline = NaturalOutline.draw(random, this.vertices, this.aspect, this.rotationDegrees,
				ROUGHNESS);
		double scale = outline.scaleForArea(this.areaKm2);
		LinearRing shell = factory.createLinearRing(outline.ring(scale, 0, 0));
		LinearRing[] holes = new LinearRing[this.holes];
		// holes sit in the disc that the outline's smallest radius leaves free, spaced
		// around the centre, so they never touch the shell or each other
		double free = scale * outline.minRadius();
		double offset = 0.5 * free;
		double room = Math.min(0.18 * free, offset * StrictMath.sin(Math.PI / Math.max(2, this.holes)) * 0.7);
		double start = random.nextDouble() * 2 * Math.PI;
		for (int i = 0; i < this.holes; i++) {
			double angle = start + 2 * Math.PI * i / this.holes;
			NaturalOutline hole = NaturalOutline.draw(random, Math.max(64, this.vertices / 12), 1.2,
					random.nextDouble() * 180, 0.35);
			double holeScale = room * (0.6 + 0.4 * random.nextDouble()) / hole.maxRadius();
			holes[i] = factory
				.createLinearRing(hole.ring(holeScale, offset * StrictMath.cos(angle), offset * StrictMath.sin(angle)));
		}
		Polygon km = factory.createPolygon(shell, holes);
		return (Polygon) new LocalFrame(this.lon, this.lat).toDegrees(km);
	}

}
