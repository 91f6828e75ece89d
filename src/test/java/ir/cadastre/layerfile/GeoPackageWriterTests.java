package ir.cadastre.layerfile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GeoPackageWriterTests {

	@TempDir
	Path dir;

	@Test
	void persianNamesHolesAndPartsSurviveARoundTrip() {
		Path gpkg = this.dir.resolve("protected.gpkg");
		List<Fixtures.Feature> written = Fixtures.protectedAreas();
		Fixtures.writeAll(GeoPackageWriter.create(gpkg, "protected_areas", 4326, Fixtures.FIELDS), written);

		try (LayerFile file = LayerFiles.open(gpkg, "protected.gpkg", null)) {
			assertThat(file.format()).isEqualTo(LayerFormat.GEOPACKAGE);
			assertThat(file.srid()).isEqualTo(4326);
			assertThat(file.layerName()).isEqualTo("protected_areas");
			assertThat(file.attributeNames()).containsExactly("fid", "name", "code", "area_ha");
			List<SourceFeature> read = Fixtures.readAll(file);
			assertThat(read).hasSize(written.size());
			for (int i = 0; i < read.size(); i++) {
				Map<String, Object> attributes = new LinkedHashMap<>(read.get(i).attributes());
				assertThat(attributes.remove("fid")).isEqualTo(i + 1L);
				assertThat(attributes).isEqualTo(written.get(i).attributes());
				Fixtures.assertSameArea(read.get(i).geometry(), written.get(i).geometry());
			}
		}
	}

	@Test
	void utmZone39IsItsSrsAndTheExtentIsRecorded() throws Exception {
		Path gpkg = this.dir.resolve("utm.gpkg");
		Fixtures.writeAll(GeoPackageWriter.create(gpkg, "utm", 32639, Fixtures.FIELDS), Fixtures.protectedAreasUtm39());
		try (LayerFile file = LayerFiles.open(gpkg, "utm.gpkg", null)) {
			assertThat(file.srid()).isEqualTo(32639);
			assertThat(Fixtures.readAll(file).get(0).geometry().getSRID()).isEqualTo(32639);
		}
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
				Statement statement = db.createStatement();
				ResultSet row = statement.executeQuery("""
						SELECT c.min_x, c.max_y, s.organization, s.organization_coordsys_id, s.definition,
						       g.geometry_type_name
						FROM gpkg_contents c JOIN gpkg_spatial_ref_sys s USING (srs_id)
						JOIN gpkg_geometry_columns g USING (table_name)""")) {
			assertThat(row.next()).isTrue();
			assertThat(row.getDouble(1)).isEqualTo(500000);
			assertThat(row.getDouble(2)).isEqualTo(4110000);
			assertThat(row.getString(3)).isEqualTo("EPSG");
			assertThat(row.getInt(4)).isEqualTo(32639);
			assertThat(row.getString(5)).startsWith("PROJCS[\"WGS 84 / UTM zone 39N\"");
			assertThat(row.getString(6)).isEqualTo("MULTIPOLYGON");
		}
	}

	@Test
	void applicationIdSaysGeoPackage() throws Exception {
		Path gpkg = this.dir.resolve("id.gpkg");
		Fixtures.writeAll(GeoPackageWriter.create(gpkg, "t", 4326, List.of()), List.of());
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
				Statement statement = db.createStatement();
				ResultSet row = statement.executeQuery("PRAGMA application_id")) {
			row.next();
			assertThat(row.getInt(1)).isEqualTo(0x47504B47);
		}
	}

	@Test
	void aRefusedFeatureLeavesTheWriterUsable() {
		Path gpkg = this.dir.resolve("refused.gpkg");
		try (GeoPackageWriter writer = GeoPackageWriter.create(gpkg, "t", 4326, Fixtures.FIELDS)) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> writer.write(Map.of("code", 1.5), Fixtures.protectedAreas().get(0).geometry()))
				.withMessageContaining("whole-number");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> writer.write(Map.of("colour", "red"), Fixtures.protectedAreas().get(0).geometry()))
				.withMessageContaining("colour");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> writer.write(Map.of(), Fixtures.geometry("LINESTRING (0 0, 1 1)")))
				.withMessageContaining("LineString");
			writer.write(Map.of("code", 7L), Fixtures.protectedAreas().get(0).geometry());
		}
		try (LayerFile file = LayerFiles.open(gpkg, "refused.gpkg", null)) {
			assertThat(Fixtures.readAll(file)).singleElement()
				.satisfies((feature) -> assertThat(feature.attributes()).containsEntry("code", 7L));
		}
	}

	@Test
	void nullAndEmptyGeometriesAreWritten() {
		Path gpkg = this.dir.resolve("empty.gpkg");
		Fixtures.writeAll(GeoPackageWriter.create(gpkg, "t", 4326, List.of()),
				List.of(new Fixtures.Feature(Map.of(), null),
						new Fixtures.Feature(Map.of(), Fixtures.geometry("POLYGON EMPTY"))));
		try (LayerFile file = LayerFiles.open(gpkg, "empty.gpkg", null)) {
			List<SourceFeature> read = Fixtures.readAll(file);
			assertThat(read.get(0).geometry()).isNull();
			assertThat(read.get(1).geometry().isEmpty()).isTrue();
		}
	}

}
