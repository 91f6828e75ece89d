package ir.cadastre.layerfile;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeoJsonReaderTests {

	@TempDir
	Path dir;

	@Test
	void gdalGeoJson() {
		try (LayerFile file = LayerFiles.open(Path.of("src/test/resources/layerfile/gdal-source.geojson"),
				"gdal-source.geojson", null)) {
			assertThat(file.layerName()).isEqualTo("gdal-source");
			assertThat(file.attributeNames()).containsExactly("name", "code", "area", "established");
			List<SourceFeature> features = Fixtures.readAll(file);
			assertThat(features.get(0).attributes()).containsEntry("name", Fixtures.DENA).containsEntry("code", 101L);
			Fixtures.assertSameArea(features.get(1).geometry(), Fixtures.protectedAreas().get(1).geometry());
		}
	}

	@Test
	void aBareFeatureIsOneFeature() throws IOException {
		List<SourceFeature> features = read("""
				{"type": "Feature", "id": "PA-7", "properties": {"name": "دنا"},
				 "geometry": {"type": "Polygon", "coordinates": [[[51,30],[52,30],[52,31],[51,30]]]}}""");
		assertThat(features).singleElement().satisfies((feature) -> {
			assertThat(feature.number()).isOne();
			assertThat(feature.attributes()).containsExactly(Map.entry("id", "PA-7"), Map.entry("name", "دنا"));
			assertThat(feature.geometry()).isInstanceOf(Polygon.class);
		});
	}

	@Test
	void aBareGeometryIsOneFeatureWithoutAttributes() throws IOException {
		assertThat(read("{\"type\": \"Point\", \"coordinates\": [51.4, 35.7, 1200]}")).singleElement()
			.satisfies((feature) -> {
				assertThat(feature.attributes()).isEmpty();
				assertThat(feature.geometry()).isInstanceOf(Point.class);
				assertThat(feature.geometry().getCoordinate().getZ()).isEqualTo(1200);
			});
	}

	@Test
	void propertiesArriveAsPlainJavaValues() throws IOException {
		SourceFeature feature = read("""
				{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null, "properties":
				 {"s": "x", "i": 42, "big": 123456789012345678901234567890, "d": 2.5, "b": true, "n": null,
				  "list": [1, "a"], "object": {"k": 1.5}}}]}""").get(0);
		assertThat(feature.attributes()).containsEntry("s", "x")
			.containsEntry("i", 42L)
			.containsEntry("big", new BigInteger("123456789012345678901234567890"))
			.containsEntry("d", 2.5)
			.containsEntry("b", true)
			.containsEntry("n", null)
			.containsEntry("list", List.of(1L, "a"))
			.containsEntry("object", Map.of("k", 1.5));
		assertThat(feature.geometry()).isNull();
		assertThat(feature.geometryFault()).isNull();
	}

	@Test
	void attributeNamesAreEveryNameInEveryFeature() throws IOException {
		Path json = write("""
				{"type": "FeatureCollection", "features": [
				 {"type": "Feature", "properties": {"name": "a"}, "geometry": null},
				 {"type": "Feature", "id": 7, "properties": {"name": "b", "owner": "doe"}, "geometry": null},
				 {"type": "Feature", "properties": {"area": 1}, "geometry": null}]}""");
		try (LayerFile file = LayerFiles.open(json, "x.geojson", null)) {
			assertThat(file.attributeNames()).containsExactly("name", "id", "owner", "area");
		}
	}

	@Test
	void geometriesJtsCannotHoldAreFaultsAndReadingGoesOn() throws IOException {
		List<SourceFeature> features = read("""
				{"type": "FeatureCollection", "features": [
				 {"type": "Feature", "properties": {"n": 1},
				  "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,1]]]}},
				 {"type": "Feature", "properties": {"n": 2}, "geometry": {"type": "Circle", "coordinates": [0,0]}},
				 {"type": "Feature", "properties": {"n": 3}, "geometry": {"type": "Point", "coordinates": ["a", 1]}},
				 {"type": "Polygon", "coordinates": []},
				 {"type": "Feature", "properties": {"n": 5}, "geometry": {"type": "GeometryCollection", "geometries": [
				   {"type": "Point", "coordinates": [1, 2]},
				   {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}]}}]}""");
		assertThat(features).extracting((f) -> Objects.toString(f.geometryFault(), null))
			.containsExactly("ring 1 is not closed: its last position differs from its first",
					"'Circle' is not a GeoJSON geometry type", "a position holds something that is not a number",
					"the element is not a GeoJSON Feature (its type is \"Polygon\")", null);
		assertThat(features.get(4).geometry()).isInstanceOf(GeometryCollection.class);
		assertThat(features).extracting(SourceFeature::number).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void theCrsMemberNamesTheSrid() throws IOException {
		String utm = """
				{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32640"}},
				 "features": []}""";
		try (LayerFile file = LayerFiles.open(write(utm), "x.geojson", null)) {
			assertThat(file.srid()).isEqualTo(32640);
		}
		String crs84 = """
				{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
				 "features": []}""";
		try (LayerFile file = LayerFiles.open(write(crs84), "x.geojson", null)) {
			assertThat(file.srid()).isEqualTo(4326);
		}
		String unknown = """
				{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "local grid"}}, "features": []}""";
		Path unknownFile = write(unknown);
		assertThatThrownBy(() -> LayerFiles.open(unknownFile, "x.geojson", null)).isInstanceOf(LayerFileException.class)
			.hasMessageContaining("'local grid'");
		try (LayerFile file = LayerFiles.open(unknownFile, "x.geojson", 32638)) {
			assertThat(file.srid()).isEqualTo(32638);
		}
	}

	@Test
	void aCrsAfterTheFeaturesNamesTheSridAsOneBeforeThemDoes() throws IOException {
		String utm = """
				{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "a"},
				 "geometry": {"type": "Polygon", "coordinates": [[[500000, 3800000], [501000, 3800000],
				 [501000, 3801000], [500000, 3800000]]]}}],
				 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32640"}}}""";
		try (LayerFile file = LayerFiles.open(write(utm), "x.geojson", null)) {
			assertThat(file.srid()).isEqualTo(32640);
			assertThat(file.attributeNames()).containsExactly("name");
			assertThat(Fixtures.readAll(file).get(0).geometry().getSRID()).isEqualTo(32640);
		}
		String unknown = """
				{"type": "FeatureCollection", "features": [],
				 "crs": {"type": "name", "properties": {"name": "local grid"}}}""";
		Path unknownFile = write(unknown);
		assertThatThrownBy(() -> {
			try (LayerFile file = LayerFiles.open(unknownFile, "x.geojson", null)) {
				file.srid();
			}
		}).isInstanceOf(LayerFileException.class).hasMessageContaining("'local grid'");
		String twoSystems = """
				{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:32639"}},
				 "features": [], "crs": {"type": "name", "properties": {"name": "EPSG:32640"}}}""";
		Path twoFile = write(twoSystems);
		assertThatThrownBy(() -> {
			try (LayerFile file = LayerFiles.open(twoFile, "x.geojson", null)) {
				Fixtures.readAll(file);
			}
		}).isInstanceOf(LayerFileException.class).hasMessageContaining("two coordinate systems");
	}

	@Test
	void aCoordinateThatIsNotANumberIsSaidToBeOne() throws IOException {
		for (String nan : List.of("NaN", "-Infinity")) {
			Path json = write("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", "
					+ "\"properties\": {}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": "
					+ "[[[54, 31], [54.1, 31], [54.1, " + nan + "], [54, 31]]]}}]}");
			try (LayerFile file = LayerFiles.open(json, "x.geojson", null)) {
				assertThatThrownBy(() -> Fixtures.readAll(file)).isInstanceOf(LayerFileException.class)
					.hasMessageStartingWith("The GeoJSON holds " + nan + ", which is not a number JSON can hold: a "
							+ "coordinate or value that is not a number (line 1, column ");
			}
		}
	}

	@Test
	void membersAfterTheFeaturesAreFineAndTrailingContentIsNot() throws IOException {
		assertThat(read("{\"features\": [{\"type\": \"Feature\", \"properties\": {}, \"geometry\": null}],"
				+ " \"type\": \"FeatureCollection\", \"bbox\": [0, 0, 1, 1]}"))
			.hasSize(1);
		Path trailing = write("{\"type\": \"FeatureCollection\", \"features\": []} {\"more\": 1}");
		try (LayerFile file = LayerFiles.open(trailing, "x.geojson", null)) {
			assertThatThrownBy(() -> Fixtures.readAll(file)).isInstanceOf(LayerFileException.class)
				.hasMessageContaining("content after its closing");
		}
	}

	@Test
	void eachStreamIsAFreshPass() throws IOException {
		Path json = write("{\"type\": \"FeatureCollection\", \"features\": ["
				+ "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": null},"
				+ "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": null}]}");
		try (LayerFile file = LayerFiles.open(json, "x.geojson", null)) {
			assertThat(file.features().count()).isEqualTo(2);
			assertThat(file.features().count()).isEqualTo(2);
		}
	}

	private List<SourceFeature> read(String json) throws IOException {
		try (LayerFile file = LayerFiles.open(write(json), "x.geojson", null)) {
			return Fixtures.readAll(file);
		}
	}

	private Path write(String json) throws IOException {
		return Files.writeString(Files.createTempFile(this.dir, "layer", ".geojson"), json);
	}

}
