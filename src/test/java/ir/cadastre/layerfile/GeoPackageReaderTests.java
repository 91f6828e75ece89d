package ir.cadastre.layerfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading GeoPackages written by GDAL ({@code src/test/resources/layerfile/README.md}
 * says how the fixture was made): two feature tables, the first in UTM zone 39N.
 */
class GeoPackageReaderTests {

	private static final Path GDAL = Path.of("src/test/resources/layerfile/gdal-two-tables.gpkg");

	@TempDir
	Path dir;

	@Test
	void theFirstFeatureTableIsReadByDefault() {
		try (LayerFile file = LayerFiles.open(GDAL, "areas.gpkg", null)) {
			assertThat(file.layerName()).isEqualTo("protected_areas");
			assertThat(file.srid()).isEqualTo(32639);
			assertThat(file.attributeNames()).containsExactly("fid", "name", "code", "area", "established");
			List<SourceFeature> features = Fixtures.readAll(file);
			assertThat(features).hasSize(2);
			assertThat(features.get(0).attributes()).containsEntry("fid", 1L)
				.containsEntry("name", Fixtures.DENA)
				.containsEntry("code", 101L)
				.containsEntry("area", 93659.25)
				.containsEntry("established", "1976-01-01");
			assertThat(features.get(1).attributes()).containsEntry("name", Fixtures.GOLESTAN)
				.containsEntry("established", null);
			assertThat(features.get(0).geometry()).isInstanceOf(Polygon.class);
			assertThat(((Polygon) features.get(0).geometry()).getNumInteriorRing()).isOne();
			assertThat(features.get(0).geometry().getCoordinate().x).as("easting").isBetween(500_000.0, 600_000.0);
			assertThat(features.get(1).geometry()).isInstanceOf(MultiPolygon.class);
		}
	}

	@Test
	void aTableIsChosenByName() {
		try (LayerFile file = LayerFiles.open(GDAL, "areas.gpkg", null, "WGS84_COPY")) {
			assertThat(file.srid()).isEqualTo(4326);
			Fixtures.assertSameArea(Fixtures.readAll(file).get(0).geometry(),
					Fixtures.protectedAreas().get(0).geometry());
		}
	}

	@Test
	void aDamagedGeometryIsAFaultAndReadingGoesOn() throws Exception {
		Path copy = Files.copy(GDAL, this.dir.resolve("damaged.gpkg"));
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy);
				Statement statement = db.createStatement()) {
			statement.execute("UPDATE protected_areas SET geom = X'47500003E67F0000' || zeroblob(40) WHERE fid = 1");
		}
		try (LayerFile file = LayerFiles.open(copy, "damaged.gpkg", null)) {
			List<SourceFeature> features = Fixtures.readAll(file);
			assertThat(features.get(0).geometry()).isNull();
			assertThat(features.get(0).geometryFault()).asString().contains("WKB is damaged");
			assertThat(features.get(1).geometry()).isInstanceOf(MultiPolygon.class);
		}
	}

	@Test
	void anUnknownSrsNeedsTheSourceSrid() throws Exception {
		Path copy = Files.copy(GDAL, this.dir.resolve("custom.gpkg"));
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy);
				Statement statement = db.createStatement()) {
			statement.execute("""
					UPDATE gpkg_spatial_ref_sys SET organization = 'NONE', definition = 'LOCAL_CS["site grid"]'
					WHERE srs_id = 32639""");
		}
		assertThatThrownBy(() -> LayerFiles.open(copy, "custom.gpkg", null)).isInstanceOf(LayerFileException.class)
			.hasMessageContaining("srs_id 32639")
			.hasMessageContaining("Give the source SRID");
		try (LayerFile file = LayerFiles.open(copy, "custom.gpkg", 32639)) {
			assertThat(file.srid()).isEqualTo(32639);
		}
	}

}
