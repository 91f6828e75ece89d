package ir.cadastre.tiles;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.IntStream;

import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thinning: what a tile leaves out at low zooms, and the 500 KB cap.
 */
@CadastreTest
class TileThinningTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	VectorTiles tiles;

	TileClient client;

	@BeforeEach
	void setUp() {
		new Fixtures(this.db).noFeatures().users();
		this.client = new TileClient(this.port, this.db);
	}

	@Test
	void aParcelSmallerThanAPixelShowsOnlyWhenZoomedIn() {
		// about 200 m across: under a pixel at zoom 8 (about 600 m), a few pixels at zoom
		// 12
		long parcel = this.client.feature("property_parcels", "Parcel", null, null, null,
				"POLYGON((54.05 32.05, 54.052 32.05, 54.052 32.052, 54.05 32.052, 54.05 32.05))");
		assertThat(this.client.get("/tiles/property_parcels/8/166/103.mvt", Fixtures.APPLICANT).body()).isEmpty();
		assertThat(this.client.tile("/tiles/property_parcels/12/2662/1662.mvt").layer("property_parcels").ids())
			.containsExactly(parcel);
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
		long estate = this.client.feature("property_parcels", "Estate", null, null, null,
				"POLYGON((56.15 29.6, 56.16 29.6, 56.16 29.7, 56.15 29.7, 56.15 29.6))");
		TileAddress address = new TileAddress(9, 335, 211);
		byte[] unthinned = this.tiles.render("property_parcels", address, Thinning.LEVELS.get(0), "")
			.orElseThrow()
			.bytes();
		assertThat(unthinned.length).isGreaterThan(VectorTiles.MAX_BYTES);

		HttpResponse<byte[]> response = this.client.get("/tiles/property_parcels/9/335/211.mvt", Fixtures.APPLICANT);
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
		HttpResponse<byte[]> response = this.client.get("/tiles/executive_boundaries/9/335/211.mvt",
				Fixtures.APPLICANT);
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

}
