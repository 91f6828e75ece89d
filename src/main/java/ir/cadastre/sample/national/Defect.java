package ir.cadastre.sample.national;

import java.util.Arrays;

import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The ways a benchmark feature is made invalid on purpose, so that an importer's repair
 * report can be checked against the {@code defect} attribute that names them. Each breaks
 * the first polygon of the feature and stays inside the space the feature was given.
 */
enum Defect {

	/** Two neighbouring positions swapped, so that two edges cross. */
	BOW_TIE("bow_tie"),
	/** A small hole beyond the shell's farthest position. */
	HOLE_OUTSIDE_SHELL("hole_outside_shell"),
	/** An edge out to a point halfway to the middle and back along itself. */
	SPIKE("spike"),
	/** The shell repeated as a hole. */
	DUPLICATE_RING("duplicate_ring");

	static final String ATTRIBUTE = "defect";

	private final String code;

	Defect(String code) {
		this.code = code;
	}

	/**
	 * The defect of a layer's feature by its 1-based number: the 50th, 150th, 250th …
	 * feature, one in a hundred, with the kinds in turn; {@code null} for the others.
	 */
	static Defect of(long number) {
		return (number % 100 == 50) ? values()[(int) ((number / 100) % values().length)] : null;
	}

	/** The value of the {@code defect} attribute. */
	String code() {
		return this.code;
	}

	/**
	 * The geometry with this defect in its first polygon.
	 * @param centre a point the first polygon was drawn around: its shell is star-shaped
	 * about it, or convex around it
	 * @param holeSize the radius of a stray hole in degrees, far above the grid
	 */
	MultiPolygon apply(MultiPolygon valid, Coordinate centre, CoordinateGrid grid, double holeSize,
			GeometryFactory factory) {
		Polygon[] parts = new Polygon[valid.getNumGeometries()];
		for (int i = 0; i < parts.length; i++) {
			parts[i] = (Polygon) valid.getGeometryN(i);
		}
		Polygon first = parts[0];
		double[] shell = Rings.packed(first.getExteriorRing().getCoordinateSequence());
		LinearRing[] holes = new LinearRing[first.getNumInteriorRing()];
		for (int i = 0; i < holes.length; i++) {
			holes[i] = first.getInteriorRingN(i);
		}
		parts[0] = switch (this) {
			case BOW_TIE -> factory.createPolygon(Rings.ring(bowTie(shell), factory), holes);
			case SPIKE -> factory.createPolygon(Rings.ring(spike(shell, centre, grid), factory), holes);
			case DUPLICATE_RING ->
				factory.createPolygon(first.getExteriorRing(), append(holes, Rings.ring(shell, factory)));
			case HOLE_OUTSIDE_SHELL -> factory.createPolygon(first.getExteriorRing(),
					append(holes, Rings.ring(strayHole(shell, centre, grid, holeSize), factory)));
		};
		return factory.createMultiPolygon(parts);
	}

	private static LinearRing[] append(LinearRing[] holes, LinearRing hole) {
		LinearRing[] more = Arrays.copyOf(holes, holes.length + 1);
		more[holes.length] = hole;
		return more;
	}

	/**
	 * Swaps positions a and a+1 where the edges (a-1, a+1) and (a, a+2) then cross; a
	 * triangle first gains a fourth corner that makes it a parallelogram.
	 */
	private static double[] bowTie(double[] ring) {
		double[] xy = ring;
		int distinct = xy.length / 2 - 1;
		if (distinct < 4) {
			xy = Arrays.copyOf(xy, xy.length + 2);
			xy[6] = xy[0] + xy[4] - xy[2];
			xy[7] = xy[1] + xy[5] - xy[3];
			xy[8] = xy[0];
			xy[9] = xy[1];
			distinct = 4;
		}
		RobustLineIntersector crossing = new RobustLineIntersector();
		int start = Math.max(1, Math.min(distinct / 3, distinct - 3));
		for (int step = 0; step < distinct - 3; step++) {
			int a = 1 + (start - 1 + step) % (distinct - 3);
			crossing.computeIntersection(at(xy, a - 1), at(xy, a + 1), at(xy, a), at(xy, a + 2));
			if (crossing.isProper()) {
				double[] twisted = xy.clone();
				System.arraycopy(xy, 2 * a, twisted, 2 * a + 2, 2);
				System.arraycopy(xy, 2 * a + 2, twisted, 2 * a, 2);
				return twisted;
			}
		}
		throw new IllegalStateException("No two neighbouring positions of the ring cross when swapped");
	}

	private static Coordinate at(double[] xy, int i) {
		return new Coordinate(xy[2 * i], xy[2 * i + 1]);
	}

	/**
	 * Inserts, after the middle position A, a point halfway to the centre and A again.
	 */
	private static double[] spike(double[] xy, Coordinate centre, CoordinateGrid grid) {
		int k = (xy.length / 2 - 1) / 2;
		double x = grid.round((xy[2 * k] + centre.x) / 2);
		double y = grid.round((xy[2 * k + 1] + centre.y) / 2);
		double[] spiked = new double[xy.length + 4];
		System.arraycopy(xy, 0, spiked, 0, 2 * k + 2);
		spiked[2 * k + 2] = x;
		spiked[2 * k + 3] = y;
		spiked[2 * k + 4] = xy[2 * k];
		spiked[2 * k + 5] = xy[2 * k + 1];
		System.arraycopy(xy, 2 * k + 2, spiked, 2 * k + 6, xy.length - 2 * k - 2);
		return spiked;
	}

	/**
	 * A triangle of the given radius, centred two radii beyond the position farthest from
	 * the centre, so that it lies outside the disc about the centre that holds the shell.
	 */
	private static double[] strayHole(double[] xy, Coordinate centre, CoordinateGrid grid, double radius) {
		double farthest = -1;
		double dx = 0;
		double dy = 0;
		for (int i = 0; i < xy.length; i += 2) {
			double distance = StrictMath.hypot(xy[i] - centre.x, xy[i + 1] - centre.y);
			if (distance > farthest) {
				farthest = distance;
				dx = xy[i] - centre.x;
				dy = xy[i + 1] - centre.y;
			}
		}
		double reach = (farthest + 2 * radius) / farthest;
		double hx = centre.x + dx * reach;
		double hy = centre.y + dy * reach;
		double[] hole = new double[8];
		for (int i = 0; i < 3; i++) {
			double angle = StrictMath.toRadians(90 + 120 * i);
			hole[2 * i] = grid.round(hx + radius * StrictMath.cos(angle));
			hole[2 * i + 1] = grid.round(hy + radius * StrictMath.sin(angle));
		}
		hole[6] = hole[0];
		hole[7] = hole[1];
		return hole;
	}

}
