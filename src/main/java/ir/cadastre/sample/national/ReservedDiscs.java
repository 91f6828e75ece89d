package ir.cadastre.sample.national;

import java.util.ArrayList;
import java.util.List;

/**
 * Discs already taken in one layer. A feature drawn inside a disc that overlaps no other
 * disc cannot overlap another feature, which spares an overlay per candidate. A layer
 * holds a few hundred discs (towns, natural areas), so a list is enough.
 */
final class ReservedDiscs {

	private final List<double[]> discs = new ArrayList<>();

	/** Whether a disc, kept this far from the others, is free. */
	boolean free(double lon, double lat, double radiusKm, double gapKm) {
		for (double[] disc : this.discs) {
			if (LocalFrame.distanceKm(lon, lat, disc[0], disc[1]) < radiusKm + disc[2] + gapKm) {
				return false;
			}
		}
		return true;
	}

	void reserve(double lon, double lat, double radiusKm) {
		this.discs.add(new double[] { lon, lat, radiusKm });
	}

}
