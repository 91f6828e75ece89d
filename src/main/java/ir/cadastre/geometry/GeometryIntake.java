package ir.cadastre.geometry;

import java.util.Locale;

import ir.cadastre.web.Text;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Turns what a client sent into an {@link AcceptedArea}, or refuses it with a problem
 * that says what is wrong and where (DESIGN §3). Every endpoint that takes an area calls
 * this, so every endpoint refuses the same inputs the same way.
 */
@Component
public class GeometryIntake {

	private final GeometryFactory factory;

	private final IntakeProperties limits;

	private final Jurisdiction jurisdiction;

	private final UtmProjection utm;

	GeometryIntake(GeometryFactory factory, IntakeProperties limits, Jurisdiction jurisdiction, UtmProjection utm) {
		this.factory = factory;
		this.limits = limits;
		this.jurisdiction = jurisdiction;
		this.utm = utm;
	}

	/**
	 * Accepts exactly one of a GeoJSON {@code geometry} and a {@code vertices} list.
	 * @param geometry GeoJSON Polygon, MultiPolygon or Feature, or {@code null}
	 * @param vertices a UTM or DMS vertex list, or {@code null}
	 * @return the area, valid and inside Iran, shells counter-clockwise
	 * @throws ir.cadastre.web.CadastreProblem when neither or both are given, or the area
	 * breaks a rule; touching the border of Iran from inside is accepted
	 */
	public AcceptedArea accept(JsonNode geometry, JsonNode vertices) {
		boolean hasGeometry = geometry != null && !geometry.isNull();
		boolean hasVertices = vertices != null && !vertices.isNull();
		if (hasGeometry == hasVertices) {
			throw Refusals.structure("geometry",
					Text.of("Send exactly one of 'geometry' (GeoJSON) and 'vertices' (a UTM or DMS vertex list)."));
		}
		String field = hasGeometry ? "geometry" : "vertices";
		MultiPolygon area = hasGeometry ? new GeoJsonAreaReader(this.factory, this.limits, field).read(geometry)
				: fromVertices(vertices);
		return checked(area, field);
	}

	/**
	 * Accepts a GeoJSON area sent in a field of another name, by the same rules.
	 * @param field the request's field, named in refusals
	 * @param geometry GeoJSON Polygon, MultiPolygon or Feature
	 * @return the area, valid and inside Iran, shells counter-clockwise
	 * @throws ir.cadastre.web.CadastreProblem when it is missing or breaks a rule
	 */
	public AcceptedArea accept(String field, JsonNode geometry) {
		if (geometry == null || geometry.isNull()) {
			throw Refusals.structure(field, Text.of("Send '{0}' as a GeoJSON Polygon or MultiPolygon.", field));
		}
		return checked(new GeoJsonAreaReader(this.factory, this.limits, field).read(geometry), field);
	}

	/**
	 * Accepts an area the service computed itself, at full precision, by the same rules.
	 * @param field the request's field, named in refusals
	 * @param wkb a MultiPolygon (lon/lat), as PostGIS writes it
	 * @return the area, valid and inside Iran, shells counter-clockwise
	 * @throws ir.cadastre.web.CadastreProblem when nothing is left of it, or it breaks a
	 * rule
	 */
	public AcceptedArea accept(String field, byte[] wkb) {
		Geometry area;
		try {
			area = new WKBReader(this.factory).read(wkb);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("not a geometry in WKB", ex);
		}
		if (!(area instanceof MultiPolygon parts) || parts.isEmpty()) {
			throw Refusals.area("area-too-small", "Area too small", field, Text.of("Nothing is left of the area."));
		}
		return checked(parts, field);
	}

	private AcceptedArea checked(MultiPolygon area, String field) {
		this.jurisdiction.check(area, field);
		checkValid(area, field);
		MultiPolygon oriented = counterClockwise(area);
		return new AcceptedArea(oriented, checkArea(oriented, field));
	}

	private MultiPolygon fromVertices(JsonNode vertices) {
		VertexListReader reader = new VertexListReader(this.factory, this.limits);
		MultiPolygon area = reader.read(vertices);
		return (reader.srid() == VertexListReader.WGS84) ? area : this.utm.toLonLat(area, reader.srid());
	}

	private static void checkValid(MultiPolygon area, String field) {
		TopologyValidationError error = new IsValidOp(area).getValidationError();
		if (error != null) {
			throw Refusals
				.invalid(field,
						Text.of("{0} at {1}; the area is not repaired, because a repair would move a legal boundary.",
								TopologyFaults.of(error), Positions.format(error.getCoordinate())),
						error.getCoordinate());
		}
	}

	/** Too small first, then slivers: a tiny square is small rather than thin. */
	private double checkArea(MultiPolygon area, String field) {
		EllipsoidArea.Measure[] parts = new EllipsoidArea.Measure[area.getNumGeometries()];
		double total = 0;
		for (int i = 0; i < parts.length; i++) {
			parts[i] = EllipsoidArea.measure((Polygon) area.getGeometryN(i));
			total += parts[i].areaM2();
		}
		if (total < this.limits.minAreaM2()) {
			throw Refusals.area("area-too-small", "Area too small", field,
					Text.of("The area is {0} m², below the minimum of {1} m².", decimals(total, 1),
							decimals(this.limits.minAreaM2(), 1)));
		}
		for (int i = 0; i < parts.length; i++) {
			double meanWidth = 2 * parts[i].areaM2() / parts[i].perimeterM();
			if (meanWidth < this.limits.sliverWidthM()) {
				throw Refusals.area("sliver", "Sliver polygon", field,
						Text.of("Part {0} is a sliver: its mean width is {1} m, below {2} m.", i + 1,
								decimals(meanWidth, 2), decimals(this.limits.sliverWidthM(), 2)));
			}
		}
		return total;
	}

	private static String decimals(double value, int places) {
		return String.format(Locale.ROOT, "%." + places + "f", value);
	}

	/** RFC 7946 orientation: shells counter-clockwise, holes clockwise. */
	private MultiPolygon counterClockwise(MultiPolygon area) {
		Polygon[] parts = new Polygon[area.getNumGeometries()];
		for (int i = 0; i < parts.length; i++) {
			Polygon part = (Polygon) area.getGeometryN(i);
			LinearRing[] holes = new LinearRing[part.getNumInteriorRing()];
			for (int h = 0; h < holes.length; h++) {
				holes[h] = oriented(part.getInteriorRingN(h), false);
			}
			parts[i] = this.factory.createPolygon(oriented(part.getExteriorRing(), true), holes);
		}
		return this.factory.createMultiPolygon(parts);
	}

	private static LinearRing oriented(LinearRing ring, boolean counterClockwise) {
		boolean ccw = Orientation.isCCWArea(ring.getCoordinates());
		return (ccw == counterClockwise) ? ring : ring.reverse();
	}

}
