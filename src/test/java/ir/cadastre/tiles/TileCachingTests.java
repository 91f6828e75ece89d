package ir.cadastre.tiles;

import java.net.http.HttpResponse;
import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static ir.cadastre.tiles.TileClient.SQUARE;
import static ir.cadastre.tiles.TileClient.TILE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Caching: ETag and Cache-Control, 304 for an unchanged tile, and a tile that changes at
 * once with its layer (an import, a new application, an edit).
 */
@CadastreTest
class TileCachingTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	Api api;

	Fixtures fixtures;

	TileClient client;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.db).noFeatures().users();
		this.client = new TileClient(this.port, this.db);
		this.api = new Api(this.port);
	}

	@Test
	void anUnchangedTileIsNotSentAgain() {
		this.client.feature("forests", "Hyrcanian", null, null, null, SQUARE);
		String path = "/tiles/forests/" + TILE + ".mvt";
		HttpResponse<byte[]> first = this.client.get(path, Fixtures.APPLICANT);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache, public");

		for (String ifNoneMatch : List.of(etag, "\"other\", " + etag, etag.substring(2), "*")) {
			HttpResponse<byte[]> again = this.client.get(path, Fixtures.DOE_REVIEWER, "If-None-Match", ifNoneMatch);
			assertThat(again.statusCode()).as(ifNoneMatch).isEqualTo(304);
			assertThat(again.body()).isEmpty();
			assertThat(again.headers().firstValue("ETag")).hasValue(etag);
			assertThat(again.headers().firstValue("Cache-Control")).hasValue("no-cache, public");
		}
		HttpResponse<byte[]> other = this.client.get(path, Fixtures.APPLICANT, "If-None-Match", "W/\"other\"");
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.body()).isEqualTo(first.body());
		assertThat(this.client.get(path, null, "If-None-Match", etag).statusCode()).isEqualTo(401);
	}

	@Test
	void anImportShowsInTheTileAtOnce() {
		this.client.feature("protected_areas", "Before", null, null, null, SQUARE);
		HttpResponse<byte[]> before = this.client.get("/tiles/protected_areas/" + TILE + ".mvt", Fixtures.APPLICANT);
		String etag = before.headers().firstValue("ETag").orElseThrow();

		String file = """
				{"type": "FeatureCollection", "features": [{"type": "Feature",
				 "properties": {"id": "PA-9", "name": "Imported", "name_fa": "وارد شده"},
				 "geometry": {"type": "Polygon", "coordinates": [[[54.02, 32.02], [54.08, 32.02], [54.08, 32.08], [54.02, 32.08], [54.02, 32.02]]]}}]}
				""";
		assertThat(this.client.upload("protected_areas", "areas.geojson", file).statusCode()).isEqualTo(201);
		long imported = this.db.sql("SELECT id FROM feature WHERE external_id = 'PA-9'").query(Long.class).single();

		HttpResponse<byte[]> after = this.client.get("/tiles/protected_areas/" + TILE + ".mvt", Fixtures.APPLICANT,
				"If-None-Match", etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
		DecodedTile.Layer layer = DecodedTile.decode(after.body()).layer("protected_areas");
		assertThat(layer.ids()).containsExactly(imported);
		assertThat(layer.feature(imported).attribute("name_fa")).isEqualTo("وارد شده");
	}

	@Test
	void aNewApplicationShowsInTheApplicationsTileAtOnce() {
		HttpResponse<byte[]> before = this.client.get("/tiles/applications/" + TILE + ".mvt", Fixtures.APPLICANT);
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

		HttpResponse<byte[]> after = this.client.get("/tiles/applications/" + TILE + ".mvt", Fixtures.APPLICANT,
				"If-None-Match", etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
		DecodedTile.Feature feature = DecodedTile.decode(after.body()).layer("applications").feature(id);
		assertThat(feature.attributes()).containsEntry("name", "Application " + receipt)
			.containsEntry("status", "PENDING")
			.containsEntry("consequence", "BLOCKS");
	}

	@Test
	void aFeatureChangedInPlaceChangesItsTile() {
		long id = this.client.feature("forests", "Old name", null, null, null, SQUARE);
		String path = "/tiles/forests/" + TILE + ".mvt";
		String etag = this.client.get(path, Fixtures.APPLICANT).headers().firstValue("ETag").orElseThrow();
		this.db.sql("UPDATE feature SET name = 'New name' WHERE id = :id").param("id", id).update();
		HttpResponse<byte[]> after = this.client.get(path, Fixtures.APPLICANT, "If-None-Match", etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(DecodedTile.decode(after.body()).layer("forests").feature(id).attribute("name"))
			.isEqualTo("New name");
	}

}
