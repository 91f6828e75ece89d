package ir.cadastre.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * Reads the vertex lists applicants type from their forms: one boundary, its corners in
 * order, closing corner optional.
 * <ul>
 * <li>UTM: {@code {"srid": 32639, "coordinates": [[easting, northing], …]}}, zones
 * 38N–41N (EPSG:32638–32641), metres;</li>
 * <li>degrees-minutes-seconds on WGS 84: {@code {"notation": "DMS", "coordinates":
 * [["53°12'30\"E", "32°10'05.5\"N"], …]}}; each value carries its hemisphere letter, so
 * either order is read correctly.</li>
 * </ul>
 * The result is in the list's own SRID ({@link #srid()}); UTM is reprojected by PostGIS.
 */
final class VertexListReader {

	static final int WGS84 = 4326;

	private static final Set<String> MEMBERS = Set.of("srid", "notation", "coordinates");

	private static final String FIELD = "vertices";

	private final GeometryFactory factory;

	private final IntakeProperties limits;

	private int srid;

	VertexListReader(GeometryFactory factory, IntakeProperties limits) {
		this.factory = factory;
		this.limits = limits;
	}

	MultiPolygon read(JsonNode node) {
		if (!node.isObject()) {
			throw Refusals.structure(FIELD,
					Text.of("'vertices' must be an object with 'srid' or 'notation', and 'coordinates'."));
		}
		for (String name : node.propertyNames()) {
			if (!MEMBERS.contains(name)) {
				throw Refusals.structure(FIELD, Text.of("Unknown member '{0}'.", name));
			}
		}
		boolean dms = notation(node.get("notation"));
		this.srid = srid(node.get("srid"), dms);
		JsonNode corners = node.get("coordinates");
		if (corners == null || !corners.isArray()) {
			throw Refusals.structure(FIELD, Text.of("'coordinates' must be an array of vertices."));
		}
		// The last corner may be the first again, which is not counted.
		VertexBudget budget = new VertexBudget(this.limits, FIELD);
		budget.vertices(corners.size() - 1);
		List<Coordinate> ring = new ArrayList<>();
		for (JsonNode corner : corners) {
			ring.add(dms ? DmsVertex.read(corner, FIELD) : utm(corner));
		}
		if (!ring.isEmpty() && !ring.get(0).equals2D(ring.get(ring.size() - 1))) {
			budget.vertices(1);
		}
		return polygon(ring);
	}

	/** The SRID of what {@link #read} returned. */
	int srid() {
		return this.srid;
	}

	private boolean notation(JsonNode notation) {
		if (notation == null) {
			return false;
		}
		if (notation.isString() && notation.stringValue().equals("DMS")) {
			return true;
		}
		if (notation.isString() && notation.stringValue().equals("UTM")) {
			return false;
		}
		throw Refusals.notation(FIELD, Text.of("'notation' must be \"UTM\" or \"DMS\"."));
	}

	private int srid(JsonNode srid, boolean dms) {
		if (srid == null) {
			if (dms) {
				return WGS84;
			}
			throw Refusals.notation(FIELD,
					Text.of("A UTM vertex list needs its zone as 'srid' (32638–32641 for zones 38N–41N)."));
		}
		if (!srid.isInt()) {
			throw Refusals.notation(FIELD, Text.of("'srid' must be an integer."));
		}
		int value = srid.intValue();
		if (dms ? value != WGS84 : (value < 32638 || value > 32641)) {
			throw Refusals.notation(FIELD, dms ? Text.of("DMS vertices are on WGS 84 (srid 4326).")
					: Text.of("UTM zone EPSG:{0} is not one of Iran's zones 38N–41N (EPSG:32638–32641).", value));
		}
		return value;
	}

	private Coordinate utm(JsonNode corner) {
		if (!corner.isArray() || corner.size() != 2 || !corner.get(0).isNumber() || !corner.get(1).isNumber()) {
			throw Refusals.structure(FIELD, Text.of("A UTM vertex must be [easting, northing] in metres."));
		}
		double easting = corner.get(0).doubleValue();
		double northing = corner.get(1).doubleValue();
		if (!Double.isFinite(easting) || !Double.isFinite(northing)) {
			throw Refusals.coordinate(FIELD, Text.of("Every coordinate must be a finite number."));
		}
		// A zone is 6° wide: eastings outside 100–900 km, or northings outside the
		// northern hemisphere, are not positions in it (often easting and northing
		// swapped).
		if (easting < 100_000 || easting > 900_000 || northing < 0 || northing > 9_330_000) {
			throw Refusals.coordinate(FIELD,
					Text.of("UTM vertex {0} is not in the zone "
							+ "(easting 100000–900000 m, northing 0–9330000 m; easting comes first).",
							Positions.format(easting, northing)));
		}
		return new Coordinate(easting, northing);
	}

	private MultiPolygon polygon(List<Coordinate> ring) {
		if (ring.size() >= 3 && !ring.get(0).equals2D(ring.get(ring.size() - 1))) {
			ring.add(ring.get(0).copy());
		}
		if (ring.size() < 4) {
			throw Refusals.structure(FIELD, Text.of("A boundary needs at least 3 distinct vertices."));
		}
		Polygon polygon = this.factory.createPolygon(ring.toArray(Coordinate[]::new));
		return this.factory.createMultiPolygon(new Polygon[] { polygon });
	}

}
