package ir.cadastre.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Iran's boundary as read from {@code gis-data/iran-boundary.geojson} (Natural Earth
 * 1:10m). Public for the national-scale generator, which reads the same file.
 */
public final class IranBoundary {

	/**
	 * How far inside the boundary clipped features stay, so rounding cannot push them
	 * out.
	 */
	private static final double CLIP_MARGIN_DEGREES = 0.003;

	private final MultiPolygon geometry;

	private final String source;

	private final RelateNG prepared;

	private Geometry inner;

	private IranBoundary(MultiPolygon geometry, String source) {
		this.geometry = geometry;
		this.source = source;
		this.prepared = RelateNG.prepare(geometry);
	}

	public static IranBoundary read(Path file, GeometryFactory factory) {
		JsonNode feature = JsonMapper.builder().build().readTree(file.toFile()).get("features").get(0);
		List<Polygon> polygons = new ArrayList<>();
		for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
			List<LinearRing> rings = new ArrayList<>();
			for (JsonNode ring : polygon) {
				List<Coordinate> vertices = new ArrayList<>();
				for (JsonNode position : ring) {
					vertices.add(new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue()));
				}
				rings.add(factory.createLinearRing(vertices.toArray(Coordinate[]::new)));
			}
			polygons
				.add(factory.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new)));
		}
		return new IranBoundary(factory.createMultiPolygon(polygons.toArray(Polygon[]::new)),
				feature.get("properties").get("source").stringValue());
	}

	public MultiPolygon geometry() {
		return this.geometry;
	}

	String source() {
		return this.source;
	}

	/**
	 * Whether the geometry lies inside Iran; touching the boundary from inside counts.
	 */
	boolean covers(Geometry geometry) {
		return this.prepared.evaluate(geometry, RelatePredicate.covers());
	}

	/**
	 * The part of a geometry that is safely inside Iran (a margin away from coast and
	 * border).
	 */
	Geometry clip(Geometry geometry) {
		if (this.inner == null) {
			this.inner = this.geometry.buffer(-CLIP_MARGIN_DEGREES);
		}
		return OverlayNGRobust.overlay(geometry, this.inner, OverlayNG.INTERSECTION);
	}

}
