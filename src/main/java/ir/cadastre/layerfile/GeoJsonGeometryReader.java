package ir.cadastre.layerfile;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * GeoJSON geometry objects (RFC 7946 §3.1) to JTS, every type included, taken as they
 * are: ring orientation is not checked and a third ordinate becomes Z. What JTS cannot
 * hold (an unclosed ring, a position that is not two numbers) is a {@link GeometryFault}.
 */
final class GeoJsonGeometryReader {

	private final GeometryFactory factory;

	GeoJsonGeometryReader(GeometryFactory factory) {
		this.factory = factory;
	}

	Geometry read(JsonNode geometry) throws GeometryFault {
		if (geometry == null || geometry.isNull()) {
			return null;
		}
		if (!geometry.isObject()) {
			throw new GeometryFault(Text.of("the geometry is not a GeoJSON object"));
		}
		JsonNode type = geometry.get("type");
		String name = (type != null && type.isString()) ? type.stringValue() : "";
		if (name.equals("GeometryCollection")) {
			JsonNode members = array(geometry.get("geometries"), "geometries");
			Geometry[] geometries = new Geometry[members.size()];
			for (int i = 0; i < geometries.length; i++) {
				geometries[i] = read(members.get(i));
				if (geometries[i] == null) {
					throw new GeometryFault(Text.of("a GeometryCollection member is null"));
				}
			}
			return this.factory.createGeometryCollection(geometries);
		}
		JsonNode coordinates = array(geometry.get("coordinates"), "coordinates");
		return switch (name) {
			case "Point" -> point(coordinates);
			case "MultiPoint" -> this.factory.createMultiPoint(points(coordinates));
			case "LineString" -> line(coordinates);
			case "MultiLineString" -> this.factory.createMultiLineString(lines(coordinates));
			case "Polygon" -> polygon(coordinates);
			case "MultiPolygon" -> this.factory.createMultiPolygon(polygons(coordinates));
			default -> throw new GeometryFault(Text.of("'{0}' is not a GeoJSON geometry type", name));
		};
	}

	private Point point(JsonNode position) throws GeometryFault {
		return position.isEmpty() ? this.factory.createPoint() : this.factory.createPoint(position(position));
	}

	private Point[] points(JsonNode positions) throws GeometryFault {
		Point[] points = new Point[positions.size()];
		for (int i = 0; i < points.length; i++) {
			points[i] = point(array(positions.get(i), "position"));
		}
		return points;
	}

	private LineString line(JsonNode positions) throws GeometryFault {
		if (positions.size() == 1) {
			throw new GeometryFault(Text.of("a LineString has a single position; it needs at least 2"));
		}
		return this.factory.createLineString(coordinates(positions));
	}

	private LineString[] lines(JsonNode parts) throws GeometryFault {
		LineString[] lines = new LineString[parts.size()];
		for (int i = 0; i < lines.length; i++) {
			lines[i] = line(array(parts.get(i), "line"));
		}
		return lines;
	}

	private Polygon polygon(JsonNode rings) throws GeometryFault {
		if (rings.isEmpty()) {
			return this.factory.createPolygon();
		}
		LinearRing shell = ring(array(rings.get(0), "ring"), 1);
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 0; i < holes.length; i++) {
			holes[i] = ring(array(rings.get(i + 1), "ring"), i + 2);
		}
		return this.factory.createPolygon(shell, holes);
	}

	private Polygon[] polygons(JsonNode parts) throws GeometryFault {
		Polygon[] polygons = new Polygon[parts.size()];
		for (int i = 0; i < polygons.length; i++) {
			polygons[i] = polygon(array(parts.get(i), "polygon"));
		}
		return polygons;
	}

	private LinearRing ring(JsonNode positions, int number) throws GeometryFault {
		if (positions.size() < 4) {
			throw new GeometryFault(
					Text.of("ring {0} has {1} positions; a ring needs at least 4", number, positions.size()));
		}
		Coordinate[] ring = coordinates(positions);
		if (!ring[0].equals2D(ring[ring.length - 1])) {
			throw new GeometryFault(
					Text.of("ring {0} is not closed: its last position differs from its first", number));
		}
		return this.factory.createLinearRing(ring);
	}

	private Coordinate[] coordinates(JsonNode positions) throws GeometryFault {
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < coordinates.length; i++) {
			coordinates[i] = position(positions.get(i));
		}
		return coordinates;
	}

	private static Coordinate position(JsonNode position) throws GeometryFault {
		if (position == null || !position.isArray() || position.size() < 2) {
			throw new GeometryFault(Text.of("a position must be an array of at least 2 numbers"));
		}
		for (int i = 0; i < Math.min(3, position.size()); i++) {
			if (!position.get(i).isNumber()) {
				throw new GeometryFault(Text.of("a position holds something that is not a number"));
			}
			// 1e400 is a JSON number, but no double holds it: it reads as infinity.
			if (!Double.isFinite(position.get(i).doubleValue())) {
				throw new GeometryFault(Text.of("a position holds a number too large to be finite"));
			}
		}
		Coordinate coordinate = new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue());
		if (position.size() > 2) {
			coordinate.setZ(position.get(2).doubleValue());
		}
		return coordinate;
	}

	private static JsonNode array(JsonNode node, String what) throws GeometryFault {
		if (node == null || !node.isArray()) {
			throw new GeometryFault(Text.of("'{0}' must be an array", what));
		}
		return node;
	}

}
