package ir.cadastre.sample;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Kilometres east and north of a centre, mapped to lon/lat by an equirectangular
 * projection.
 * <p>
 * The mapping is affine on purpose: an affine map keeps a simple ring simple and a
 * star-shaped ring star-shaped, so shapes drawn here stay valid in lon/lat. Over a few
 * tens of kilometres its distortion is far below what a synthetic outline cares about.
 */
final class LocalFrame {

	private static final double KM_PER_DEGREE_LAT = 110.574;

	private static final double KM_PER_DEGREE_LON_AT_EQUATOR = 111.320;

	private final AffineTransformation toDegrees;

	private final AffineTransformation toKm;

	LocalFrame(double lon, double lat) {
		double kmPerDegreeLon = kmPerDegreeLon(lat);
		this.toDegrees = AffineTransformation.scaleInstance(1 / kmPerDegreeLon, 1 / KM_PER_DEGREE_LAT)
			.translate(lon, lat);
		this.toKm = AffineTransformation.translationInstance(-lon, -lat).scale(kmPerDegreeLon, KM_PER_DEGREE_LAT);
	}

	static double kmPerDegreeLon(double lat) {
		return KM_PER_DEGREE_LON_AT_EQUATOR * StrictMath.cos(StrictMath.toRadians(lat));
	}

	static double kmPerDegreeLat() {
		return KM_PER_DEGREE_LAT;
	}

	Geometry toDegrees(Geometry km) {
		return this.toDegrees.transform(km);
	}

	Geometry toKm(Geometry degrees) {
		return this.toKm.transform(degrees);
	}

}
