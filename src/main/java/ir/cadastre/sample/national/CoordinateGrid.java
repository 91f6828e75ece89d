package ir.cadastre.sample.national;

/**
 * The decimal grid a layer's coordinates are put on, so that the files hold short
 * numbers: 10⁻⁶ degree (about 0.1 m) for licences and parcels, 10⁻⁷ (about 1 cm) for the
 * natural areas, whose rings with a million positions have vertices a few decimetres
 * apart.
 */
enum CoordinateGrid {

	MICRODEGREE(1e6), TENTH_MICRODEGREE(1e7);

	private final double unitsPerDegree;

	CoordinateGrid(double unitsPerDegree) {
		this.unitsPerDegree = unitsPerDegree;
	}

	double round(double degrees) {
		return Math.round(degrees * this.unitsPerDegree) / this.unitsPerDegree;
	}

}
