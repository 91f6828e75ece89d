package ir.cadastre.geometry;

import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.WKBWriter;

/**
 * An area that passed intake: valid, inside Iran, shells counter-clockwise, in lon/lat
 * (EPSG:4326).
 *
 * @param geometry the area
 * @param areaM2 its area on the WGS 84 ellipsoid in square metres
 */
public record AcceptedArea(MultiPolygon geometry, double areaM2) {

	/**
	 * The area as WKB, the form in which it travels to PostGIS (SRID given separately).
	 */
	public byte[] wkb() {
		return new WKBWriter(2).write(this.geometry);
	}

}
