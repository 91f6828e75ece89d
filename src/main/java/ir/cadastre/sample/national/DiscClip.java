package ir.cadastre.sample.national;

import java.util.Arrays;

/**
 * Clips convex rings to a disc (a regular polygon of {@value #SEGMENTS} sides about the
 * origin) by Sutherland–Hodgman, one side of the disc after the other.
 * <p>
 * Where an edge crosses a side, the crossing is computed from the edge's end points in a
 * fixed order, whichever way the ring runs along it, so two cells sharing an edge get the
 * very same crossing point and stay edge to edge after clipping. (A general overlay
 * computes each cell on its own and may differ in the last bit.)
 */
final class DiscClip {

	private static final int SEGMENTS = 128;

	private final double[] corners = new double[2 * SEGMENTS];

	private final double inscribed;

	DiscClip(double radius) {
		for (int k = 0; k < SEGMENTS; k++) {
			double angle = 2 * Math.PI * k / SEGMENTS;
			this.corners[2 * k] = radius * StrictMath.cos(angle);
			this.corners[2 * k + 1] = radius * StrictMath.sin(angle);
		}
		this.inscribed = radius * StrictMath.cos(Math.PI / SEGMENTS);
	}

	/**
	 * The part of a convex ring inside the disc.
	 * @param ring a closed ring, packed {@code x, y}
	 * @return the clipped ring, open (no closing position), packed
	 */
	double[] clip(double[] ring) {
		double[] open = Arrays.copyOf(ring, ring.length - 2);
		if (within(open, this.inscribed)) {
			return open;
		}
		for (int k = 0; k < SEGMENTS && open.length > 0; k++) {
			int next = (k + 1) % SEGMENTS;
			open = clip(open, this.corners[2 * k], this.corners[2 * k + 1], this.corners[2 * next],
					this.corners[2 * next + 1]);
		}
		return open;
	}

	private static boolean within(double[] open, double radius) {
		for (int i = 0; i < open.length; i += 2) {
			if (open[i] * open[i] + open[i + 1] * open[i + 1] >= radius * radius) {
				return false;
			}
		}
		return true;
	}

	/** Keeps the part of the ring left of the side from (ax, ay) to (bx, by). */
	private static double[] clip(double[] ring, double ax, double ay, double bx, double by) {
		int n = ring.length / 2;
		double[] out = new double[4 * n];
		int size = 0;
		for (int i = 0; i < n; i++) {
			int p = (i + n - 1) % n;
			double px = ring[2 * p];
			double py = ring[2 * p + 1];
			double cx = ring[2 * i];
			double cy = ring[2 * i + 1];
			boolean previousInside = side(ax, ay, bx, by, px, py) >= 0;
			boolean currentInside = side(ax, ay, bx, by, cx, cy) >= 0;
			if (currentInside != previousInside) {
				size = crossing(out, size, ax, ay, bx, by, px, py, cx, cy);
			}
			if (currentInside) {
				out[size++] = cx;
				out[size++] = cy;
			}
		}
		return Arrays.copyOf(out, size);
	}

	/** Twice the signed area of (a, b, p): positive when p is left of a→b. */
	private static double side(double ax, double ay, double bx, double by, double px, double py) {
		return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
	}

	private static int crossing(double[] out, int size, double ax, double ay, double bx, double by, double px,
			double py, double cx, double cy) {
		boolean swap = px > cx || (px == cx && py > cy);
		double ux = swap ? cx : px;
		double uy = swap ? cy : py;
		double vx = swap ? px : cx;
		double vy = swap ? py : cy;
		double du = side(ax, ay, bx, by, ux, uy);
		double dv = side(ax, ay, bx, by, vx, vy);
		double t = du / (du - dv);
		out[size] = ux + t * (vx - ux);
		out[size + 1] = uy + t * (vy - uy);
		return size + 2;
	}

}
