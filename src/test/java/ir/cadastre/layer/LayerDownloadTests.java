package ir.cadastre.layer;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.layerfile.LayerFile;
import ir.cadastre.layerfile.LayerFileWriter;
import ir.cadastre.layerfile.LayerFiles;
import ir.cadastre.layerfile.LayerFormat;
import ir.cadastre.layerfile.SourceFeature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKTReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GIS staff and agencies take a layer away as a zipped Shapefile, a GeoPackage or
 * GeoJSON: every feature, its ids and names (Persian too), and its area to the last
 * digit; a file taken away imports back as it was.
 */
@CadastreTest
class LayerDownloadTests extends ApiTest {

	@TempDir
	Path folder;

	@BeforeEach
	void setUp() throws Exception {
		importAreas(LayerImportTests.AREAS);
	}

	@ParameterizedTest(name = "{0}: every feature, its names and its exact area")
	@CsvSource({ "geojson, protected_areas.geojson, application/geo+json",
			"shapefile, protected_areas.zip, application/zip",
			"geopackage, protected_areas.gpkg, application/geopackage+sqlite3" })
	void eachFormatTakesTheLayerAwayWhole(String format, String fileName, String mediaType) throws Exception {
		HttpResponse<byte[]> response = download("/api/v1/layers/protected_areas/download?format=" + format,
				Fixtures.APPLICANT);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(mediaType);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"" + fileName + "\"");
		Path file = this.folder.resolve(fileName);
		Files.write(file, response.body());

		Map<String, Geometry> stored = stored();
		try (LayerFile layer = LayerFiles.open(file, fileName, null)) {
			List<SourceFeature> features = layer.features().toList();
			assertThat(features).hasSize(3);
			for (SourceFeature feature : features) {
				String id = feature.attributes().get("id").toString();
				String[] area = List.of(LayerImportTests.AREAS)
					.stream()
					.filter((a) -> a[0].equals(id))
					.findFirst()
					.orElseThrow();
				assertThat(feature.attributes()).containsEntry("name", area[1])
					.containsEntry("name_fa", area[2])
					.containsEntry("agency", "doe");
				assertThat(sameArea(feature.geometry(), stored.get(id))).as(id + " to the last digit").isTrue();
			}
		}
	}

	/**
	 * QGIS and ogrinfo list a GeoJSON file's columns in the order its first feature names
	 * them: the same order as the Shapefile's and the GeoPackage's.
	 */
	@ParameterizedTest(name = "{0}: the columns in the same order as every other format")
	@CsvSource({ "geojson, protected_areas.geojson", "shapefile, protected_areas.zip",
			"geopackage, protected_areas.gpkg" })
	void eachFormatListsTheColumnsInOneOrder(String format, String fileName) throws Exception {
		Path file = this.folder.resolve(fileName);
		Files.write(file,
				download("/api/v1/layers/protected_areas/download?format=" + format, Fixtures.APPLICANT).body());
		try (LayerFile layer = LayerFiles.open(file, fileName, null)) {
			// a GeoPackage's reader also offers its row id, fid, as an id to import by
			assertThat(layer.attributeNames()).filteredOn((name) -> !name.equals("fid"))
				.containsExactly("id", "name", "name_fa", "agency", "status", "feature_id", "version", "licence_id");
		}
	}

	@Test
	void aShapefileTakenAwayImportsBackAsItWas() throws Exception {
		Map<String, Geometry> before = stored();
		byte[] shapefile = download("/api/v1/layers/protected_areas/download?format=shapefile", Fixtures.GIS_ADMIN)
			.body();
		Api.Response imported = Uploads.upload(this.api, Fixtures.GIS_ADMIN, "protected_areas", "back.zip", shapefile,
				Map.of("mode", "replace"));
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		assertThat(imported.json().get("imported").longValue()).isEqualTo(3);
		Map<String, Geometry> after = stored();
		assertThat(after.keySet()).isEqualTo(before.keySet());
		after.forEach((id, geometry) -> assertThat(sameArea(geometry, before.get(id))).as(id).isTrue());
		assertThat(this.db
			.sql("SELECT string_agg(name_fa, ',' ORDER BY external_id) FROM feature WHERE retired_in IS NULL")
			.query(String.class)
			.single())
			.isEqualTo(LayerImportTests.AREAS[0][2] + "," + LayerImportTests.AREAS[1][2] + ","
					+ LayerImportTests.AREAS[2][2]);
	}

	@Test
	void anEarlierVersionIsTakenAwayAsItStood() throws Exception {
		long first = this.db.sql("SELECT max(id) FROM layer_version").query(Long.class).single();
		importAreas(LayerImportTests.AREAS[0], LayerImportTests.AREAS[1]);
		assertThat(ids("/api/v1/layers/protected_areas/download?format=geopackage", "now.gpkg"))
			.containsExactlyInAnyOrder("PA-1", "PA-2");
		assertThat(ids("/api/v1/layers/protected_areas/download?format=geopackage&version=" + first, "then.gpkg"))
			.containsExactlyInAnyOrder("PA-1", "PA-2", "PA-3");
		HttpResponse<byte[]> then = download(
				"/api/v1/layers/protected_areas/download?format=shapefile&version=" + first, Fixtures.APPLICANT);
		assertThat(then.headers().firstValue("Content-Disposition"))
			.as("the version's file is not named as the current one's")
			.hasValue("attachment; filename=\"protected_areas-" + first + ".zip\"");
	}

	@Test
	void theLicencesLayerCarriesTheRegister() throws Exception {
		long feature = this.fixtures.feature("licences", "EXL-1398-0042",
				"POLYGON((54.5 32.5, 54.52 32.5, 54.52 32.52, 54.5 32.52, 54.5 32.5))");
		Api.Response registered = this.api.postJson("/api/v1/licences", Fixtures.OFFICER, """
				{"featureId": %d, "holder": "t-applicant2", "type": "EXPLOITATION", "mineral": "copper",
				 "issuedOn": "2020-03-01", "lastDay": "2030-02-28", "termYears": 10}
				""".formatted(feature));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		Path file = this.folder.resolve("licences.zip");
		Files.write(file, download("/api/v1/layers/licences/download?format=shapefile", Fixtures.GIS_ADMIN).body());
		try (LayerFile layer = LayerFiles.open(file, "licences.zip", null)) {
			assertThat(layer.features().toList()).singleElement()
				.satisfies((licence) -> assertThat(licence.attributes())
					.containsEntry("licence_no", registered.json().get("number").longValue())
					.containsEntry("kind", "EXPLOITATION")
					.containsEntry("holder", "t-applicant2")
					.containsEntry("mineral", "copper")
					.containsEntry("lic_status", "ACTIVE")
					.containsEntry("last_day", "2030-02-28")
					.containsEntry("lastday_sh", "1408-12-10"));
		}
	}

	@Test
	void anUnknownFormatOrLayerIsRefusedAndSignedOutUsersGetNothing() throws Exception {
		Api.Response kml = this.api.get("/api/v1/layers/protected_areas/download?format=kml", Fixtures.APPLICANT);
		assertThat(kml.status()).isEqualTo(400);
		assertThat(kml.json().get("errors").get(0).get("field").stringValue()).isEqualTo("format");
		assertThat(this.api.get("/api/v1/layers/protected_areas/download", Fixtures.APPLICANT).status()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/layers/nowhere/download?format=shapefile", Fixtures.APPLICANT).status())
			.isEqualTo(404);
		Api.Response notANumber = this.api.get("/api/v1/layers/protected_areas/download?format=shapefile&version=v3",
				Fixtures.APPLICANT);
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.isProblem()).isTrue();
		assertThat(this.api
			.get("/api/v1/layers/protected_areas/download?format=shapefile&version=999999999", Fixtures.APPLICANT)
			.status()).as("no such version").isEqualTo(404);
		assertThat(this.api.get("/api/v1/layers/protected_areas/download?format=shapefile", null).status())
			.isEqualTo(401);
	}

	/** Replaces the protected areas with these, imported from GeoJSON. */
	private void importAreas(String[]... areas) throws Exception {
		Path file = Files.createTempFile(this.folder, "areas", ".geojson");
		try (LayerFileWriter writer = LayerFormat.GEOJSON.create(file, "areas", 4326, List.of())) {
			for (String[] area : areas) {
				writer.write(Map.of("id", area[0], "name", area[1], "name_fa", area[2]), new WKTReader().read(area[3]));
			}
		}
		Api.Response imported = Uploads.upload(this.api, Fixtures.GIS_ADMIN, "protected_areas", "areas.geojson",
				Files.readAllBytes(file), Map.of("mode", "replace"));
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
	}

	/**
	 * The same vertices, to the last digit; a Shapefile turns its shells clockwise and
	 * holds a single polygon as such.
	 */
	private static boolean sameArea(Geometry read, Geometry stored) {
		Geometry multi = (read instanceof Polygon polygon)
				? read.getFactory().createMultiPolygon(new Polygon[] { polygon }) : read;
		return multi.norm().equalsExact(stored.norm());
	}

	private List<String> ids(String path, String fileName) throws IOException {
		Path file = this.folder.resolve(fileName);
		Files.write(file, download(path, Fixtures.OFFICER).body());
		try (LayerFile layer = LayerFiles.open(file, fileName, null)) {
			return layer.features().map((f) -> f.attributes().get("id").toString()).toList();
		}
	}

	/** The current features' areas by their ids, as PostGIS stores them. */
	private Map<String, Geometry> stored() {
		Map<String, Geometry> areas = new HashMap<>();
		this.db.sql("SELECT external_id, ST_AsBinary(geom) FROM feature WHERE retired_in IS NULL").query((rs) -> {
			try {
				areas.put(rs.getString(1), new WKBReader().read(rs.getBytes(2)));
			}
			catch (org.locationtech.jts.io.ParseException ex) {
				throw new IllegalStateException(ex);
			}
		});
		return areas;
	}

	@Test
	void aRangeOfAFileIsNotServedAndTheFileSaysSo() {
		HttpResponse<byte[]> response = this.api
			.bytes(this.api.request("/api/v1/layers/protected_areas/download?format=geopackage", Fixtures.APPLICANT)
				.header("Range", "bytes=0-99")
				.GET());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("none");
		assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
		assertThat(response.body().length).isGreaterThan(100);
	}

	private HttpResponse<byte[]> download(String path, String user) {
		return this.api.bytes(this.api.request(path, user).GET());
	}

}
