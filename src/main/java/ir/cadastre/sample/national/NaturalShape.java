package ir.cadastre.sample.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The shape of one protected area or forest, in kilometres about its centre, before it is
 * placed: a main part with up to three holes (enclaves, villages) and, for a few, one or
 * two more parts beside it.
 * <p>
 * Holes sit in the disc that the main outline's smallest radius leaves free, spaced
 * around the centre; other parts sit outside the main part's largest radius, on opposite
 * sides. So no ring touches another by construction, and {@link #reachKm()} bounds the
 * whole shape without drawing it.
 */
final class NaturalShape {

	private static final double ROUGHNESS = 0.45;

	private final List<Ring> shells;

	private final List<Ring> holes;

	private NaturalShape(List<Ring> shells, List<Ring> holes) {
		this.shells = shells;
		this.holes = holes;
	}

	/**
	 * Draws a shape.
	 * @param vertices the positions of all rings together, at least 1,000
	 * @param areaKm2 the area of all parts together, holes not taken off
	 */
	static NaturalShape draw(Random random, int vertices, double areaKm2, double aspect, double rotationDegrees) {
		double draw = random.nextDouble();
		int parts = (draw < 0.85) ? 1 : (draw < 0.95) ? 2 : 3;
		int holeCount = (random.nextDouble() < 0.6) ? 0 : 1 + random.nextInt(3);
		int holeVertices = Math.max(32, vertices / 25);
		int partVertices = Math.max(64, vertices / 8);
		int mainVertices = vertices - holeCount * holeVertices - (parts - 1) * partVertices;
		double mainArea = (parts == 1) ? areaKm2 : 0.75 * areaKm2;
		StarOutline main = StarOutline.draw(random, mainVertices, aspect, rotationDegrees, ROUGHNESS);
		double mainScale = main.scaleForArea(mainArea);
		List<Ring> shells = new ArrayList<>();
		shells.add(new Ring(main, mainVertices, mainScale, 0, 0));
		double free = mainScale * main.minRadius();
		double offset = 0.5 * free;
		double room = Math.min(0.18 * free, offset * StrictMath.sin(Math.PI / Math.max(2, holeCount)) * 0.7);
		double start = random.nextDouble() * 2 * Math.PI;
		List<Ring> holes = new ArrayList<>();
		for (int i = 0; i < holeCount; i++) {
			double angle = start + 2 * Math.PI * i / holeCount;
			StarOutline hole = StarOutline.draw(random, holeVertices, 1.2, random.nextDouble() * 180, 0.35);
			double holeScale = room * (0.6 + 0.4 * random.nextDouble()) / hole.maxRadius();
			holes.add(new Ring(hole, holeVertices, holeScale, offset * StrictMath.cos(angle),
					offset * StrictMath.sin(angle)));
		}
		double direction = random.nextDouble() * 2 * Math.PI;
		for (int i = 1; i < parts; i++) {
			StarOutline part = StarOutline.draw(random, partVertices, 1 + random.nextDouble(),
					random.nextDouble() * 180, ROUGHNESS);
			double partScale = part.scaleForArea(0.25 * areaKm2 / (parts - 1));
			double distance = mainScale * main.maxRadius() + partScale * part.maxRadius() + 1 + 3 * random.nextDouble();
			double angle = direction + Math.PI * (i - 1);
			shells.add(new Ring(part, partVertices, partScale, distance * StrictMath.cos(angle),
					distance * StrictMath.sin(angle)));
		}
		return new NaturalShape(shells, holes);
	}

	/** No position is farther than this from the centre. */
	double reachKm() {
		double reach = 0;
		for (Ring shell : this.shells) {
			reach = Math.max(reach,
					StrictMath.hypot(shell.east, shell.north) + shell.scale * shell.outline.maxRadius());
		}
		return reach;
	}

	/** The same shape, this many times as wide. */
	NaturalShape shrunk(double factor) {
		return new NaturalShape(this.shells.stream().map((ring) -> ring.shrunk(factor)).toList(),
				this.holes.stream().map((ring) -> ring.shrunk(factor)).toList());
	}

	int holes() {
		return this.holes.size();
	}

	/** The shape about the frame's centre, on the grid; holes go clockwise. */
	MultiPolygon geometry(Random random, LocalFrame frame, CoordinateGrid grid, GeometryFactory factory) {
		Polygon[] polygons = new Polygon[this.shells.size()];
		for (int p = 0; p < polygons.length; p++) {
			LinearRing shell = Rings.ring(this.shells.get(p).draw(random, frame, grid), factory);
			LinearRing[] holes = new LinearRing[(p == 0) ? this.holes.size() : 0];
			for (int h = 0; h < holes.length; h++) {
				holes[h] = (LinearRing) Rings.ring(this.holes.get(h).draw(random, frame, grid), factory).reverse();
			}
			polygons[p] = factory.createPolygon(shell, holes);
		}
		return factory.createMultiPolygon(polygons);
	}

	private record Ring(StarOutline outline, int vertices, double scale, double east, double north) {

		Ring shrunk(double factor) {
			return new Ring(this.outline, this.vertices, this.scale * factor, this.east * factor, this.north * factor);
		}

		double[] draw(Random random, LocalFrame frame, CoordinateGrid grid) {
			return this.outline.ring(random, this.vertices, this.scale, frame, this.east, this.north, grid);
		}

	}

}
