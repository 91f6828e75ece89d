package ir.cadastre.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * Reads a GeoJSON area (RFC 7946) strictly: {@code Polygon}, {@code MultiPolygon} or a
 * {@code Feature} wrapping one; closed rings of at least four 2D lon/lat positions; no
 * members the format does not define (a {@code crs} member is refused: RFC 7946
 * coordinates are WGS 84).
 */
final class GeoJsonAreaReader {

	private static final Set<String> GEOMETRY_MEMBERS = Set.of("type", "coordinates", "bbox");

	private static final Set<String> FEATURE_MEMBERS = Set.of("type", "geometry", "properties", "id", "bbox");

	private final GeometryFactory factory;

	private final VertexBudget budget;

	private final String field;

	GeoJsonAreaReader(GeometryFactory factory, IntakeProperties limits, String field) {
		this.factory = factory;
		this.budget = new VertexBudget(limits, field);
		this.field = field;
	}

	MultiPolygon read(JsonNode node) {
		if (node == null || !node.isObject()) {
			throw Refusals.structure(this.field, Text.of("A GeoJSON object is expected."));
		}
		String type = typeOf(node);
		if (type.equals("Feature")) {
			checkMembers(node, FEATURE_MEMBERS);
			JsonNode geometry = node.get("geometry");
			if (geometry == null || !geometry.isObject()) {
				throw Refusals.structure(this.field, Text.of("The Feature has no geometry object."));
			}
			return readGeometry(geometry, typeOf(geometry));
		}
		return readGeometry(node, type);
	}

	private MultiPolygon readGeometry(JsonNode node, String type) {
		if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
			throw Refusals.type(this.field, type);
		}
		checkMembers(node, GEOMETRY_MEMBERS);
		JsonNode coordinates = node.get("coordinates");
		if (type.equals("Polygon")) {
			return this.factory.createMultiPolygon(new Polygon[] { polygon(array(coordinates, "coordinates")) });
		}
		JsonNode parts = array(coordinates, "coordinates");
		if (parts.isEmpty()) {
			throw Refusals.structure(this.field, Text.of("A MultiPolygon needs at least one polygon."));
		}
		this.budget.parts(parts.size());
		List<Polygon> polygons = new ArrayList<>();
		for (JsonNode part : parts) {
			polygons.add(polygon(array(part, "polygon")));
		}
		return this.factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
	}

	private Polygon polygon(JsonNode rings) {
		if (rings.isEmpty()) {
			throw Refusals.structure(this.field, Text.of("A polygon needs at least its exterior ring."));
		}
		this.budget.holes(rings.size() - 1);
		LinearRing shell = ring(rings.get(0));
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = ring(rings.get(i));
		}
		return this.factory.createPolygon(shell, holes);
	}

	private LinearRing ring(JsonNode positions) {
		array(positions, "ring");
		this.budget.vertices(positions.size() - 1);
		if (positions.size() < 4) {
			throw Refusals.structure(this.field,
					Text.of("A ring needs at least 4 positions, found {0}.", positions.size()));
		}
		Coordinate[] ring = new Coordinate[positions.size()];
		for (int i = 0; i < ring.length; i++) {
			ring[i] = position(positions.get(i));
		}
		if (!ring[0].equals2D(ring[ring.length - 1])) {
			throw Refusals.structure(this.field, Text
				.of("A ring is not closed: its last position must repeat its first {0}.", Positions.format(ring[0])));
		}
		return this.factory.createLinearRing(ring);
	}

	private Coordinate position(JsonNode position) {
		if (position == null || !position.isArray()) {
			throw Refusals.structure(this.field, Text.of("A position must be an array [longitude, latitude]."));
		}
		if (position.size() != 2) {
			throw Refusals.structure(this.field, Text
				.of("A position must have exactly 2 numbers (longitude, latitude); found {0}.", position.size()));
		}
		JsonNode lon = position.get(0);
		JsonNode lat = position.get(1);
		if (!lon.isNumber() || !lat.isNumber()) {
			throw Refusals.structure(this.field, Text.of("Coordinates must be numbers."));
		}
		return Positions.lonLat(lon.doubleValue(), lat.doubleValue(), this.field);
	}

	private JsonNode array(JsonNode node, String what) {
		if (node == null || !node.isArray()) {
			throw Refusals.structure(this.field, Text.of("'{0}' must be an array.", what));
		}
		return node;
	}

	private String typeOf(JsonNode node) {
		JsonNode type = node.get("type");
		if (type == null || !type.isString()) {
			throw Refusals.structure(this.field, Text.of("A GeoJSON object needs a string 'type'."));
		}
		return type.stringValue();
	}

	private void checkMembers(JsonNode node, Set<String> allowed) {
		for (String name : node.propertyNames()) {
			if (!allowed.contains(name)) {
				throw Refusals.structure(this.field,
						name.equals("crs")
								? Text.of("GeoJSON coordinates are WGS 84 lon/lat (RFC 7946); 'crs' is not accepted.")
								: Text.of("Unknown member '{0}'.", name));
			}
		}
	}

}
