package ir.cadastre.layerfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GeoJsonWriterTests {

	@TempDir
	Path dir;

	@Test
	void persianNamesHolesAndPartsSurviveARoundTrip() {
		Path json = this.dir.resolve("protected.geojson");
		List<Fixtures.Feature> written = Fixtures.protectedAreas();
		Fixtures.writeAll(GeoJsonWriter.create(json, "protected_areas", 4326), written);

		try (LayerFile file = LayerFiles.open(json, "protected.geojson", null)) {
			assertThat(file.format()).isEqualTo(LayerFormat.GEOJSON);
			assertThat(file.srid()).isEqualTo(4326);
			assertThat(file.layerName()).isEqualTo("protected_areas");
			assertThat(file.attributeNames()).containsExactly("name", "code", "area_ha");
			List<SourceFeature> read = Fixtures.readAll(file);
			assertThat(read).hasSize(written.size());
			for (int i = 0; i < read.size(); i++) {
				assertThat(read.get(i).attributes()).isEqualTo(written.get(i).attributes());
				Fixtures.assertSameArea(read.get(i).geometry(), written.get(i).geometry());
			}
		}
	}

	@Test
	void ringsFollowRfc7946Winding() throws IOException {
		Path json = this.dir.resolve("winding.geojson");
		// Shapefile winding (clockwise shell), the opposite of RFC 7946's.
		Fixtures.writeAll(GeoJsonWriter.create(json, null, 4326), List
			.of(Fixtures.feature("x", 1L, 1.0, "POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))")));
		assertThat(Files.readString(json)).contains(
				"\"coordinates\":[[[0.0,0.0],[10.0,0.0],[10.0,10.0],[0.0,10.0],[0.0,0.0]],[[2.0,2.0],[2.0,4.0],[4.0,4.0],[4.0,2.0],[2.0,2.0]]]");
	}

	@Test
	void anotherSridIsNamedInTheCrsMember() {
		Path json = this.dir.resolve("utm.geojson");
		List<Fixtures.Feature> written = Fixtures.protectedAreasUtm39();
		Fixtures.writeAll(GeoJsonWriter.create(json, "utm", 32639), written);
		try (LayerFile file = LayerFiles.open(json, "utm.geojson", null)) {
			assertThat(file.srid()).isEqualTo(32639);
			Fixtures.assertSameArea(Fixtures.readAll(file).get(1).geometry(), written.get(1).geometry());
		}
	}

	@Test
	void nanIsRefusedBeforeAnythingIsWritten() {
		Path json = this.dir.resolve("nan.geojson");
		try (GeoJsonWriter writer = GeoJsonWriter.create(json, null, 4326)) {
			assertThatIllegalArgumentException().isThrownBy(() -> writer.write(Map.of("area", Double.NaN), null));
			writer.write(Map.of("area", 1.5), null);
		}
		try (LayerFile file = LayerFiles.open(json, "nan.geojson", null)) {
			assertThat(Fixtures.readAll(file)).singleElement()
				.satisfies((feature) -> assertThat(feature.attributes()).containsEntry("area", 1.5));
		}
	}

}
