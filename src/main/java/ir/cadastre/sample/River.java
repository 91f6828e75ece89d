package ir.cadastre.sample;

import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * A river as a meandering line through a few real-ish control points (lon, lat), in the
 * {@link LocalFrame} of its first point.
 * <p>
 * Between control points the course is a straight reach plus a sine of slowly varying
 * wavelength and amplitude across it: the meanders. Ends stay on the control points, so a
 * river still passes through the towns it is named for.
 */
final class River {

	private static final double STEP_KM = 0.1;

	private final String name;

	private final String nameFa;

	private final LocalFrame frame;

	private final double[][] controlPoints;

	River(String name, String nameFa, double[]... controlPoints) {
		this.name = name;
		this.nameFa = nameFa;
		this.controlPoints = controlPoints;
		this.frame = new LocalFrame(controlPoints[0][0], controlPoints[0][1]);
	}

	String name() {
		return this.name;
	}

	String nameFa() {
		return this.nameFa;
	}

	LocalFrame frame() {
		return this.frame;
	}

	/** The meandering course in kilometres of {@link #frame()}. */
	LineString course(Random random, GeometryFactory factory) {
		CoordinateList course = new CoordinateList();
		for (int reach = 0; reach + 1 < this.controlPoints.length; reach++) {
			Coordinate from = km(this.controlPoints[reach], factory);
			Coordinate to = km(this.controlPoints[reach + 1], factory);
			double length = from.distance(to);
			double alongX = (to.x - from.x) / length;
			double alongY = (to.y - from.y) / length;
			double wavelength = 3 + 3 * random.nextDouble();
			double amplitude = 0.4 + 0.8 * random.nextDouble();
			double phase = random.nextDouble() * 2 * Math.PI;
			int steps = (int) Math.ceil(length / STEP_KM);
			for (int i = 0; i <= steps; i++) {
				double s = length * i / steps;
				// the meanders fade out at both ends of a reach to pass exactly through
				// its points
				double envelope = StrictMath.sin(Math.PI * s / length);
				double across = amplitude * envelope * StrictMath.sin(2 * Math.PI * s / wavelength + phase);
				course.add(new Coordinate(from.x + s * alongX - across * alongY, from.y + s * alongY + across * alongX),
						false);
			}
		}
		return factory.createLineString(course.toCoordinateArray());
	}

	private Coordinate km(double[] lonLat, GeometryFactory factory) {
		return this.frame.toKm(factory.createPoint(new Coordinate(lonLat[0], lonLat[1]))).getCoordinate();
	}

}
