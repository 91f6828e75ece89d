package ir.cadastre.geometry;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Iran's boundary, read once from the {@code jurisdiction} table and prepared, so the
 * intake check costs microseconds. The database checks the same boundary again as a CHECK
 * constraint.
 */
@Component
class Jurisdiction {

	private final JdbcClient db;

	private final GeometryFactory factory;

	private volatile PreparedGeometry boundary;

	Jurisdiction(JdbcClient db, GeometryFactory factory) {
		this.db = db;
		this.factory = factory;
	}

	/**
	 * Refuses an area that is not wholly inside Iran, naming a position outside and
	 * noticing swapped latitude and longitude.
	 */
	void check(MultiPolygon area, String field) {
		PreparedGeometry iran = boundary();
		Coordinate outside;
		try {
			if (iran.covers(area)) {
				return;
			}
			outside = firstOutside(iran, area);
		}
		catch (TopologyException ex) {
			// Only an invalid area makes the overlay fail; the validity check names the
			// fault.
			return;
		}
		String position = Positions.format(outside);
		Text reason = iran.covers(swapped(area))
				? Text.of("The area is not inside Iran; position {0} lies outside. "
						+ "Latitude and longitude look swapped: GeoJSON puts longitude first.", position)
				: Text.of("The area is not inside Iran; position {0} lies outside.", position);
		throw Refusals.outsideJurisdiction(field, reason, outside);
	}

	private Coordinate firstOutside(PreparedGeometry iran, MultiPolygon area) {
		for (Coordinate c : area.getCoordinates()) {
			if (!iran.covers(this.factory.createPoint(c))) {
				return c;
			}
		}
		// Every vertex is inside but an edge crosses the border: name a point of the part
		// outside.
		Geometry outside = area.difference(iran.getGeometry());
		return outside.isEmpty() ? area.getCoordinate() : outside.getInteriorPoint().getCoordinate();
	}

	private Geometry swapped(MultiPolygon area) {
		Geometry copy = area.copy();
		copy.apply((Coordinate c) -> {
			double x = c.x;
			c.x = c.y;
			c.y = x;
		});
		copy.geometryChanged();
		return copy;
	}

	private PreparedGeometry boundary() {
		PreparedGeometry prepared = this.boundary;
		if (prepared == null) {
			byte[] wkb = this.db.sql("SELECT ST_AsBinary(ST_Union(geom)) FROM jurisdiction")
				.query(byte[].class)
				.single();
			try {
				prepared = PreparedGeometryFactory.prepare(new WKBReader(this.factory).read(wkb));
			}
			catch (ParseException ex) {
				throw new IllegalStateException("The jurisdiction table holds an unreadable boundary", ex);
			}
			this.boundary = prepared;
		}
		return prepared;
	}

}
