package ir.cadastre.layerfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static ir.cadastre.layerfile.ShapefileParts.ring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Detection, and every file that cannot be read: each refusal is a
 * {@link LayerFileException} whose message tells the uploader what is wrong.
 */
class LayerFilesTests {

	@TempDir
	Path dir;

	@Test
	void formatIsSniffedWhenTheNameSaysNothing() throws IOException {
		Path json = write("upload.bin", "  {\"type\":\"Point\",\"coordinates\":[51,35]}");
		try (LayerFile file = LayerFiles.open(json, "upload", null)) {
			assertThat(file.format()).isEqualTo(LayerFormat.GEOJSON);
		}
		Path zip = this.dir.resolve("upload2.bin");
		Fixtures.writeAll(ShapefileWriter.create(zip, "pa", 4326, Fixtures.FIELDS), Fixtures.protectedAreas());
		try (LayerFile file = LayerFiles.open(zip, null, null)) {
			assertThat(file.format()).isEqualTo(LayerFormat.SHAPEFILE);
		}
	}

	@Test
	void emptyFile() throws IOException {
		assertRefused(write("empty.geojson", ""), "empty.geojson").hasMessage("The file is empty.");
	}

	@Test
	void unknownType() throws IOException {
		assertRefused(write("parcels.csv", "id,wkt\n"), "parcels.csv").hasMessageContaining("not supported")
			.hasMessageContaining(".gpkg");
	}

	@Test
	void shapefilePartAlone() throws IOException {
		assertRefused(write("parcels.shp", "xxxx"), "parcels.shp").hasMessageContaining("as one .zip");
	}

	@Test
	void truncatedZip() throws IOException {
		Path zip = this.dir.resolve("whole.zip");
		Fixtures.writeAll(ShapefileWriter.create(zip, "pa", 4326, Fixtures.FIELDS), Fixtures.protectedAreas());
		byte[] bytes = Files.readAllBytes(zip);
		Path truncated = Files.write(this.dir.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));
		assertRefused(truncated, "truncated.zip").hasMessageContaining("zip file is truncated or damaged");
	}

	@Test
	void zipWithoutShp() {
		Path zip = ShapefileParts.zip(this.dir.resolve("docs.zip"),
				Map.of("readme.txt", "hello".getBytes(StandardCharsets.US_ASCII)));
		assertRefused(zip, "docs.zip").hasMessageContaining("holds no .shp file");
	}

	@Test
	void shpWithoutDbf() {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(0, 0, 0, 1, 1, 1, 0, 0));
		Path zip = ShapefileParts.zip(this.dir.resolve("nodbf.zip"),
				ShapefileParts.named("parcels", shapes.shp(), shapes.shx(), null, ShapefileParts.WGS84_PRJ));
		assertRefused(zip, "nodbf.zip").hasMessageContaining("parcels.shp but no parcels.dbf");
	}

	@Test
	void noPrjAndNoSourceSrid() {
		assertRefused(shapefile("noprj", null), "noprj.zip").hasMessageContaining("no parcels.prj")
			.hasMessageContaining("source SRID");
	}

	@Test
	void unrecognisedPrj() {
		String lambert = "PROJCS[\"Iran_Lambert\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
				+ "SPHEROID[\"WGS_1984\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"Degree\",0.0174532925199433]],"
				+ "PROJECTION[\"Lambert_Conformal_Conic\"],PARAMETER[\"Central_Meridian\",54],UNIT[\"Meter\",1]]";
		assertRefused(shapefile("lambert", lambert), "lambert.zip")
			.hasMessageContaining("('Iran_Lambert') is a Lambert conformal conic projection")
			.hasMessageContaining("export the layer in WGS 84");
		try (LayerFile file = LayerFiles.open(shapefile("lambert2", lambert), "lambert.zip", 32639)) {
			assertThat(file.srid()).as("the source SRID overrides the .prj").isEqualTo(32639);
		}
	}

	@Test
	void unreadablePrj() {
		assertRefused(shapefile("garbage", "\u0000\u0001 not WKT at all"), "garbage.zip")
			.hasMessageContaining("not a readable coordinate system");
	}

	@Test
	void unknownCpg() {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(0, 0, 0, 1, 1, 1, 0, 0));
		Map<String, byte[]> parts = ShapefileParts.named("parcels", shapes.shp(), shapes.shx(),
				ShapefileParts.dbf(StandardCharsets.UTF_8, "x"), ShapefileParts.WGS84_PRJ);
		parts.put("parcels.cpg", "KLINGON-7".getBytes(StandardCharsets.US_ASCII));
		assertRefused(ShapefileParts.zip(this.dir.resolve("cpg.zip"), parts), "cpg.zip")
			.hasMessageContaining("unknown text encoding 'KLINGON-7'");
	}

	@Test
	void truncatedShp() {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(0, 0, 0, 1, 1, 1, 0, 0))
			.parts(5, ring(0, 0, 0, 1, 1, 1, 0, 0));
		byte[] shp = shapes.shp();
		Path zip = ShapefileParts.zip(this.dir.resolve("cut.zip"),
				ShapefileParts.named("parcels", Arrays.copyOf(shp, shp.length - 20), null,
						ShapefileParts.dbf(StandardCharsets.UTF_8, "a", "b"), ShapefileParts.WGS84_PRJ));
		assertRefused(zip, "cut.zip").hasMessageContaining(".shp is truncated");
	}

	@Test
	void notAShp() {
		Path zip = ShapefileParts.zip(this.dir.resolve("fake.zip"), ShapefileParts.named("parcels", new byte[200], null,
				ShapefileParts.dbf(StandardCharsets.UTF_8, "a"), ShapefileParts.WGS84_PRJ));
		assertRefused(zip, "fake.zip").hasMessageContaining("not a Shapefile");
	}

	@Test
	void shxAndDbfDisagree() {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(0, 0, 0, 1, 1, 1, 0, 0));
		Path zip = ShapefileParts.zip(this.dir.resolve("count.zip"), ShapefileParts.named("parcels", shapes.shp(),
				shapes.shx(), ShapefileParts.dbf(StandardCharsets.UTF_8, "a", "b"), ShapefileParts.WGS84_PRJ));
		assertRefused(zip, "count.zip").hasMessageContaining("parcels.shx lists 1 shapes but parcels.dbf has 2");
	}

	@Test
	void dbfShorterThanShpFailsWhereItRunsOut() {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(0, 0, 0, 1, 1, 1, 0, 0))
			.parts(5, ring(0, 0, 0, 1, 1, 1, 0, 0));
		Path zip = ShapefileParts.zip(this.dir.resolve("short.zip"), ShapefileParts.named("parcels", shapes.shp(), null,
				ShapefileParts.dbf(StandardCharsets.UTF_8, "a"), ShapefileParts.WGS84_PRJ));
		try (LayerFile file = LayerFiles.open(zip, "short.zip", null)) {
			assertThatThrownBy(() -> Fixtures.readAll(file)).isInstanceOf(LayerFileException.class)
				.hasMessageContaining("record 2 has a shape but no attributes");
		}
	}

	@Test
	void zipBombIsStoppedAtTheExtractionCap() throws IOException {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(0, 0, 0, 1, 1, 1, 0, 0));
		Map<String, byte[]> parts = new LinkedHashMap<>(ShapefileParts.named("parcels", shapes.shp(), shapes.shx(),
				new byte[4 << 20], ShapefileParts.WGS84_PRJ));
		Path zip = ShapefileParts.zip(this.dir.resolve("bomb.zip"), parts);
		assertThat(Files.size(zip)).as("4 MiB of zeros compress to almost nothing").isLessThan(20_000);
		assertThatThrownBy(() -> LayerFiles.open(zip, "bomb.zip", null, null, 1 << 20, 100))
			.isInstanceOf(LayerFileException.class)
			.hasMessageContaining("expands to more than 1 MiB");
	}

	@Test
	void tooManyZipEntries() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < 20; i++) {
			entries.put("f" + i + ".txt", new byte[1]);
		}
		Path zip = ShapefileParts.zip(this.dir.resolve("many.zip"), entries);
		assertThatThrownBy(() -> LayerFiles.open(zip, "many.zip", null, null, 1 << 20, 10))
			.isInstanceOf(LayerFileException.class)
			.hasMessageContaining("20 entries; at most 10");
	}

	@Test
	void geoJsonSyntaxError() throws IOException {
		Path json = write("bad.geojson", "{\"type\": \"FeatureCollection\",\n \"name\": \"x\",, \"features\": []}");
		assertRefused(json, "bad.geojson").hasMessageStartingWith("The GeoJSON is not valid JSON")
			.hasMessageContaining("line 2");
	}

	@Test
	void geoJsonSyntaxErrorInsideTheFeaturesShowsWhileStreaming() throws IOException {
		Path json = write("late.geojson", "{\"type\": \"FeatureCollection\", \"features\": [\n"
				+ "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": null},\n{\"type\": ");
		try (LayerFile file = LayerFiles.open(json, "late.geojson", null)) {
			assertThatThrownBy(() -> Fixtures.readAll(file)).isInstanceOf(LayerFileException.class)
				.hasMessageContaining("not valid JSON");
		}
	}

	@Test
	void jsonThatIsNotGeoJson() throws IOException {
		assertRefused(write("config.json", "{\"server\": {\"port\": 8080}}"), "config.json")
			.hasMessageContaining("not GeoJSON");
		assertRefused(write("list.json", "[1, 2, 3]"), "list.json").hasMessageContaining("one JSON object");
		assertRefused(write("fc.json", "{\"type\": \"FeatureCollection\"}"), "fc.json")
			.hasMessageContaining("no 'features' array");
	}

	@Test
	void notAGeoPackage() throws IOException {
		assertRefused(write("parcels.gpkg", "this is a text file"), "parcels.gpkg")
			.hasMessageContaining("not a GeoPackage");
	}

	@Test
	void sqliteDatabaseThatIsNotAGeoPackage() throws Exception {
		Path db = this.dir.resolve("plain.gpkg");
		sql(db, "CREATE TABLE parcels (id INTEGER PRIMARY KEY, name TEXT)");
		assertRefused(db, "plain.gpkg").hasMessageContaining("no gpkg_contents table");
	}

	@Test
	void geoPackageWithoutFeatureTable() throws Exception {
		Path db = this.dir.resolve("tiles.gpkg");
		Fixtures.writeAll(GeoPackageWriter.create(db, "parcels", 4326, Fixtures.FIELDS), Fixtures.protectedAreas());
		sql(db, "UPDATE gpkg_contents SET data_type = 'attributes'");
		assertRefused(db, "tiles.gpkg").hasMessageContaining("no feature table");
	}

	@Test
	void geoPackageTableThatIsNotThere() throws Exception {
		Path db = this.dir.resolve("named.gpkg");
		Fixtures.writeAll(GeoPackageWriter.create(db, "parcels", 4326, Fixtures.FIELDS), Fixtures.protectedAreas());
		assertThatThrownBy(() -> LayerFiles.open(db, "named.gpkg", null, "forests"))
			.isInstanceOf(LayerFileException.class)
			.hasMessageContaining("no feature table named 'forests'; it has parcels");
	}

	@Test
	void kmlThatIsNotXml() throws IOException {
		assertRefused(write("areas.kml", "name,lat,lon\nDena,30.9,51.4\n"), "areas.kml")
			.hasMessageContaining("not well-formed XML");
	}

	@Test
	void xmlThatIsNotKml() throws IOException {
		assertRefused(write("areas.kml", "<?xml version=\"1.0\"?><gpx><wpt/></gpx>"), "areas.kml")
			.hasMessageContaining("root element is <gpx>");
	}

	@Test
	void kmlWithAnExternalEntityIsRefusedUnread() throws IOException {
		Path secret = write("secret.txt", "TOP SECRET");
		Path kml = write("xxe.kml",
				"<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY xxe SYSTEM \"" + secret.toUri()
						+ "\">]><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark><name>&xxe;</name>"
						+ "</Placemark></Document></kml>");
		assertRefused(kml, "xxe.kml").hasMessageContaining("not well-formed XML").hasMessageNotContaining("TOP SECRET");
	}

	@Test
	void negativeSourceSrid() throws IOException {
		assertThatThrownBy(() -> LayerFiles.open(write("a.geojson", "{}"), "a.geojson", -1))
			.isInstanceOf(LayerFileException.class)
			.hasMessageContaining("positive EPSG code");
	}

	private Path shapefile(String name, String prj) {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(0, 0, 0, 1, 1, 1, 0, 0));
		return ShapefileParts.zip(this.dir.resolve(name + ".zip"), ShapefileParts.named("parcels", shapes.shp(),
				shapes.shx(), ShapefileParts.dbf(StandardCharsets.UTF_8, "x"), prj));
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.dir.resolve(name), content);
	}

	private static void sql(Path db, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path file, String name) {
		return assertThatThrownBy(() -> LayerFiles.open(file, name, null).close())
			.isInstanceOf(LayerFileException.class);
	}

}
