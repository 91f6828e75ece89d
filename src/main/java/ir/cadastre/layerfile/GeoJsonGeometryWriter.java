package ir.cadastre.layerfile;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JsonGenerator;

/**
 * JTS to GeoJSON geometry objects, with RFC 7946's winding (outer rings
 * counter-clockwise, holes clockwise) and every ordinate written as the shortest decimal
 * that reads back as the same double.
 */
final class GeoJsonGeometryWriter {

	private GeoJsonGeometryWriter() {
	}

	static void write(JsonGenerator json, Geometry geometry) {
		if (geometry == null) {
			json.writeNull();
			return;
		}
		json.writeStartObject();
		json.writeStringProperty("type", geometry.getGeometryType());
		if (geometry instanceof GeometryCollection collection && !(geometry instanceof MultiPoint)
				&& !(geometry instanceof MultiLineString) && !(geometry instanceof MultiPolygon)) {
			json.writeName("geometries");
			json.writeStartArray();
			for (int i = 0; i < collection.getNumGeometries(); i++) {
				write(json, collection.getGeometryN(i));
			}
			json.writeEndArray();
		}
		else {
			json.writeName("coordinates");
			coordinates(json, geometry);
		}
		json.writeEndObject();
	}

	private static void coordinates(JsonGenerator json, Geometry geometry) {
		if (geometry instanceof Point point) {
			if (point.isEmpty()) {
				json.writeStartArray();
				json.writeEndArray();
			}
			else {
				position(json, point.getCoordinateSequence(), 0);
			}
		}
		else if (geometry instanceof LineString line) {
			positions(json, line.getCoordinateSequence(), false);
		}
		else if (geometry instanceof Polygon polygon) {
			json.writeStartArray();
			if (!polygon.isEmpty()) {
				ring(json, polygon.getExteriorRing().getCoordinateSequence(), true);
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					ring(json, polygon.getInteriorRingN(h).getCoordinateSequence(), false);
				}
			}
			json.writeEndArray();
		}
		else {
			json.writeStartArray();
			for (int i = 0; i < geometry.getNumGeometries(); i++) {
				coordinates(json, geometry.getGeometryN(i));
			}
			json.writeEndArray();
		}
	}

	private static void ring(JsonGenerator json, CoordinateSequence ring, boolean outer) {
		positions(json, ring, Orientation.isCCW(ring) != outer);
	}

	private static void positions(JsonGenerator json, CoordinateSequence positions, boolean reverse) {
		json.writeStartArray();
		int size = positions.size();
		for (int i = 0; i < size; i++) {
			position(json, positions, reverse ? size - 1 - i : i);
		}
		json.writeEndArray();
	}

	private static void position(JsonGenerator json, CoordinateSequence positions, int index) {
		json.writeStartArray();
		json.writeNumber(positions.getX(index));
		json.writeNumber(positions.getY(index));
		double z = positions.getZ(index);
		if (positions.hasZ() && !Double.isNaN(z)) {
			json.writeNumber(z);
		}
		json.writeEndArray();
	}

}
