package ir.cadastre.tiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.layer.Layer;
import ir.cadastre.layer.LayerCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code GET /tiles/{layer}/{z}/{x}/{y}.mvt}, read back with an independent MVT decoder.
 */
@CadastreTest
class TileTests {

	/** A 0.1° square near Yazd, inside tile 10/665/415. */
	static final String SQUARE = "POLYGON((54 32, 54.1 32, 54.1 32.1, 54 32.1, 54 32))";

	static final String TILE = "10/665/415";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	VectorTiles tiles;

	@Autowired
	LayerCatalog catalog;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.fixtures = new Fixtures(this.db).noFeatures().users();
	}

	@Test
	void aTileCarriesTheLayersCurrentFeaturesWithTheAttributesTheMapNeeds() {
		long kalmand = feature("protected_areas", "Kalmand", "کالمند", null, "PROTECTED", SQUARE);
		long retired = feature("protected_areas", "Retired", null, null, null, SQUARE);
		long version = this.db.sql(
				"INSERT INTO layer_version (layer_id, created_by, source) VALUES ('protected_areas', 't', 't') RETURNING id")
			.query(Long.class)
			.single();
		this.db.sql("UPDATE feature SET retired_in = :version WHERE id = :id")
			.param("version", version)
			.param("id", retired)
			.update();
		feature("forests", "Forest in the same tile", null, null, null, SQUARE);
		feature("protected_areas", "Elsewhere", null, null, null,
				"POLYGON((56 30, 56.1 30, 56.1 30.1, 56 30.1, 56 30))");

		HttpResponse<byte[]> response = get("/tiles/protected_areas/" + TILE + ".mvt", Fixtures.APPLICANT);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.mapbox-vector-tile");
		DecodedTile tile = DecodedTile.decode(response.body());
		assertThat(tile.layers()).extracting(DecodedTile.Layer::name).containsExactly("protected_areas");
		DecodedTile.Layer layer = tile.layer("protected_areas");
		assertThat(layer.version()).isEqualTo(2);
		assertThat(layer.extent()).isEqualTo(4096);
		assertThat(layer.ids()).containsExactly(kalmand);
		DecodedTile.Feature feature = layer.feature(kalmand);
		assertThat(feature.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of("name", "Kalmand", "name_fa",
				"کالمند", "status", "PROTECTED", "agency", "doe", "consequence", "INQUIRY"));
		assertThat(feature.type()).isEqualTo(3);
		assertThat(feature.rings()).hasSize(1);
		checkCorner(feature, 54, 32);
		checkCorner(feature, 54.1, 32.1);
	}

	@ParameterizedTest(name = "{0} is served with its agency and main consequence")
	@ValueSource(strings = { "licences:ministry:BLOCKS", "applications:ministry:BLOCKS", "protected_areas:doe:INQUIRY",
			"forests:frwo:INQUIRY", "national_resources:frwo:INQUIRY", "agricultural_lands:agriculture:INQUIRY",
			"executive_boundaries:energy:INQUIRY", "property_parcels::COMPENSATION" })
	void eachLayerCarriesItsAgencyAndMainConsequence(String expected) {
		String[] parts = expected.split(":", -1);
		String agency = "executive_boundaries".equals(parts[0]) ? "energy" : null;
		long id = feature(parts[0], "Feature", null, agency, null, SQUARE);
		Map<String, Object> attributes = tile("/tiles/" + parts[0] + "/" + TILE + ".mvt").layer(parts[0])
			.feature(id)
			.attributes();
		assertThat(attributes.get("agency")).isEqualTo(parts[1].isEmpty() ? null : parts[1]);
		assertThat(attributes.get("consequence")).isEqualTo(parts[2]);
	}

	@Test
	void everyLayerOfTheCatalogueIsServed() {
		for (Layer layer : this.catalog.all()) {
			long id = feature(layer.id(), "Feature", null, null, null, SQUARE);
			DecodedTile tile = tile("/tiles/" + layer.id() + "/" + TILE + ".mvt");
			assertThat(tile.layers()).extracting(DecodedTile.Layer::name).containsExactly(layer.id());
			assertThat(tile.layer(layer.id()).ids()).containsExactly(id);
		}
		assertThat(this.catalog.all()).hasSize(8);
	}

	@Test
	void aTileWithNoFeatureIsAnEmpty200() {
		feature("forests", "Far away", null, null, null, "POLYGON((56 30, 56.1 30, 56.1 30.1, 56 30.1, 56 30))");
		HttpResponse<byte[]> response = get("/tiles/forests/" + TILE + ".mvt", Fixtures.APPLICANT);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.mapbox-vector-tile");
		assertThat(response.headers().firstValue("ETag")).isPresent();
		assertThat(DecodedTile.decode(response.body()).layers()).isEmpty();
	}

	@Test
	void aParcelSmallerThanAPixelShowsOnlyWhenZoomedIn() {
		// about 200 m across: under a pixel at zoom 8 (about 600 m), a few pixels at zoom
		// 12
		long parcel = feature("property_parcels", "Parcel", null, null, null,
				"POLYGON((54.05 32.05, 54.052 32.05, 54.052 32.052, 54.05 32.052, 54.05 32.05))");
		assertThat(get("/tiles/property_parcels/8/166/103.mvt", Fixtures.APPLICANT).body()).isEmpty();
		assertThat(tile("/tiles/property_parcels/12/2662/1662.mvt").layer("property_parcels").ids())
			.containsExactly(parcel);
	}

	@ParameterizedTest(name = "{0} is 400")
	@ValueSource(strings = { "23/0/0", "-1/0/0", "abc/0/0", "3/8/0", "3/0/8", "0/0/1", "1.5/0/0", "3/x/1", "3/1/-1",
			"99999999999/0/0", "3/+1/1" })
	void aTileAddressOutOfRangeIs400(String address) {
		HttpResponse<byte[]> response = get("/tiles/forests/" + address + ".mvt", Fixtures.APPLICANT);
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = problem(response);
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:cadastre:problem:invalid-tile");
		assertThat(problem.get("errors").get(0).get("reason").stringValue()).startsWith("must be a whole number");
	}

	@Test
	void anUnknownLayerIs404() {
		HttpResponse<byte[]> response = get("/tiles/mines_of_moria/3/1/1.mvt", Fixtures.APPLICANT);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(problem(response).get("type").stringValue()).isEqualTo("urn:cadastre:problem:unknown-layer");
	}

	@Test
	void aTileNeedsASignedInUser() {
		HttpResponse<byte[]> response = get("/tiles/forests/" + TILE + ".mvt", null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"cadastre\"");
		assertThat(problem(response).get("type").stringValue()).isEqualTo("urn:cadastre:problem:unauthenticated");
	}

	@Test
	void aDenseLowZoomTileIsThinnedToAtMost500KB() {
		// 10,000 parcels of about 550 m (4 pixels at zoom 9) tessellating most of tile
		// 9/335/211 near Kerman, and one estate of about 1 by 11 km
		this.db.sql("""
				INSERT INTO feature (layer_id, external_id, name, name_fa, geom)
				SELECT 'property_parcels', 'P-' || i || '-' || j, 'Parcel ' || i || '-' || j || ' (dense)',
				       'پلاک ' || i || '-' || j,
				       ST_Multi(ST_MakeEnvelope(55.58 + i * 0.0055, 29.56 + j * 0.0055,
				                                55.5855 + i * 0.0055, 29.5655 + j * 0.0055, 4326))
				FROM generate_series(0, 99) i, generate_series(0, 99) j
				""").update();
		long estate = feature("property_parcels", "Estate", null, null, null,
				"POLYGON((56.15 29.6, 56.16 29.6, 56.16 29.7, 56.15 29.7, 56.15 29.6))");
		TileAddress address = new TileAddress(9, 335, 211);
		byte[] unthinned = this.tiles.render("property_parcels", address, Thinning.LEVELS.get(0), "")
			.orElseThrow()
			.bytes();
		assertThat(unthinned.length).isGreaterThan(VectorTiles.MAX_BYTES);

		HttpResponse<byte[]> response = get("/tiles/property_parcels/9/335/211.mvt", Fixtures.APPLICANT);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body().length).isLessThanOrEqualTo(VectorTiles.MAX_BYTES);
		DecodedTile.Layer layer = DecodedTile.decode(response.body()).layer("property_parcels");
		assertThat(layer.features()).hasSize(10_001);
		assertThat(layer.feature(estate).attribute("name")).isEqualTo("Estate");
		assertThat(layer.features()).filteredOn((feature) -> feature.attribute("name") == null).hasSize(10_000);
	}

	@Test
	void aTileThatThinningCannotShrinkEnoughKeepsItsLargestFeatures() {
		// 300 nested squares, each larger than a quarter of tile 9/335/211 and named with
		// 2,000 characters: no simplification or size threshold makes the tile smaller
		this.db.sql("""
				INSERT INTO feature (layer_id, external_id, name, geom)
				SELECT 'executive_boundaries', 'B-' || i, i || repeat('-', 2000),
				       ST_Multi(ST_Expand(ST_Point(55.9, 29.84, 4326), 0.1 + i * 0.0005))
				FROM generate_series(1, 300) i
				""").update();
		HttpResponse<byte[]> response = get("/tiles/executive_boundaries/9/335/211.mvt", Fixtures.APPLICANT);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body().length).isLessThanOrEqualTo(VectorTiles.MAX_BYTES);
		List<String> kept = DecodedTile.decode(response.body())
			.layer("executive_boundaries")
			.features()
			.stream()
			.map((feature) -> ((String) feature.attribute("name")).replace("-", ""))
			.toList();
		assertThat(kept).isNotEmpty().hasSizeLessThan(300);
		assertThat(kept).containsExactlyElementsOf(
				IntStream.iterate(300, (i) -> i - 1).limit(kept.size()).mapToObj(Integer::toString).toList());
	}

	@Test
	void anImportShowsInTheTileAtOnce() {
		feature("protected_areas", "Before", null, null, null, SQUARE);
		HttpResponse<byte[]> before = get("/tiles/protected_areas/" + TILE + ".mvt", Fixtures.APPLICANT);
		String etag = before.headers().firstValue("ETag").orElseThrow();

		String file = """
				{"type": "FeatureCollection", "features": [{"type": "Feature",
				 "properties": {"id": "PA-9", "name": "Imported", "name_fa": "وارد شده"},
				 "geometry": {"type": "Polygon", "coordinates": [[[54.02, 32.02], [54.08, 32.02], [54.08, 32.08], [54.02, 32.08], [54.02, 32.02]]]}}]}
				""";
		assertThat(upload("protected_areas", "areas.geojson", file).statusCode()).isEqualTo(201);
		long imported = this.db.sql("SELECT id FROM feature WHERE external_id = 'PA-9'").query(Long.class).single();

		HttpResponse<byte[]> after = get("/tiles/protected_areas/" + TILE + ".mvt", Fixtures.APPLICANT, "If-None-Match",
				etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
		DecodedTile.Layer layer = DecodedTile.decode(after.body()).layer("protected_areas");
		assertThat(layer.ids()).containsExactly(imported);
		assertThat(layer.feature(imported).attribute("name_fa")).isEqualTo("وارد شده");
	}

	@Test
	void aNewApplicationShowsInTheApplicationsTileAtOnce() {
		HttpResponse<byte[]> before = get("/tiles/applications/" + TILE + ".mvt", Fixtures.APPLICANT);
		assertThat(before.body()).isEmpty();
		String etag = before.headers().firstValue("ETag").orElseThrow();

		Api.Response submitted = this.api
			.postJson("/api/v1/applications", Fixtures.APPLICANT2,
					"{\"mineral\":\"copper\",\"type\":\"EXPLORATION\",\"geometry\":"
							+ this.fixtures
								.geoJson("POLYGON((54.02 32.02, 54.04 32.02, 54.04 32.04, 54.02 32.04, 54.02 32.02))")
							+ "}");
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
		long receipt = submitted.json().get("receipt").longValue();
		long id = this.db.sql("SELECT feature_id FROM application WHERE receipt = :receipt")
			.param("receipt", receipt)
			.query(Long.class)
			.single();

		HttpResponse<byte[]> after = get("/tiles/applications/" + TILE + ".mvt", Fixtures.APPLICANT, "If-None-Match",
				etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
		DecodedTile.Feature feature = DecodedTile.decode(after.body()).layer("applications").feature(id);
		assertThat(feature.attributes()).containsEntry("name", "Application " + receipt)
			.containsEntry("status", "PENDING")
			.containsEntry("consequence", "BLOCKS");
	}

	@Test
	void anUnchangedTileIsNotSentAgain() {
		feature("forests", "Hyrcanian", null, null, null, SQUARE);
		String path = "/tiles/forests/" + TILE + ".mvt";
		HttpResponse<byte[]> first = get(path, Fixtures.APPLICANT);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache, public");

		for (String ifNoneMatch : List.of(etag, "\"other\", " + etag, etag.substring(2))) {
			HttpResponse<byte[]> again = get(path, Fixtures.DOE_REVIEWER, "If-None-Match", ifNoneMatch);
			assertThat(again.statusCode()).as(ifNoneMatch).isEqualTo(304);
			assertThat(again.body()).isEmpty();
			assertThat(again.headers().firstValue("ETag")).hasValue(etag);
			assertThat(again.headers().firstValue("Cache-Control")).hasValue("no-cache, public");
		}
		HttpResponse<byte[]> other = get(path, Fixtures.APPLICANT, "If-None-Match", "W/\"other\"");
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.body()).isEqualTo(first.body());
		assertThat(get(path, null, "If-None-Match", etag).statusCode()).isEqualTo(401);
	}

	@Test
	void aFeatureChangedInPlaceChangesItsTile() {
		long id = feature("forests", "Old name", null, null, null, SQUARE);
		String path = "/tiles/forests/" + TILE + ".mvt";
		String etag = get(path, Fixtures.APPLICANT).headers().firstValue("ETag").orElseThrow();
		this.db.sql("UPDATE feature SET name = 'New name' WHERE id = :id").param("id", id).update();
		HttpResponse<byte[]> after = get(path, Fixtures.APPLICANT, "If-None-Match", etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(DecodedTile.decode(after.body()).layer("forests").feature(id).attribute("name"))
			.isEqualTo("New name");
	}

	private long feature(String layer, String name, String nameFa, String agency, String status, String wkt) {
		return this.db.sql("""
				INSERT INTO feature (layer_id, external_id, name, name_fa, agency_id, status, geom)
				VALUES (:layer, :name, :name, :nameFa, :agency, :status, ST_Multi(ST_GeomFromText(:wkt, 4326)))
				RETURNING id
				""")
			.param("layer", layer)
			.param("name", name)
			.param("nameFa", nameFa)
			.param("agency", agency)
			.param("status", status)
			.param("wkt", wkt)
			.query(Long.class)
			.single();
	}

	/** The point's position in tile coordinates (extent 4096) is one of the ring's. */
	private void checkCorner(DecodedTile.Feature feature, double lon, double lat) {
		String[] address = TILE.split("/");
		double n = 1 << Integer.parseInt(address[0]);
		double x = ((lon + 180) / 360 * n - Integer.parseInt(address[1])) * 4096;
		double y = ((1 - Math.log(Math.tan(Math.toRadians(lat)) + 1 / Math.cos(Math.toRadians(lat))) / Math.PI) / 2 * n
				- Integer.parseInt(address[2])) * 4096;
		assertThat(List.of(feature.rings().get(0)))
			.anyMatch((position) -> Math.abs(position[0] - x) <= 1 && Math.abs(position[1] - y) <= 1);
	}

	DecodedTile tile(String path) {
		HttpResponse<byte[]> response = get(path, Fixtures.APPLICANT);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return DecodedTile.decode(response.body());
	}

	HttpResponse<byte[]> get(String path, String user, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (user != null) {
			request.header("Authorization", Api.basic(user, Api.PASSWORD));
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.GET());
	}

	private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<byte[]> upload(String layer, String fileName, String content) {
		String boundary = "----tiles" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nreplace\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/layers/" + layer + "/imports"))
			.header("Authorization", Api.basic(Fixtures.GIS_ADMIN, Api.PASSWORD))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static JsonNode problem(HttpResponse<byte[]> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		return JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
	}

}
