package ir.cadastre.sample.national;

import java.nio.file.Path;

import ir.cadastre.sample.IranBoundary;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;

/**
 * Iran's boundary from {@code gis-data/iran-boundary.geojson}, and the cheap test the
 * generator sites features with: points against the boundary shrunk by
 * {@value #MARGIN_DEGREES}°. A shape whose every point lies within that margin of a
 * tested point that is inside the shrunk boundary is inside Iran; the callers test points
 * closer together than the margin.
 */
final class NationalBoundary {

	/** About a kilometre. */
	static final double MARGIN_DEGREES = 0.01;

	/** Tested points along a circle are at most this far apart. */
	private static final double POINT_SPACING_KM = 0.8;

	private final MultiPolygon geometry;

	private final IndexedPointInAreaLocator inner;

	private final RelateNG prepared;

	private NationalBoundary(MultiPolygon geometry) {
		this.geometry = geometry;
		this.inner = new IndexedPointInAreaLocator(geometry.buffer(-MARGIN_DEGREES));
		this.prepared = RelateNG.prepare(geometry);
	}

	static NationalBoundary read(Path file, GeometryFactory factory) {
		return new NationalBoundary(IranBoundary.read(file, factory).geometry());
	}

	Envelope envelope() {
		return this.geometry.getEnvelopeInternal();
	}

	/** Whether the point is inside Iran and at least the margin from its edge. */
	boolean inside(double lon, double lat) {
		return this.inner.locate(new Coordinate(lon, lat)) == Location.INTERIOR;
	}

	/**
	 * Whether a disc lies inside Iran: its centre and points around its edge, less than
	 * the margin apart, are inside the shrunk boundary.
	 */
	boolean discInside(double lon, double lat, double radiusKm) {
		if (!inside(lon, lat)) {
			return false;
		}
		LocalFrame frame = new LocalFrame(lon, lat);
		int points = Math.max(16, (int) Math.ceil(2 * Math.PI * radiusKm / POINT_SPACING_KM));
		for (int i = 0; i < points; i++) {
			double angle = 2 * Math.PI * i / points;
			if (!inside(frame.lon(radiusKm * StrictMath.cos(angle)), frame.lat(radiusKm * StrictMath.sin(angle)))) {
				return false;
			}
		}
		return true;
	}

	/** The exact test: whether the geometry lies inside Iran (touching counts). */
	boolean covers(Geometry geometry) {
		return this.prepared.evaluate(geometry, RelatePredicate.covers());
	}

}
