package ir.cadastre.geometry;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reprojects UTM vertex lists to lon/lat with PostGIS (PROJ), the reference
 * implementation of Iran's UTM zones, rather than a home-made projection.
 */
@Component
class UtmProjection {

	private final JdbcClient db;

	private final GeometryFactory factory;

	UtmProjection(JdbcClient db, GeometryFactory factory) {
		this.db = db;
		this.factory = factory;
	}

	MultiPolygon toLonLat(MultiPolygon utm, int srid) {
		byte[] wkb = this.db.sql("SELECT ST_AsBinary(ST_Transform(ST_GeomFromWKB(:wkb, :srid), 4326))")
			.param("wkb", new WKBWriter(2).write(utm))
			.param("srid", srid)
			.query(byte[].class)
			.single();
		try {
			Geometry lonLat = new WKBReader(this.factory).read(wkb);
			return (MultiPolygon) lonLat;
		}
		catch (ParseException ex) {
			throw new IllegalStateException("PostGIS returned unreadable WKB", ex);
		}
	}

}
