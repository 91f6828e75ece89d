package ir.cadastre.sample.national;

import java.util.Arrays;
import java.util.Random;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;

/**
 * A natural-looking outline r(θ) = e(θ)·(1 + Σ a_k sin(kθ + φ_k))·(1 + w(θ)) around a
 * centre, for rings of a thousand to a million positions.
 * <p>
 * As in the sample generator's outlines, e(θ) is an ellipse, the harmonics a_k fall off
 * as k^-1.7 and w is a closed random walk that gives the roughness of a digitised
 * boundary. For speed the smooth part is tabulated once at {@value #TABLE} angles (the
 * harmonics by angle-addition recurrences) and interpolated, and only the walk is drawn
 * per position. θ strictly increases and r stays positive, so the ring is star-shaped
 * about its centre and therefore simple; after rounding to the grid, a position that
 * would step back around the centre is dropped, which keeps it so exactly. The arithmetic
 * is strict, so the positions are the same on every JVM.
 */
final class StarOutline {

	private static final int TABLE = 4096;

	private static final double HARMONIC_DECAY = 1.7;

	private static final double WALK = 0.025;

	/** Below half a step, so θ still strictly increases. */
	private static final double JITTER = 0.2;

	private final double[] table = new double[TABLE + 1];

	private final double min;

	private final double max;

	private final double area;

	private StarOutline(Random random, int vertices, double aspect, double rotationDegrees, double roughness) {
		int harmonics = Math.max(4, Math.min(vertices / 8, 320));
		double[] amplitude = new double[harmonics + 1];
		double[] cosPhase = new double[harmonics + 1];
		double[] sinPhase = new double[harmonics + 1];
		double total = 0;
		for (int k = 2; k <= harmonics; k++) {
			amplitude[k] = (0.4 + random.nextDouble()) / StrictMath.pow(k, HARMONIC_DECAY);
			double phase = random.nextDouble() * 2 * Math.PI;
			cosPhase[k] = StrictMath.cos(phase);
			sinPhase[k] = StrictMath.sin(phase);
			total += amplitude[k];
		}
		double rotation = StrictMath.toRadians(rotationDegrees);
		double semiMajor = StrictMath.sqrt(aspect);
		double low = Double.MAX_VALUE;
		double high = 0;
		double sum = 0;
		for (int j = 0; j < TABLE; j++) {
			double theta = 2 * Math.PI * j / TABLE;
			double cos = StrictMath.cos(theta);
			double sin = StrictMath.sin(theta);
			// sin(kθ + φ) = sin kθ cos φ + cos kθ sin φ, with kθ by angle addition
			double sinK = sin;
			double cosK = cos;
			double wiggle = 0;
			for (int k = 2; k <= harmonics; k++) {
				double nextSin = sinK * cos + cosK * sin;
				cosK = cosK * cos - sinK * sin;
				sinK = nextSin;
				wiggle += amplitude[k] * (sinK * cosPhase[k] + cosK * sinPhase[k]);
			}
			double along = StrictMath.cos(theta - rotation) / semiMajor;
			double across = StrictMath.sin(theta - rotation) * semiMajor;
			double r = (1 + roughness * wiggle / total) / StrictMath.sqrt(along * along + across * across);
			this.table[j] = r;
			low = Math.min(low, r);
			high = Math.max(high, r);
			sum += r * r;
		}
		this.table[TABLE] = this.table[0];
		this.min = low * (1 - 3 * WALK);
		this.max = high * (1 + 3 * WALK);
		this.area = Math.PI * sum / TABLE;
	}

	/**
	 * Draws the smooth part of an outline of unit scale.
	 * @param vertices the positions the ring will have, which sets the finest harmonic
	 * @param aspect ratio of the ellipse's axes, 1 for round
	 * @param rotationDegrees the long axis, counter-clockwise from east
	 * @param roughness total amplitude of the harmonics, below 0.6 so r stays positive
	 */
	static StarOutline draw(Random random, int vertices, double aspect, double rotationDegrees, double roughness) {
		return new StarOutline(random, vertices, aspect, rotationDegrees, roughness);
	}

	/** The scale that gives the ring the wanted area. */
	double scaleForArea(double area) {
		return StrictMath.sqrt(area / this.area);
	}

	/** No position is nearer the centre than this, at unit scale. */
	double minRadius() {
		return this.min;
	}

	/** No position is farther from the centre than this, at unit scale. */
	double maxRadius() {
		return this.max;
	}

	/**
	 * The closed ring in lon/lat on the grid, counter-clockwise.
	 * @param vertices the positions wanted; a few may be dropped by rounding
	 * @param scale kilometres per unit radius
	 * @param frame the feature's frame
	 * @param eastKm the ring's centre, east of the frame's centre
	 * @param northKm the ring's centre, north of the frame's centre
	 */
	double[] ring(Random random, int vertices, double scale, LocalFrame frame, double eastKm, double northKm,
			CoordinateGrid grid) {
		double[] walk = closedRandomWalk(random, vertices);
		Coordinate centre = new Coordinate(frame.lon(eastKm), frame.lat(northKm));
		double[] xy = new double[2 * vertices + 2];
		Coordinate last = new Coordinate();
		Coordinate next = new Coordinate();
		int kept = 0;
		for (int i = 0; i < vertices; i++) {
			double theta = 2 * Math.PI * (i + JITTER * (2 * random.nextDouble() - 1)) / vertices;
			double position = Math.max(0, theta) * TABLE / (2 * Math.PI);
			int j = Math.min(TABLE - 1, (int) position);
			double smooth = this.table[j] + (position - j) * (this.table[j + 1] - this.table[j]);
			double r = scale * smooth * (1 + walk[i]);
			next.x = grid.round(frame.lon(eastKm + r * StrictMath.cos(theta)));
			next.y = grid.round(frame.lat(northKm + r * StrictMath.sin(theta)));
			if (kept == 0 || Orientation.index(centre, last, next) == Orientation.COUNTERCLOCKWISE) {
				xy[2 * kept] = next.x;
				xy[2 * kept + 1] = next.y;
				kept++;
				last.x = next.x;
				last.y = next.y;
			}
		}
		Coordinate first = new Coordinate(xy[0], xy[1]);
		while (kept > 3 && Orientation.index(centre, new Coordinate(xy[2 * kept - 2], xy[2 * kept - 1]),
				first) != Orientation.COUNTERCLOCKWISE) {
			kept--;
		}
		xy[2 * kept] = xy[0];
		xy[2 * kept + 1] = xy[1];
		return (kept == vertices) ? xy : Arrays.copyOf(xy, 2 * kept + 2);
	}

	/** A walk that returns to its start, with values of about ±{@value #WALK}. */
	private static double[] closedRandomWalk(Random random, int steps) {
		double[] walk = new double[steps];
		double step = WALK / StrictMath.sqrt(steps);
		for (int i = 1; i < steps; i++) {
			walk[i] = walk[i - 1] + step * random.nextGaussian();
		}
		double drift = (walk[steps - 1] + step * random.nextGaussian()) / steps;
		for (int i = 0; i < steps; i++) {
			walk[i] = Math.max(-3 * WALK, Math.min(3 * WALK, walk[i] - drift * i));
		}
		return walk;
	}

}
