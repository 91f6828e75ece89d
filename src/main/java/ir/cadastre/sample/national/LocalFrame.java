package ir.cadastre.sample.national;

/**
 * Kilometres east and north of a centre, mapped to lon/lat by an equirectangular
 * projection. The mapping is affine, so a convex or star-shaped ring drawn in kilometres
 * stays so in degrees; over a few tens of kilometres its distortion is far below what a
 * synthetic outline cares about.
 */
final class LocalFrame {

	static final double KM_PER_DEGREE_LAT = 110.574;

	private static final double KM_PER_DEGREE_LON_AT_EQUATOR = 111.320;

	private final double lon;

	private final double lat;

	private final double kmPerDegreeLon;

	LocalFrame(double lon, double lat) {
		this.lon = lon;
		this.lat = lat;
		this.kmPerDegreeLon = kmPerDegreeLon(lat);
	}

	static double kmPerDegreeLon(double lat) {
		return KM_PER_DEGREE_LON_AT_EQUATOR * StrictMath.cos(StrictMath.toRadians(lat));
	}

	/** Kilometres between two points, near enough for points a few hundred km apart. */
	static double distanceKm(double lon1, double lat1, double lon2, double lat2) {
		double east = (lon2 - lon1) * kmPerDegreeLon((lat1 + lat2) / 2);
		double north = (lat2 - lat1) * KM_PER_DEGREE_LAT;
		return StrictMath.sqrt(east * east + north * north);
	}

	double lon() {
		return this.lon;
	}

	double lat() {
		return this.lat;
	}

	/** The longitude of a point this many km east of the centre. */
	double lon(double eastKm) {
		return this.lon + eastKm / this.kmPerDegreeLon;
	}

	/** The latitude of a point this many km north of the centre. */
	double lat(double northKm) {
		return this.lat + northKm / KM_PER_DEGREE_LAT;
	}

}
