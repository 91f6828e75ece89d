package ir.cadastre.geometry;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;
import java.util.stream.Stream;

import ir.cadastre.Api;
import ir.cadastre.Api.Response;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Geometry intake (DESIGN §3) refuses every kind of bad input with a specific 4xx
 * problem, stores nothing and stays healthy. Each case names the status and problem type
 * it expects; the positive controls prove the same area in each notation is accepted, so
 * the refusals are about the fault, not the area.
 *
 * <p>
 * The base area is a 0.02° × 0.018° square (about 1.9 km × 2.0 km) in the desert west of
 * Yazd: 54.30–54.32 E, 31.900–31.918 N; in UTM zone 40N (EPSG:32640) roughly 244,700–
 * 246,600 E, 3,532,600–3,534,400 N.
 */
@CadastreTest
class BadInputTests {

	private static final String OVERLAPS = "/api/v1/overlaps";

	private static final String JSON = "application/json";

	private static final List<String> UNTOUCHED_TABLES = List.of("feature", "feature_part", "layer_version",
			"app_user");

	/** The base square as a GeoJSON ring, counter-clockwise. */
	private static final String BASE_RING = ring(54.30, 31.90, 54.32, 31.90, 54.32, 31.918, 54.30, 31.918);

	private static final String BASE_POLYGON = polygonGeometry(BASE_RING);

	/** Its area on the ellipsoid, as PostGIS measures it. */
	private static final double BASE_AREA_M2 = 3_775_762;

	/** A 1900 m × 1800 m rectangle in UTM zone 40N, over the base square, metres. */
	private static final String BASE_UTM = "[[244700, 3532600], [246600, 3532600], [246600, 3534400], [244700, 3534400]]";

	/** The UTM rectangle's area on the ellipsoid, as PostGIS measures it. */
	private static final double BASE_UTM_AREA_M2 = 3_417_280;

	/** The base square's corners in degrees-minutes-seconds. */
	private static final String BASE_DMS = dmsList(dms("54°18'00\"E", "31°54'00\"N"), dms("54°19'12\"E", "31°54'00\"N"),
			dms("54°19'12\"E", "31°55'04.8\"N"), dms("54°18'00\"E", "31°55'04.8\"N"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.fixtures = new Fixtures(this.db).users();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInputs")
	void badInputIsRefusedWithAProblemAndChangesNothing(BadInput input) {
		Map<String, Long> before = rowCounts();
		Response response = send(input.request());
		assertThat(response.status()).as("status of %s", response).isEqualTo(input.status());
		assertThat(response.isProblem()).as("content type of %s", response).isTrue();
		// No stack trace, and no internal class names either.
		assertThat(response.body()).doesNotContain("Exception", "at ir.cadastre", "\tat ", "ir.cadastre.");
		JsonNode problem = response.json();
		assertThat(problem.path("type").asString()).as("type of %s", response)
			.isEqualTo("urn:cadastre:problem:" + input.type());
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("status").asInt()).isEqualTo(response.status());
		assertThat(problem.path("detail").asString()).isNotBlank();
		if (input.detailMentions() != null) {
			assertThat(problem.path("detail").asString()).containsIgnoringCase(input.detailMentions());
		}
		if (input.located()) {
			JsonNode location = problem.path("errors").path(0).path("location");
			assertThat(location.path("type").asString()).as("location of %s", response).isEqualTo("Point");
			assertThat(location.path("coordinates").size()).isEqualTo(2);
			assertThat(location.path("coordinates").path(0).isNumber()).isTrue();
			assertThat(location.path("coordinates").path(1).isNumber()).isTrue();
		}
		assertThat(rowCounts()).as("rows after %s", input).isEqualTo(before);
		Response health = this.api.get("/actuator/health", null);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().path("status").asString()).isEqualTo("UP");
	}

	@Test
	void aNumberFarBeyondAnyPositionIsToldBriefly() {
		Response response = this.api.postJson(OVERLAPS, Fixtures.APPLICANT,
				utm("\"srid\": 32640", "[[1e308, 3532600], [246600, 3532600], [246600, 3534400], [244700, 3534400]]"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").stringValue()).contains("[1.000e+308, 3532600.0000000]")
			.hasSizeLessThan(200);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goodInputs")
	void theSameSquareNearYazdIsAcceptedInEveryNotation(String notation, String body, double areaM2) {
		Map<String, Long> before = rowCounts();
		Response response = this.api.postJson(OVERLAPS, Fixtures.APPLICANT, body);
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		assertThat(response.json().path("area_m2").asDouble()).isCloseTo(areaM2, withinPercentage(0.1));
		assertThat(rowCounts()).isEqualTo(before);
	}

	/**
	 * The limit counts an area's corners, not the closing position that GeoJSON requires
	 * and a typed list may repeat: 10,000 corners pass however they are sent.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("tenThousandCorners")
	void theVertexLimitCountsCornersAlikeInEveryNotation(String notation, String body) {
		Response response = this.api.postJson(OVERLAPS, Fixtures.APPLICANT, body);

		assertThat(response.status()).as("%s", response).isEqualTo(200);
	}

	static Stream<Object[]> tenThousandCorners() {
		String corners = utmCircle(245650, 3533500, 800, 10_000);
		String closed = corners.substring(0, corners.length() - 1) + ","
				+ corners.substring(1, corners.indexOf(']') + 1) + "]";
		return Stream.of(
				new Object[] { "GeoJSON, with its closing position",
						polygonGeometry(circle(54.31, 31.909, 0.009, 10_000, 6)) },
				new Object[] { "UTM vertex list, closing corner left out", utm("\"srid\": 32640", corners) },
				new Object[] { "UTM vertex list, closing corner repeated", utm("\"srid\": 32640", closed) });
	}

	static Stream<Object[]> goodInputs() {
		return Stream.of(new Object[] { "GeoJSON Polygon", BASE_POLYGON, BASE_AREA_M2 },
				new Object[] { "GeoJSON Feature", "{\"geometry\": " + feature(polygon(BASE_RING)) + "}", BASE_AREA_M2 },
				new Object[] { "GeoJSON Polygon with a clockwise shell",
						polygonGeometry(ring(54.30, 31.90, 54.30, 31.918, 54.32, 31.918, 54.32, 31.90)), BASE_AREA_M2 },
				new Object[] { "UTM zone 40N", utm("\"srid\": 32640", BASE_UTM), BASE_UTM_AREA_M2 },
				new Object[] { "DMS", dmsVertices(BASE_DMS), BASE_AREA_M2 },
				new Object[] { "DMS as a word processor writes it: º, curly quotes",
						dmsVertices(dmsList(dms("54º18’00”E", "31º54’00”N"), dms("54˚19‘12“E", "31˚54′00″N"),
								dms("54°19’12’’E", "31°55’04.8”N"), dms("54°18'00''E", "31°55'04.8''N"))),
						BASE_AREA_M2 },
				new Object[] { "DMS in Persian digits, hemisphere first, lower case or spaced",
						dmsVertices(dmsList(dms("۵۴°۱۸'۰۰\"E", "۳۱°۵۴'۰۰\"N"), dms("E54°19'12\"", "N 31°54'00\""),
								dms("54°19'12\"e", "31°55'04.8\"n"), dms("54 18 00 E", "31 55 04.8 N"))),
						BASE_AREA_M2 });
	}

	static Stream<BadInput> badInputs() {
		List<BadInput> cases = new ArrayList<>();

		// 1. Request limits, before parsing.
		cases.add(refused("body over 1 MiB: a Feature padded with a long property", 413, "body-too-large",
				() -> "{\"geometry\": {\"type\": \"Feature\", \"properties\": {\"note\": \"" + "x".repeat(1_100_000)
						+ "\"}, \"geometry\": " + polygon(BASE_RING) + "}}"));
		cases.add(new BadInput(
				"body over 1 MiB sent chunked, without a Content-Length", new Request(JSON, () -> "{\"geometry\": "
						+ polygon(BASE_RING) + "," + " ".repeat(1_100_000) + "\"vertices\": null}", true),
				413, "body-too-large", false, null));
		cases.add(refused("100,000 vertices (about 1.8 MB)", 413, "body-too-large",
				() -> polygonGeometry(circle(54.31, 31.909, 0.009, 100_000, 4))));
		cases.add(new BadInput("Content-Type text/plain", new Request("text/plain", () -> BASE_POLYGON, false), 415,
				"unsupported-media-type", false, null));
		cases.add(new BadInput("Content-Type application/xml",
				new Request("application/xml", () -> "<geometry type=\"Polygon\"/>", false), 415,
				"unsupported-media-type", false, null));
		cases.add(new BadInput("Content-Type application/x-www-form-urlencoded",
				new Request("application/x-www-form-urlencoded", () -> "geometry=" + BASE_POLYGON, false), 415,
				"unsupported-media-type", false, null));
		cases.add(new BadInput("no Content-Type", new Request(null, () -> BASE_POLYGON, false), 415,
				"unsupported-media-type", false, null));
		cases.add(refused("missing body", 400, "malformed-json", () -> ""));
		cases.add(refused("malformed JSON: truncated", 400, "malformed-json",
				() -> BASE_POLYGON.substring(0, BASE_POLYGON.length() / 2)));
		cases.add(refused("malformed JSON: trailing garbage", 400, "malformed-json", () -> BASE_POLYGON + " garbage"));
		cases.add(refused("malformed JSON: a second document after the first", 400, "malformed-json",
				() -> BASE_POLYGON + " {}"));
		cases.add(refused("NaN literal", 400, "malformed-json", () -> withFirstOrdinate("NaN")));
		cases.add(refused("Infinity literal", 400, "malformed-json", () -> withFirstOrdinate("Infinity")));
		cases.add(refused("-Infinity literal", 400, "malformed-json", () -> withFirstOrdinate("-Infinity")));
		cases.add(refused("number literal of 38 characters", 400, "json-limit-exceeded",
				() -> withFirstOrdinate("54.30000000000000000000000000000000001")));
		cases.add(refused("nesting deeper than 16 levels", 400, "json-limit-exceeded",
				() -> "{\"geometry\": {\"type\": \"Polygon\", \"coordinates\": " + "[".repeat(20) + "54.3, 31.9"
						+ "]".repeat(20) + "}}"));
		cases.add(refused("duplicate top-level key", 400, "duplicate-key",
				() -> "{\"geometry\": " + polygon(BASE_RING) + ", \"geometry\": " + polygon(BASE_RING) + "}"));
		cases.add(refused("duplicate key inside the geometry", 400, "duplicate-key",
				() -> "{\"geometry\": {\"type\": \"Polygon\", \"type\": \"Polygon\", \"coordinates\": [" + BASE_RING
						+ "]}}"));
		cases.add(refused("unknown top-level field", 400, "unknown-field",
				() -> "{\"geometry\": " + polygon(BASE_RING) + ", \"srid\": 4326}"));

		// Which area was sent: exactly one of geometry and vertices.
		cases.add(refused("empty object", 400, "geometry-structure", () -> "{}"));
		cases.add(refused("null geometry", 400, "geometry-structure", () -> "{\"geometry\": null}"));
		cases.add(refused("both geometry and vertices", 400, "geometry-structure", () -> "{\"geometry\": "
				+ polygon(BASE_RING) + ", \"vertices\": {\"srid\": 32640, \"coordinates\": " + BASE_UTM + "}}"));

		// 2. GeoJSON structure.
		cases.add(refused("geometry as a string", 400, "geometry-structure",
				() -> "{\"geometry\": \"POLYGON((54.3 31.9, 54.32 31.9, 54.32 31.918, 54.3 31.9))\"}"));
		cases.add(refused("geometry as an array", 400, "geometry-structure",
				() -> "{\"geometry\": [" + BASE_RING + "]}"));
		cases.add(refused("geometry without a type", 400, "geometry-structure",
				() -> "{\"geometry\": {\"coordinates\": [" + BASE_RING + "]}}"));
		cases.add(refused("Feature with a null geometry", 400, "geometry-structure",
				() -> "{\"geometry\": {\"type\": \"Feature\", \"properties\": {}, \"geometry\": null}}"));
		cases.add(refused("unclosed ring", 400, "geometry-structure",
				() -> polygonGeometry("[[54.30, 31.90], [54.32, 31.90], [54.32, 31.918], [54.30, 31.918]]")));
		cases.add(refused("ring of 3 positions", 400, "geometry-structure",
				() -> polygonGeometry("[[54.30, 31.90], [54.32, 31.90], [54.30, 31.90]]")));
		cases.add(refused("Polygon without rings", 400, "geometry-structure",
				() -> "{\"geometry\": {\"type\": \"Polygon\", \"coordinates\": []}}"));
		cases.add(refused("MultiPolygon without parts", 400, "geometry-structure",
				() -> "{\"geometry\": {\"type\": \"MultiPolygon\", \"coordinates\": []}}"));
		cases.add(refused("3D positions", 400, "geometry-structure", () -> polygonGeometry(
				"[[54.30, 31.90, 1200], [54.32, 31.90, 1200], [54.32, 31.918, 1200], [54.30, 31.90, 1200]]")));
		cases.add(refused("position with 1 number", 400, "geometry-structure",
				() -> polygonGeometry("[[54.30, 31.90], [54.32], [54.32, 31.918], [54.30, 31.90]]")));
		cases.add(refused("string coordinates", 400, "geometry-structure",
				() -> polygonGeometry("[[\"54.30\", \"31.90\"], [\"54.32\", \"31.90\"], [\"54.32\", \"31.918\"], "
						+ "[\"54.30\", \"31.90\"]]")));
		cases.add(refused("unknown member inside the geometry", 400, "geometry-structure",
				() -> "{\"geometry\": {\"type\": \"Polygon\", \"style\": \"red\", \"coordinates\": [" + BASE_RING
						+ "]}}"));
		cases.add(refused("crs member", 400, "geometry-structure", () -> "{\"geometry\": {\"type\": \"Polygon\", "
				+ "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:32640\"}}, \"coordinates\": ["
				+ BASE_RING + "]}}"));
		cases.add(refused("1e999, which parses to infinity", 400, "coordinate-out-of-range",
				() -> withFirstOrdinate("1e999")));
		cases.add(refused("longitude 181", 400, "coordinate-out-of-range",
				() -> polygonGeometry(ring(179.5, 31.9, 181, 31.9, 181, 32, 179.5, 32))));
		cases.add(refused("latitude 95", 400, "coordinate-out-of-range",
				() -> polygonGeometry(ring(54.3, 89.5, 54.32, 89.5, 54.32, 95, 54.3, 95))));

		// 2. Geometry types: Polygon and MultiPolygon only.
		cases.add(refused("Point", 400, "geometry-type",
				() -> "{\"geometry\": {\"type\": \"Point\", \"coordinates\": [54.31, 31.909]}}"));
		cases.add(refused("LineString", 400, "geometry-type",
				() -> "{\"geometry\": {\"type\": \"LineString\", \"coordinates\": " + BASE_RING + "}}"));
		cases.add(refused("MultiLineString", 400, "geometry-type",
				() -> "{\"geometry\": {\"type\": \"MultiLineString\", \"coordinates\": [" + BASE_RING + "]}}"));
		cases.add(refused("GeometryCollection", 400, "geometry-type",
				() -> "{\"geometry\": {\"type\": \"GeometryCollection\", \"geometries\": [" + polygon(BASE_RING)
						+ "]}}"));
		cases.add(refused("FeatureCollection", 400, "geometry-type",
				() -> "{\"geometry\": {\"type\": \"FeatureCollection\", \"features\": [" + feature(polygon(BASE_RING))
						+ "]}}"));
		cases.add(refused("Feature wrapping a Point", 400, "geometry-type",
				() -> "{\"geometry\": " + feature("{\"type\": \"Point\", \"coordinates\": [54.31, 31.909]}") + "}"));
		cases.add(refused("type in lower case", 400, "geometry-type",
				() -> "{\"geometry\": {\"type\": \"polygon\", \"coordinates\": [" + BASE_RING + "]}}"));

		// 2. Complexity limits.
		cases.add(refused("10,001 vertices under 1 MiB", 400, "geometry-too-complex",
				() -> polygonGeometry(circle(54.31, 31.909, 0.009, 10_001, 6))));
		cases.add(refused("51 parts", 400, "geometry-too-complex", () -> multiPolygonGeometry(squares(51, 0.001))));
		cases.add(refused("101 holes", 400, "geometry-too-complex",
				() -> polygonGeometry(BASE_RING + "," + squares(101, 0.0005))));
		cases.add(refused("UTM vertex list of 10,001 vertices", 400, "geometry-too-complex",
				() -> utm("\"srid\": 32640", utmCircle(245650, 3533500, 800, 10_001))));

		// 3. UTM vertex lists.
		cases.add(refused("UTM zone 37N (EPSG:32637)", 400, "vertex-notation", () -> utm("\"srid\": 32637", BASE_UTM)));
		cases.add(refused("UTM zone 42N (EPSG:32642)", 400, "vertex-notation", () -> utm("\"srid\": 32642", BASE_UTM)));
		cases.add(refused("srid 4326 without DMS notation", 400, "vertex-notation",
				() -> utm("\"srid\": 4326", "[[54.30, 31.90], [54.32, 31.90], [54.32, 31.918], [54.30, 31.918]]")));
		cases.add(refused("UTM without srid", 400, "vertex-notation", () -> utm(null, BASE_UTM)));
		cases.add(refused("srid as a string", 400, "vertex-notation", () -> utm("\"srid\": \"32640\"", BASE_UTM)));
		cases.add(
				refused("UTM easting and northing swapped", 400, "coordinate-out-of-range", () -> utm("\"srid\": 32640",
						"[[3532600, 244700], [3532600, 246600], [3534400, 246600], [3534400, 244700]]")));
		cases.add(refused("UTM easting beyond the zone", 400, "coordinate-out-of-range", () -> utm("\"srid\": 32640",
				"[[950000, 3532600], [952000, 3532600], [952000, 3534400], [950000, 3534400]]")));
		cases.add(refused("UTM northing in the southern hemisphere", 400, "coordinate-out-of-range",
				() -> utm("\"srid\": 32640", "[[244700, -1000], [246600, -1000], [246600, 800], [244700, 800]]")));
		cases.add(refused("UTM vertex list of 2 vertices", 400, "geometry-structure",
				() -> utm("\"srid\": 32640", "[[244700, 3532600], [246600, 3534400]]")));
		cases.add(refused("UTM vertex as an object", 400, "geometry-structure", () -> utm("\"srid\": 32640",
				"[{\"e\": 244700, \"n\": 3532600}, [246600, 3532600], [246600, 3534400], [244700, 3534400]]")));
		cases.add(refused("unknown member in vertices", 400, "geometry-structure",
				() -> utm("\"srid\": 32640, \"datum\": \"WGS84\"", BASE_UTM)));
		cases.add(refused("vertices as an array", 400, "geometry-structure", () -> "{\"vertices\": " + BASE_UTM + "}"));

		// 3. DMS vertex lists.
		cases.add(refused("DMS minutes 60", 400, "vertex-notation",
				() -> dmsVertices(dmsWithFirst("54°60'00\"E", "31°54'00\"N"))));
		cases.add(refused("DMS seconds 60", 400, "vertex-notation",
				() -> dmsVertices(dmsWithFirst("54°18'60\"E", "31°54'00\"N"))));
		cases.add(refused("DMS without hemisphere letter", 400, "vertex-notation",
				() -> dmsVertices(dmsWithFirst("54°18'00\"", "31°54'00\"N"))));
		cases.add(refused("DMS vertex of two latitudes", 400, "vertex-notation",
				() -> dmsVertices(dmsWithFirst("54°18'00\"N", "31°54'00\"N"))));
		cases.add(refused("DMS latitude 91°", 400, "coordinate-out-of-range",
				() -> dmsVertices(dmsWithFirst("54°18'00\"E", "91°54'00\"N"))));
		cases.add(refused("DMS vertex as numbers", 400, "geometry-structure",
				() -> dmsVertices("[[54.30, 31.90], [54.32, 31.90], [54.32, 31.918], [54.30, 31.918]]")));
		cases.add(refused("DMS with a UTM srid", 400, "vertex-notation",
				() -> "{\"vertices\": {\"notation\": \"DMS\", \"srid\": 32640, \"coordinates\": " + BASE_DMS + "}}"));
		cases.add(refused("unknown notation", 400, "vertex-notation",
				() -> "{\"vertices\": {\"notation\": \"DD\", \"coordinates\": " + BASE_DMS + "}}"));

		// 4. Jurisdiction.
		cases.add(outside("in Iraq, around Baghdad",
				polygonGeometry(ring(44.35, 33.30, 44.39, 33.30, 44.39, 33.34, 44.35, 33.34))));
		cases.add(outside("in the Caspian Sea",
				polygonGeometry(ring(50.50, 41.00, 50.54, 41.00, 50.54, 41.04, 50.50, 41.04))));
		cases.add(outside("in the Persian Gulf",
				polygonGeometry(ring(51.50, 27.00, 51.54, 27.00, 51.54, 27.04, 51.50, 27.04))));
		cases.add(outside("across the Iran–Iraq border at Mehran",
				polygonGeometry(ring(45.9, 32.9, 46.5, 32.9, 46.5, 33.3, 45.9, 33.3))));
		cases.add(outside("every vertex in Iran, one edge across the Caspian",
				polygonGeometry(ring(48.8, 38.2, 48.8, 36.5, 55.5, 36.0, 55.5, 37.4))));
		cases.add(new BadInput(
				"Isfahan with latitude first (swapped)", new Request(JSON,
						() -> polygonGeometry(ring(32.63, 51.65, 32.63, 51.69, 32.67, 51.69, 32.67, 51.65)), false),
				422, "outside-jurisdiction", true, "swapped"));
		cases.add(outside("UTM zone 38N vertices in Iraq", utm("\"srid\": 32638",
				"[[439500, 3684800], [443200, 3684800], [443200, 3689100], [439500, 3689100]]")));

		// 5. Validity: refused with the location of the fault, never repaired.
		cases.add(invalid("bow-tie", polygonGeometry(ring(54.30, 31.90, 54.32, 31.918, 54.32, 31.90, 54.30, 31.918))));
		cases.add(invalid("zero-width spike in the shell", polygonGeometry(ring(54.30, 31.90, 54.32, 31.90, 54.32,
				31.909, 54.33, 31.909, 54.32, 31.909, 54.32, 31.918, 54.30, 31.918))));
		cases.add(invalid("hole outside the shell",
				polygonGeometry(BASE_RING + "," + ring(54.33, 31.90, 54.34, 31.90, 54.34, 31.91, 54.33, 31.91))));
		cases.add(invalid("overlapping holes",
				polygonGeometry(BASE_RING + "," + ring(54.303, 31.903, 54.312, 31.903, 54.312, 31.912, 54.303, 31.912)
						+ "," + ring(54.308, 31.906, 54.317, 31.906, 54.317, 31.915, 54.308, 31.915))));
		cases.add(invalid("hole inside a hole",
				polygonGeometry(BASE_RING + "," + ring(54.303, 31.903, 54.317, 31.903, 54.317, 31.915, 54.303, 31.915)
						+ "," + ring(54.306, 31.906, 54.310, 31.906, 54.310, 31.910, 54.306, 31.910))));
		cases.add(invalid("hole sharing an edge with the shell",
				polygonGeometry(BASE_RING + "," + ring(54.30, 31.905, 54.31, 31.905, 54.31, 31.91, 54.30, 31.91))));
		cases.add(invalid("MultiPolygon with overlapping shells", multiPolygonGeometry(
				"[" + BASE_RING + "], [" + ring(54.31, 31.91, 54.33, 31.91, 54.33, 31.928, 54.31, 31.928) + "]")));
		cases.add(invalid("MultiPolygon with one shell inside another", multiPolygonGeometry("[" + BASE_RING + "], ["
				+ ring(54.305, 31.905, 54.315, 31.905, 54.315, 31.913, 54.305, 31.913) + "]")));
		cases.add(invalid("bow-tie around the Caspian: every vertex in Iran, two edges over the sea",
				polygonGeometry(ring(48.8, 38.2, 55.5, 36.0, 55.5, 37.4, 48.8, 36.5))));
		cases.add(invalid("ring of 4 identical positions",
				polygonGeometry("[[54.31, 31.909], [54.31, 31.909], [54.31, 31.909], [54.31, 31.909]]")));
		cases.add(
				invalid("ring collapsed onto a line", polygonGeometry(ring(54.30, 31.90, 54.31, 31.90, 54.32, 31.90))));
		cases.add(invalid("UTM bow-tie", utm("\"srid\": 32640",
				"[[244700, 3532600], [246600, 3534400], [246600, 3532600], [244700, 3534400]]")));

		// 6. Area.
		cases.add(refused("25 m square, 623 m² below the 1000 m² minimum", 422, "area-too-small",
				() -> polygonGeometry(ring(54.30, 31.90, 54.300264, 31.90, 54.300264, 31.900225, 54.30, 31.900225))));
		cases.add(refused("2 m square, a few m²", 422, "area-too-small",
				() -> polygonGeometry(ring(54.30, 31.90, 54.300021, 31.90, 54.300021, 31.900018, 54.30, 31.900018))));
		cases.add(refused("sliver 5 km long and 1 m wide", 422, "sliver",
				() -> polygonGeometry(ring(54.30, 31.90, 54.353, 31.90, 54.353, 31.900009, 54.30, 31.900009))));
		return cases.stream();
	}

	private Response send(Request request) {
		if (!request.chunked()) {
			return this.api.post(OVERLAPS, Fixtures.APPLICANT, request.contentType(), request.body().get());
		}
		byte[] body = request.body().get().getBytes(StandardCharsets.UTF_8);
		HttpRequest.Builder builder = this.api.request(OVERLAPS, Fixtures.APPLICANT)
			.header("Content-Type", request.contentType())
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
		return this.api.send(builder);
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		UNTOUCHED_TABLES.forEach((table) -> counts.put(table, this.fixtures.count(table)));
		return counts;
	}

	private static BadInput refused(String name, int status, String type, Supplier<String> json) {
		return new BadInput(name, new Request(JSON, json, false), status, type, false, null);
	}

	private static BadInput outside(String name, String json) {
		return new BadInput(name, new Request(JSON, () -> json, false), 422, "outside-jurisdiction", true, null);
	}

	private static BadInput invalid(String name, String json) {
		return new BadInput(name, new Request(JSON, () -> json, false), 422, "invalid-geometry", true, null);
	}

	/**
	 * A closed GeoJSON ring through the given lon/lat pairs; the first is repeated last.
	 */
	private static String ring(double... lonLat) {
		StringJoiner ring = new StringJoiner(", ", "[", "]");
		for (int i = 0; i < lonLat.length; i += 2) {
			ring.add(position(lonLat[i], lonLat[i + 1]));
		}
		return ring.add(position(lonLat[0], lonLat[1])).toString();
	}

	private static String position(double lon, double lat) {
		return "[" + lon + ", " + lat + "]";
	}

	private static String polygon(String rings) {
		return "{\"type\": \"Polygon\", \"coordinates\": [" + rings + "]}";
	}

	private static String polygonGeometry(String rings) {
		return "{\"geometry\": " + polygon(rings) + "}";
	}

	private static String multiPolygonGeometry(String polygons) {
		return "{\"geometry\": {\"type\": \"MultiPolygon\", \"coordinates\": [" + polygons + "]}}";
	}

	private static String feature(String geometry) {
		return "{\"type\": \"Feature\", \"properties\": {\"name\": \"test\"}, \"geometry\": " + geometry + "}";
	}

	/** The base polygon with its first longitude written as the given literal. */
	private static String withFirstOrdinate(String literal) {
		return polygonGeometry(BASE_RING.replaceFirst("54\\.3", literal));
	}

	/** A ring of {@code n} distinct positions on a circle, plus the closing position. */
	private static String circle(double lon, double lat, double radius, int n, int decimals) {
		String format = "[%." + decimals + "f,%." + decimals + "f]";
		StringJoiner ring = new StringJoiner(",", "[", "]");
		for (int i = 0; i <= n; i++) {
			double angle = 2 * Math.PI * (i % n) / n;
			ring.add(
					String.format(Locale.ROOT, format, lon + radius * Math.cos(angle), lat + radius * Math.sin(angle)));
		}
		return ring.toString();
	}

	private static String utmCircle(double easting, double northing, double radius, int n) {
		StringJoiner ring = new StringJoiner(",", "[", "]");
		for (int i = 0; i < n; i++) {
			double angle = 2 * Math.PI * i / n;
			ring.add(String.format(Locale.ROOT, "[%.2f,%.2f]", easting + radius * Math.cos(angle),
					northing + radius * Math.sin(angle)));
		}
		return ring.toString();
	}

	/**
	 * {@code n} disjoint squares of the given side in a grid inside the base square, each
	 * a ring.
	 */
	private static String squares(int n, double side) {
		StringJoiner squares = new StringJoiner(",");
		for (int i = 0; i < n; i++) {
			double lon = 54.301 + (i % 10) * 0.0018;
			double lat = 31.901 + (i / 10) * 0.0015;
			squares.add(ring(lon, lat, lon + side, lat, lon + side, lat + side, lon, lat + side));
		}
		return squares.toString();
	}

	private static String utm(String srid, String coordinates) {
		return "{\"vertices\": {" + ((srid != null) ? srid + ", " : "") + "\"coordinates\": " + coordinates + "}}";
	}

	private static String dmsVertices(String coordinates) {
		return "{\"vertices\": {\"notation\": \"DMS\", \"coordinates\": " + coordinates + "}}";
	}

	/** One DMS vertex as a JSON array of two strings. */
	private static String dms(String first, String second) {
		return "[" + jsonString(first) + ", " + jsonString(second) + "]";
	}

	private static String dmsList(String... vertices) {
		return "[" + String.join(", ", vertices) + "]";
	}

	/** The base DMS list with its first vertex replaced. */
	private static String dmsWithFirst(String first, String second) {
		return dmsList(dms(first, second), dms("54°19'12\"E", "31°54'00\"N"), dms("54°19'12\"E", "31°55'04.8\"N"),
				dms("54°18'00\"E", "31°55'04.8\"N"));
	}

	private static String jsonString(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/**
	 * What is sent: a content type (or none), a body built on demand, and whether it is
	 * streamed without a length.
	 */
	record Request(String contentType, Supplier<String> body, boolean chunked) {
	}

	/**
	 * A bad input and the problem it must get.
	 *
	 * @param name the display name
	 * @param request what is sent
	 * @param status the expected HTTP status
	 * @param type the expected problem type's slug
	 * @param located whether {@code errors[0].location} must be a GeoJSON point
	 * @param detailMentions text the detail must contain, or {@code null}
	 */
	record BadInput(String name, Request request, int status, String type, boolean located, String detailMentions) {

		@Override
		public String toString() {
			return this.name + " → " + this.status + " " + this.type;
		}

	}

}
