package ir.cadastre.sample.national;

import java.util.Arrays;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * Rings as packed {@code x0, y0, x1, y1, …} arrays, closing position included: a ring of
 * a million positions takes 16 MB this way, against some 50 MB as {@code Coordinate}s.
 */
final class Rings {

	private Rings() {
	}

	static double[] packed(CoordinateSequence ring) {
		double[] xy = new double[2 * ring.size()];
		for (int i = 0; i < ring.size(); i++) {
			xy[2 * i] = ring.getX(i);
			xy[2 * i + 1] = ring.getY(i);
		}
		return xy;
	}

	/** The ring of the first {@code positions} positions of the array. */
	static LinearRing ring(double[] xy, int positions, GeometryFactory factory) {
		double[] exact = (xy.length == 2 * positions) ? xy : Arrays.copyOf(xy, 2 * positions);
		return factory.createLinearRing(new PackedCoordinateSequence.Double(exact, 2, 0));
	}

	static LinearRing ring(double[] xy, GeometryFactory factory) {
		return ring(xy, xy.length / 2, factory);
	}

}
