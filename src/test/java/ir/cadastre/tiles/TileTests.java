package ir.cadastre.tiles;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.layer.Layer;
import ir.cadastre.layer.LayerCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static ir.cadastre.tiles.TileClient.SQUARE;
import static ir.cadastre.tiles.TileClient.TILE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /tiles/{layer}/{z}/{x}/{y}.mvt}: what a tile holds and how a bad request is
 * refused, read back with an independent MVT decoder ({@link DecodedTile}).
 */
@CadastreTest
class TileTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	LayerCatalog catalog;

	TileClient client;

	@BeforeEach
	void setUp() {
		new Fixtures(this.db).noFeatures().users();
		this.client = new TileClient(this.port, this.db);
	}

	@Test
	void aLicenceLeavesTheTileAtTheEndOfItsTerm() {
		long running = this.client.feature("licences", "Running", null, null, null, SQUARE);
		long ended = this.client.feature("licences", "Ended", null, null, null,
				"POLYGON((54.02 32.02, 54.08 32.02, 54.08 32.08, 54.02 32.08, 54.02 32.02))");
		// The test clock is 2026-01-15T08:00:00Z: one term ends a minute later, one at
		// that instant.
		Fixtures fixtures = new Fixtures(this.db);
		fixtures.endsAt(running, "2026-01-15T08:01:00Z");
		fixtures.endsAt(ended, "2026-01-15T08:00:00Z");
		HttpResponse<byte[]> response = this.client.get("/tiles/licences/" + TILE + ".mvt", Fixtures.APPLICANT);
		assertThat(DecodedTile.decode(response.body()).layer("licences").ids()).containsExactly(running);
	}

	@Test
	void aTileCarriesTheLayersCurrentFeaturesWithTheAttributesTheMapNeeds() {
		long kalmand = this.client.feature("protected_areas", "Kalmand", "کالمند", null, "PROTECTED", SQUARE);
		long retired = this.client.feature("protected_areas", "Retired", null, null, null, SQUARE);
		long version = this.db.sql(
				"INSERT INTO layer_version (layer_id, created_by, source) VALUES ('protected_areas', 't', 't') RETURNING id")
			.query(Long.class)
			.single();
		this.db.sql("UPDATE feature SET retired_in = :version WHERE id = :id")
			.param("version", version)
			.param("id", retired)
			.update();
		this.client.feature("forests", "Forest in the same tile", null, null, null, SQUARE);
		this.client.feature("protected_areas", "Elsewhere", null, null, null,
				"POLYGON((56 30, 56.1 30, 56.1 30.1, 56 30.1, 56 30))");

		HttpResponse<byte[]> response = this.client.get("/tiles/protected_areas/" + TILE + ".mvt", Fixtures.APPLICANT);
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
		long id = this.client.feature(parts[0], "Feature", null, agency, null, SQUARE);
		Map<String, Object> attributes = this.client.tile("/tiles/" + parts[0] + "/" + TILE + ".mvt")
			.layer(parts[0])
			.feature(id)
			.attributes();
		assertThat(attributes.get("agency")).isEqualTo(parts[1].isEmpty() ? null : parts[1]);
		assertThat(attributes.get("consequence")).isEqualTo(parts[2]);
	}

	@Test
	void everyLayerOfTheCatalogueIsServed() {
		for (Layer layer : this.catalog.all()) {
			long id = this.client.feature(layer.id(), "Feature", null, null, null, SQUARE);
			DecodedTile tile = this.client.tile("/tiles/" + layer.id() + "/" + TILE + ".mvt");
			assertThat(tile.layers()).extracting(DecodedTile.Layer::name).containsExactly(layer.id());
			assertThat(tile.layer(layer.id()).ids()).containsExactly(id);
		}
		assertThat(this.catalog.all()).hasSize(8);
	}

	@Test
	void aTileWithNoFeatureIsAnEmpty200() {
		this.client.feature("forests", "Far away", null, null, null,
				"POLYGON((56 30, 56.1 30, 56.1 30.1, 56 30.1, 56 30))");
		HttpResponse<byte[]> response = this.client.get("/tiles/forests/" + TILE + ".mvt", Fixtures.APPLICANT);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.mapbox-vector-tile");
		assertThat(response.headers().firstValue("ETag")).isPresent();
		assertThat(DecodedTile.decode(response.body()).layers()).isEmpty();
	}

	@ParameterizedTest(name = "{0} is 400")
	@ValueSource(strings = { "23/0/0", "-1/0/0", "abc/0/0", "3/8/0", "3/0/8", "0/0/1", "1.5/0/0", "3/x/1", "3/1/-1",
			"99999999999/0/0", "3/+1/1" })
	void aTileAddressOutOfRangeIs400(String address) {
		HttpResponse<byte[]> response = this.client.get("/tiles/forests/" + address + ".mvt", Fixtures.APPLICANT);
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = TileClient.problem(response);
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:cadastre:problem:invalid-tile");
		assertThat(problem.get("errors").get(0).get("reason").stringValue()).startsWith("must be a whole number");
	}

	@Test
	void anUnknownLayerIs404() {
		HttpResponse<byte[]> response = this.client.get("/tiles/mines_of_moria/3/1/1.mvt", Fixtures.APPLICANT);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(TileClient.problem(response).get("type").stringValue())
			.isEqualTo("urn:cadastre:problem:unknown-layer");
	}

	@Test
	void aTileNeedsASignedInUser() {
		HttpResponse<byte[]> response = this.client.get("/tiles/forests/" + TILE + ".mvt", null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"cadastre\"");
		assertThat(TileClient.problem(response).get("type").stringValue())
			.isEqualTo("urn:cadastre:problem:unauthenticated");
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

}
