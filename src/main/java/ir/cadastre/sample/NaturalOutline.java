package ir.cadastre.sample;

import java.util.Random;

import org.locationtech.jts.geom.Coordinate;

/**
 * A natural-looking star-shaped outline r(θ) = e(θ)·(1 + Σ a_k sin(kθ + φ_k) + w(θ))
 * around the origin of a {@link LocalFrame}.
 * <p>
 * e(θ) is an ellipse of unit area factor, the harmonics a_k fall off as k^-1.7 (large
 * bays and headlands, then ever finer wiggles) and w is a closed random walk (a Brownian
 * bridge) that gives the vertex-scale roughness of a digitised boundary. θ strictly
 * increases and r stays positive, so every ring is simple by construction, whatever the
 * random numbers. StrictMath keeps the numbers identical on every JVM.
 */
final class NaturalOutline {

	private static final double HARMONIC_DECAY = 1.7;

	private final double[] theta;

	private final double[] radius;

	private NaturalOutline(double[] theta, double[] radius) {
		this.theta = theta;
		this.radius = radius;
	}

	/**
	 * Draws an outline of unit scale.
	 * @param random the feature's own random numbers
	 * @param vertices distinct vertices of the ring (the closing vertex is added)
	 * @param aspect ratio of the ellipse's axes, 1 for round, 3 for a long east–west blob
	 * @param rotationDegrees rotation of the long axis, counter-clockwise from east
	 * @param roughness total amplitude of the harmonics, below 0.6 so r stays positive
	 */
	static NaturalOutline draw(Random random, int vertices, double aspect, double rotationDegrees, double roughness) {
		int harmonics = Math.max(4, Math.min(vertices / 8, 320));
		double[] amplitude = new double[harmonics + 1];
		double[] phase = new double[harmonics + 1];
		double total = 0;
		for (int k = 2; k <= harmonics; k++) {
			amplitude[k] = (0.4 + random.nextDouble()) / StrictMath.pow(k, HARMONIC_DECAY);
			phase[k] = random.nextDouble() * 2 * Math.PI;
			total += amplitude[k];
		}
		double[] walk = closedRandomWalk(random, vertices, 0.025);
		double rotation = StrictMath.toRadians(rotationDegrees);
		double semiMajor = StrictMath.sqrt(aspect);
		double semiMinor = 1 / semiMajor;
		double[] theta = new double[vertices];
		double[] radius = new double[vertices];
		for (int i = 0; i < vertices; i++) {
			// a jitter below half a step keeps θ strictly increasing
			theta[i] = 2 * Math.PI * (i + 0.8 * (random.nextDouble() - 0.5)) / vertices;
			double along = StrictMath.cos(theta[i] - rotation) / semiMajor;
			double across = StrictMath.sin(theta[i] - rotation) / semiMinor;
			double ellipse = 1 / StrictMath.sqrt(along * along + across * across);
			double wiggle = 0;
			for (int k = 2; k <= harmonics; k++) {
				wiggle += amplitude[k] * StrictMath.sin(k * theta[i] + phase[k]);
			}
			radius[i] = ellipse * (1 + roughness * wiggle / total + walk[i]);
		}
		return new NaturalOutline(theta, radius);
	}

	/** A random walk that returns to its start, with values of about ±amplitude. */
	private static double[] closedRandomWalk(Random random, int steps, double amplitude) {
		double[] walk = new double[steps];
		double step = amplitude / StrictMath.sqrt(steps);
		for (int i = 1; i < steps; i++) {
			walk[i] = walk[i - 1] + step * random.nextGaussian();
		}
		double drift = (walk[steps - 1] + step * random.nextGaussian()) / steps;
		for (int i = 0; i < steps; i++) {
			walk[i] -= drift * i;
			walk[i] = Math.max(-3 * amplitude, Math.min(3 * amplitude, walk[i]));
		}
		return walk;
	}

	/** Area of the unit-scale ring. */
	double area() {
		double area = 0;
		for (int i = 0; i < this.theta.length; i++) {
			int j = (i + 1) % this.theta.length;
			double angle = (j == 0) ? this.theta[0] + 2 * Math.PI - this.theta[i] : this.theta[j] - this.theta[i];
			area += 0.5 * this.radius[i] * this.radius[j] * StrictMath.sin(angle);
		}
		return area;
	}

	/** Scale that gives the ring the wanted area. */
	double scaleForArea(double area) {
		return StrictMath.sqrt(area / area());
	}

	/** Smallest radius: a disc of this radius (times the scale) lies inside the ring. */
	double minRadius() {
		double min = Double.MAX_VALUE;
		for (double r : this.radius) {
			min = Math.min(min, r);
		}
		return min;
	}

	double maxRadius() {
		double max = 0;
		for (double r : this.radius) {
			max = Math.max(max, r);
		}
		return max;
	}

	/** The closed ring, counter-clockwise, scaled and centred at (x, y). */
	Coordinate[] ring(double scale, double x, double y) {
		Coordinate[] ring = new Coordinate[this.theta.length + 1];
		for (int i = 0; i < this.theta.length; i++) {
			double r = scale * this.radius[i];
			ring[i] = new Coordinate(x + r * StrictMath.cos(this.theta[i]), y + r * StrictMath.sin(this.theta[i]));
		}
		ring[this.theta.length] = ring[0].copy();
		return ring;
	}

}
