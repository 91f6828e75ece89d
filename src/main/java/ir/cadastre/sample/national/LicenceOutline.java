package ir.cadastre.sample.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A licence's outline in kilometres about its centre, as a cadastre holds them: a
 * rectangle turned up to 10° off north with its corners moved a little, and for some of
 * the larger ones a corner notched out, as when a title was granted around an older one.
 * The corners stay in convex position (or one notch), counter-clockwise.
 */
final class LicenceOutline {

	private final double[] corners;

	private final double widthKm;

	private final double heightKm;

	private final double areaKm2;

	private LicenceOutline(double[] corners) {
		this.corners = corners;
		double east = 0;
		double north = 0;
		double area = 0;
		int n = corners.length / 2;
		for (int i = 0; i < n; i++) {
			int j = (i + 1) % n;
			east = Math.max(east, Math.abs(corners[2 * i]));
			north = Math.max(north, Math.abs(corners[2 * i + 1]));
			area += corners[2 * i] * corners[2 * j + 1] - corners[2 * j] * corners[2 * i + 1];
		}
		this.widthKm = 2 * east;
		this.heightKm = 2 * north;
		this.areaKm2 = area / 2;
	}

	/**
	 * Draws an outline: the area is log-normal about 1.6 km², kept within 1–50 km².
	 */
	static LicenceOutline draw(Random random) {
		double area;
		do {
			area = 1.6 * StrictMath.exp(0.85 * random.nextGaussian());
		}
		while (area < 1 || area > 50);
		double aspect = 1 + 0.8 * random.nextDouble();
		double w = StrictMath.sqrt(area * aspect) / 2;
		double h = area / (4 * w);
		List<double[]> corners = new ArrayList<>(List.of(new double[] { -w, -h }, new double[] { w, -h },
				new double[] { w, h }, new double[] { -w, h }));
		if (area > 5 && random.nextDouble() < 0.3) {
			corners.set(2, new double[] { w, 0.3 * h });
			corners.add(3, new double[] { 0.4 * w, 0.3 * h });
			corners.add(4, new double[] { 0.4 * w, h });
		}
		double angle = StrictMath.toRadians(20 * random.nextDouble() - 10);
		double cos = StrictMath.cos(angle);
		double sin = StrictMath.sin(angle);
		double[] turned = new double[2 * corners.size()];
		for (int i = 0; i < corners.size(); i++) {
			double x = corners.get(i)[0] + 0.05 * w * (2 * random.nextDouble() - 1);
			double y = corners.get(i)[1] + 0.05 * h * (2 * random.nextDouble() - 1);
			turned[2 * i] = x * cos - y * sin;
			turned[2 * i + 1] = x * sin + y * cos;
		}
		// the moved corners and the notch change the area; scale it back to the one drawn
		double stretch = StrictMath.sqrt(area / new LicenceOutline(turned).areaKm2);
		for (int i = 0; i < turned.length; i++) {
			turned[i] *= stretch;
		}
		return new LicenceOutline(turned);
	}

	/** East–west extent. */
	double widthKm() {
		return this.widthKm;
	}

	/** North–south extent. */
	double heightKm() {
		return this.heightKm;
	}

	double areaKm2() {
		return this.areaKm2;
	}

	/** The outline about the frame's centre, on the grid. */
	Polygon polygon(LocalFrame frame, CoordinateGrid grid, GeometryFactory factory) {
		int n = this.corners.length / 2;
		double[] xy = new double[2 * n + 2];
		for (int i = 0; i < n; i++) {
			xy[2 * i] = grid.round(frame.lon(this.corners[2 * i]));
			xy[2 * i + 1] = grid.round(frame.lat(this.corners[2 * i + 1]));
		}
		xy[2 * n] = xy[0];
		xy[2 * n + 1] = xy[1];
		return factory.createPolygon(Rings.ring(xy, factory));
	}

}
