package ir.cadastre.geometry;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * An area that passed intake: valid, inside Iran, shells counter-clockwise, in lon/lat
 * (EPSG:4326).
 *
 * @param geometry the area
 * @param areaM2 its area on the WGS 84 ellipsoid in square metres
 */
public record AcceptedArea(MultiPolygon geometry, double areaM2) {

	private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);

	/**
	 * An area that passed intake before and was stored: the inverse of {@link #wkb()}.
	 * @param wkb a MultiPolygon as PostGIS writes it ({@code ST_AsBinary}), lon/lat
	 * @param areaM2 its area on the ellipsoid
	 */
	public static AcceptedArea ofWkb(byte[] wkb, double areaM2) {
		try {
			return new AcceptedArea((MultiPolygon) new WKBReader(LON_LAT).read(wkb), areaM2);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("A stored area is unreadable", ex);
		}
	}

	/**
	 * The area as WKB, the form in which it travels to PostGIS (SRID given separately).
	 */
	public byte[] wkb() {
		return new WKBWriter(2).write(this.geometry);
	}

}
