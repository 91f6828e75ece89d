package ir.cadastre.layer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.layerfile.AttributeField;
import ir.cadastre.layerfile.GeoJsonWriter;
import ir.cadastre.layerfile.GeoPackageWriter;
import ir.cadastre.layerfile.LayerFileWriter;
import ir.cadastre.layerfile.ShapefileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Importing layer files: every format, the import report, versions, atomicity, who may
 * import.
 */
@CadastreTest
class LayerImportTests extends ApiTest {

	/**
	 * Three protected areas near Yazd (lon/lat); the second has a hole, the third two
	 * parts.
	 */
	static final String[][] AREAS = {
			{ "PA-1", "Kalmand (test)", "منطقه حفاظت شده کالمند",
					"POLYGON((54.0 31.0, 54.2 31.0, 54.2 31.2, 54.0 31.2, 54.0 31.0))" },
			{ "PA-2", "Bafq (test)", "پارک ملی بافق",
					"POLYGON((55.0 31.5, 55.3 31.5, 55.3 31.8, 55.0 31.8, 55.0 31.5), (55.1 31.6, 55.1 31.7, 55.2 31.7, 55.2 31.6, 55.1 31.6))" },
			{ "PA-3", "Darreh Anjir (test)", "پناهگاه حیات وحش دره انجیر",
					"MULTIPOLYGON(((55.5 32.0, 55.6 32.0, 55.6 32.1, 55.5 32.1, 55.5 32.0)), ((55.7 32.0, 55.8 32.0, 55.8 32.1, 55.7 32.1, 55.7 32.0)))" } };

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0} round-trips ids, Persian names and areas")
	@ValueSource(strings = { "areas.geojson", "areas.zip", "areas.gpkg" })
	void eachFormatRoundTrips(String fileName) throws Exception {
		Path file = this.folder.resolve(fileName);
		try (LayerFileWriter writer = writer(file, 4326)) {
			for (String[] area : AREAS) {
				writer.write(attributes(area), new WKTReader().read(area[3]));
			}
		}
		JsonNode report = importFile(fileName, Files.readAllBytes(file), Map.of()).json();
		assertThat(report.get("read").longValue()).isEqualTo(3);
		assertThat(report.get("imported").longValue()).isEqualTo(3);
		checkStored(4326);
	}

	@Test
	void aUtmProjectedShapefileIsReprojected() throws Exception {
		Path file = this.folder.resolve("utm.zip");
		try (LayerFileWriter writer = ShapefileWriter.create(file, "utm", 32640, fields())) {
			for (String[] area : AREAS) {
				writer.write(attributes(area), utm40(area[3]));
			}
		}
		JsonNode report = importFile("utm.zip", Files.readAllBytes(file), Map.of()).json();
		assertThat(report.get("sourceSrid").intValue()).isEqualTo(32640);
		checkStored(32640);
	}

	@Test
	void anEd50ShapefileOfTheOldMapsIsReprojectedWithIransDatumShift() throws Exception {
		Path file = this.folder.resolve("ed50.zip");
		try (LayerFileWriter writer = ShapefileWriter.create(file, "ed50", 32640, fields())) {
			for (String[] area : AREAS) {
				writer.write(attributes(area), projected(area[3], 2060));
			}
		}
		// The .prj ArcGIS writes for the old 1:50,000 sheets; no EPSG code says it.
		byte[] ed50 = Zips.replacing(Files.readAllBytes(file), ".prj", "PROJCS[\"ED_1950_UTM_Zone_40N\","
				+ "GEOGCS[\"GCS_European_1950\",DATUM[\"D_European_1950\",SPHEROID[\"International_1924\",6378388.0,"
				+ "297.0]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
				+ "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],"
				+ "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",57.0],"
				+ "PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]");
		Api.Response response = importFile("ed50.zip", ed50, Map.of());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().get("sourceSrid").intValue()).isEqualTo(2060);
		assertThat(response.json().get("imported").longValue()).isEqualTo(3);
		for (String[] area : AREAS) {
			// Back where it was drawn: read as WGS 84 UTM it would lie some 125 m off.
			double offset = this.db
				.sql("""
						SELECT ST_HausdorffDistance(ST_Transform(geom, 32640), ST_Transform(ST_GeomFromText(:wkt, 4326), 32640))
						FROM feature WHERE external_id = :id""")
				.param("wkt", area[3])
				.param("id", area[0])
				.query(Double.class)
				.single();
			assertThat(offset).as(area[0]).isLessThan(0.01);
		}
	}

	@Test
	void attributesPaddedWithNulAreImportedWithoutIt() {
		String file = """
				{"type": "FeatureCollection", "features": [{"type": "Feature",
				 "properties": {"id": "PA-1\\u0000\\u0000", "name": "Kalmand\\u0000", "note": "fenced\\u0000",
				                "surveyed\\u0000": true},
				 "geometry": {"type": "Polygon", "coordinates": [[[54, 31], [54.2, 31], [54.2, 31.2], [54, 31.2], [54, 31]]]}}]}""";
		Api.Response imported = importFile("areas.geojson", file.getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		assertThat(this.db.sql("SELECT external_id || ' ' || name || ' ' || properties::text FROM feature")
			.query(String.class)
			.single()).isEqualTo(
					"PA-1 Kalmand {\"id\": \"PA-1\", \"name\": \"Kalmand\", \"note\": \"fenced\", \"surveyed\": true}");
	}

	@Test
	void anAttributeAskedForIsFoundHoweverItsPersianIsTyped() {
		String file = """
				{"type": "FeatureCollection", "features": [{"type": "Feature",
				 "properties": {"کد": "PA-7", "نام‌ناحیه": "کلمند"},
				 "geometry": {"type": "Polygon", "coordinates": [[[54, 31], [54.2, 31], [54.2, 31.2], [54, 31.2], [54, 31]]]}}]}""";
		importFile("areas.geojson", file.getBytes(StandardCharsets.UTF_8),
				Map.of("idField", "كد", "nameField", "\u200Fنام ناحيه"));
		assertThat(this.db.sql("SELECT external_id || ' ' || name FROM feature").query(String.class).single())
			.isEqualTo("PA-7 کلمند");
	}

	@Test
	void kmlIsImported() {
		StringBuilder kml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>");
		kml.append("<Placemark><name>").append(AREAS[0][2]).append("</name>");
		kml.append("<ExtendedData><Data name=\"id\"><value>PA-1</value></Data></ExtendedData>");
		kml.append(
				"<Polygon><outerBoundaryIs><LinearRing><coordinates>54.0,31.0 54.2,31.0 54.2,31.2 54.0,31.2 54.0,31.0"
						+ "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>");
		JsonNode report = importFile("areas.kml", kml.toString().getBytes(StandardCharsets.UTF_8), Map.of()).json();
		assertThat(report.get("format").stringValue()).isEqualTo("KML");
		assertThat(this.db.sql("SELECT external_id || ' ' || name FROM feature").query(String.class).single())
			.isEqualTo("PA-1 " + AREAS[0][2]);
		double stored = this.db.sql("SELECT ST_Area(geom::geography) FROM feature").query(Double.class).single();
		double source = this.db.sql("SELECT ST_Area(ST_GeomFromText(:wkt, 4326)::geography)")
			.param("wkt", AREAS[0][3])
			.query(Double.class)
			.single();
		assertThat(stored).isCloseTo(source, within(source * 1e-6));
	}

	@Test
	void theReportNamesEveryRepairedAndRejectedFeature() throws Exception {
		Path file = this.folder.resolve("mixed.geojson");
		try (LayerFileWriter writer = GeoJsonWriter.create(file, "mixed", 4326)) {
			WKTReader wkt = new WKTReader();
			writer.write(Map.of("id", "ok"), wkt.read(AREAS[0][3]));
			writer.write(Map.of("id", "bow-tie"), wkt.read("POLYGON((54 32, 54.1 32.1, 54.1 32, 54 32.1, 54 32))"));
			writer.write(Map.of("id", "in-iraq"), wkt.read("POLYGON((44 33, 44.1 33, 44.1 33.1, 44 33.1, 44 33))"));
			writer.write(Map.of("id", "a-point"), wkt.read("POINT(54 32)"));
			writer.write(Map.of("id", "empty"), wkt.read("POLYGON EMPTY"));
			writer.write(Map.of("id", "flat"), wkt.read("POLYGON((54 32, 54.1 32, 54.2 32, 54 32))"));
		}
		JsonNode report = importFile("mixed.geojson", Files.readAllBytes(file), Map.of()).json();
		assertThat(report.get("read").longValue()).isEqualTo(6);
		assertThat(report.get("imported").longValue()).isEqualTo(2);
		assertThat(report.get("repaired").longValue()).isEqualTo(1);
		assertThat(report.get("rejected").longValue()).isEqualTo(4);
		assertThat(report.get("outsideJurisdiction").longValue()).isEqualTo(1);
		assertThat(report.get("repairs").get(0).get("id").stringValue()).isEqualTo("bow-tie");
		assertThat(report.get("repairs").get(0).get("reason").stringValue()).contains("Self-intersection");
		Map<String, String> rejections = new HashMap<>();
		report.get("rejections")
			.forEach((r) -> rejections.put(r.get("id").stringValue(), r.get("reason").stringValue()));
		assertThat(rejections).containsEntry("in-iraq", "outside the jurisdiction")
			.containsKeys("a-point", "empty", "flat");
		assertThat(rejections.get("a-point")).contains("POINT");
		assertThat(this.db.sql("SELECT count(*) FROM feature WHERE NOT ST_IsValid(geom)").query(Long.class).single())
			.isZero();
	}

	@Test
	void theReportGivesItsReasonsInTheReadersLanguageAndKeepsThemInEnglish() {
		String file = """
				{"type": "FeatureCollection", "features": [
				 {"type": "Feature", "properties": {"id": "bow-tie"}, "geometry": {"type": "Polygon",
				  "coordinates": [[[54, 32], [54.1, 32.1], [54.1, 32], [54, 32.1], [54, 32]]]}},
				 {"type": "Feature", "properties": {"id": "in-iraq"}, "geometry": {"type": "Polygon",
				  "coordinates": [[[44, 33], [44.1, 33], [44.1, 33.1], [44, 33.1], [44, 33]]]}},
				 {"type": "Feature", "properties": {"id": "a-point"}, "geometry": {"type": "Point", "coordinates": [54, 32]}},
				 {"type": "Feature", "properties": {"id": "open-ring"}, "geometry": {"type": "Polygon",
				  "coordinates": [[[55, 33], [55.1, 33], [55.1, 33.1], [55, 33.1], [55.05, 33.05]]]}}]}""";
		Api.Response persian = this.api
			.send(Uploads
				.request(this.api, Fixtures.GIS_ADMIN, "protected_areas", "mixed.geojson",
						file.getBytes(StandardCharsets.UTF_8), Map.of("mode", "replace"))
				.header("Accept-Language", "fa"));
		assertThat(persian.status()).as(persian.body()).isEqualTo(201);
		assertThat(reasons(persian.json())).containsExactly("bow-tie: خودتقاطعی در [54.05, 32.05]",
				"in-iraq: خارج از ایران", "a-point: چندضلعی نیست، POINT است",
				"open-ring: حلقهٔ 1 بسته نیست: آخرین موقعیتش با نخستین فرق دارد");
		assertThat(
				this.db.sql("SELECT report FROM layer_version ORDER BY id DESC LIMIT 1").query(String.class).single())
			.as("the kept report is in English, whoever imported")
			.contains("outside the jurisdiction")
			.doesNotContain("ایران");

		Api.Response english = importFile("mixed.geojson", file.getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(reasons(english.json())).containsExactly("bow-tie: Self-intersection at [54.05, 32.05]",
				"in-iraq: outside the jurisdiction", "a-point: not a polygon but a POINT",
				"open-ring: ring 1 is not closed: its last position differs from its first");

		// Either report is read again later, in either language, as it was given.
		JsonNode versions = this.api.get("/api/v1/layers/protected_areas/versions", Fixtures.OFFICER).json();
		assertThat(this.api.get(versions.get(0).get("report").stringValue(), Fixtures.OFFICER).json())
			.isEqualTo(english.json());
		String first = versions.get(1).get("report").stringValue();
		assertThat(first).isEqualTo(
				"/api/v1/layers/protected_areas/versions/" + persian.json().get("version").longValue() + "/report");
		assertThat(this.api.send(this.api.request(first, Fixtures.APPLICANT).header("Accept-Language", "fa")).json())
			.isEqualTo(persian.json());
		assertThat(reasons(this.api.get(first, Fixtures.APPLICANT).json())).isEqualTo(reasons(english.json()));
	}

	@Test
	void aVersionNotImportedFromAFileHasNoReport() {
		long loaded = this.db
			.sql("INSERT INTO layer_version (layer_id, created_by, source, checksum) "
					+ "VALUES ('protected_areas', 'sample', 'sample.geojson', 'x') RETURNING id")
			.query(Long.class)
			.single();
		JsonNode versions = this.api.get("/api/v1/layers/protected_areas/versions", Fixtures.GIS_ADMIN).json();
		assertThat(versions.get(0).get("report").isNull()).isTrue();
		Api.Response none = this.api.get("/api/v1/layers/protected_areas/versions/" + loaded + "/report",
				Fixtures.GIS_ADMIN);
		assertThat(none.status()).isEqualTo(404);
		assertThat(none.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:no-import-report");
		Api.Response unknown = this.api.get("/api/v1/layers/protected_areas/versions/" + (loaded + 1) + "/report",
				Fixtures.GIS_ADMIN);
		assertThat(unknown.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:unknown-version");
		assertThat(this.api.get("/api/v1/layers/nowhere/versions/" + loaded + "/report", Fixtures.GIS_ADMIN).status())
			.isEqualTo(404);
	}

	/** The report's findings, repairs first, each as "id: reason". */
	private static List<String> reasons(JsonNode report) {
		List<String> reasons = new ArrayList<>();
		for (String kind : List.of("repairs", "rejections")) {
			report.get(kind)
				.forEach((f) -> reasons.add(f.get("id").stringValue() + ": " + f.get("reason").stringValue()));
		}
		return reasons;
	}

	@ParameterizedTest(name = "a corrupt file ({0}) is refused and changes nothing")
	@ValueSource(strings = { "truncated-zip", "shp-without-dbf", "unknown-prj", "geojson-syntax", "not-a-gpkg" })
	void aCorruptFileIsRefusedAndChangesNothing(String kind) throws Exception {
		importFile("first.geojson", geoJson(), Map.of());
		long features = count("feature");
		long versions = count("layer_version");
		Path good = this.folder.resolve("good.zip");
		try (LayerFileWriter writer = ShapefileWriter.create(good, "good", 4326, fields())) {
			writer.write(attributes(AREAS[0]), new WKTReader().read(AREAS[0][3]));
		}
		byte[] zip = Files.readAllBytes(good);
		Map<String, byte[]> corrupt = Map.of("truncated-zip", java.util.Arrays.copyOf(zip, zip.length / 2),
				"shp-without-dbf", Zips.without(zip, ".dbf"), "unknown-prj",
				Zips.replacing(zip, ".prj", "PROJCS[\"Nowhere\",GEOGCS[\"Mars 2000\"]]"), "geojson-syntax",
				"{\"type\":\"FeatureCollection\",\"features\":[{\"type\":".getBytes(StandardCharsets.UTF_8),
				"not-a-gpkg", "this is not sqlite".getBytes(StandardCharsets.UTF_8));
		String name = kind.equals("geojson-syntax") ? "bad.geojson"
				: kind.equals("not-a-gpkg") ? "bad.gpkg" : "bad.zip";
		Api.Response response = Uploads.upload(this.api, Fixtures.GIS_ADMIN, "protected_areas", name, corrupt.get(kind),
				Map.of());
		assertThat(response.status()).as(response.toString()).isBetween(400, 499);
		assertThat(response.isProblem()).isTrue();
		assertThat(count("feature")).isEqualTo(features);
		assertThat(count("layer_version")).isEqualTo(versions);
	}

	@Test
	void anImportThatNamesNoModeIsRefusedAndTheLayerStaysWhole() {
		importFile("first.geojson", geoJson(), Map.of());
		long versions = count("layer_version");
		for (Map<String, String> fields : List.of(Map.<String, String>of(), Map.of("mode", "merge"))) {
			Api.Response response = Uploads.send(this.api, Fixtures.GIS_ADMIN, "protected_areas", "more.geojson",
					geoJson(AREAS[1]), fields);
			assertThat(response.status()).as(fields.toString()).isEqualTo(400);
			assertThat(response.json().get("errors").get(0).get("field").stringValue()).isEqualTo("mode");
		}
		assertThat(features(null)).containsExactlyInAnyOrder("PA-1", "PA-2", "PA-3");
		assertThat(count("layer_version")).isEqualTo(versions);
	}

	@Test
	void anImportInACoordinateSystemTheCadastreDoesNotReadNamesSourceSridAndChangesNothing() {
		importFile("first.geojson", geoJson(), Map.of());
		long versions = count("layer_version");
		Api.Response response = Uploads.send(this.api, Fixtures.GIS_ADMIN, "protected_areas", "more.geojson",
				geoJson(AREAS[1]), Map.of("mode", "append", "sourceSrid", "3857"));
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:invalid-parameter");
		assertThat(response.json().get("errors").get(0).get("field").stringValue()).isEqualTo("sourceSrid");
		assertThat(response.json().get("detail").stringValue()).contains("EPSG:4326", "EPSG:32638–32641");
		assertThat(features(null)).containsExactlyInAnyOrder("PA-1", "PA-2", "PA-3");
		assertThat(count("layer_version")).isEqualTo(versions);
	}

	@Test
	void replaceAndAppendMakeVersionsAndTheOlderOneStaysReadable() {
		JsonNode first = importFile("first.geojson", geoJson(), Map.of()).json();
		JsonNode appended = importFile("more.geojson", geoJson(AREAS[1]), Map.of("mode", "append")).json();
		assertThat(appended.get("retired").longValue()).isZero();
		assertThat(features(null)).hasSize(4);
		JsonNode replaced = importFile("new.geojson", geoJson(AREAS[2]), Map.of("mode", "replace")).json();
		assertThat(replaced.get("retired").longValue()).isEqualTo(4);
		assertThat(features(null)).containsExactly("PA-3");
		assertThat(features(first.get("version").longValue())).containsExactlyInAnyOrder("PA-1", "PA-2", "PA-3");
		assertThat(features(appended.get("version").longValue())).hasSize(4);
		JsonNode versions = this.api.get("/api/v1/layers/protected_areas/versions", Fixtures.APPLICANT).json();
		assertThat(versions).hasSize(3);
		assertThat(versions.get(0).get("latest").booleanValue()).isTrue();
		assertThat(versions.get(0).get("createdBy").stringValue()).isEqualTo(Fixtures.GIS_ADMIN);
		assertThat(versions.get(0).get("checksum").stringValue()).hasSize(64);
		assertThat(this.api.get("/api/v1/layers/protected_areas/features?version=999999", Fixtures.APPLICANT).status())
			.isEqualTo(404);
	}

	@Test
	void theCatalogueCountsWhatTheImportsMadeCurrentAndWhatTheServiceAdded() {
		importFile("first.geojson", geoJson(), Map.of());
		assertThat(catalogued("protected_areas")).isEqualTo("3 [54.0,31.0,55.8,32.1]");
		importFile("more.geojson", geoJson(AREAS[1]), Map.of("mode", "append"));
		assertThat(catalogued("protected_areas")).isEqualTo("4 [54.0,31.0,55.8,32.1]");
		this.fixtures.feature("protected_areas", "unversioned", "POLYGON((56 33, 56.1 33, 56.1 33.1, 56 33.1, 56 33))");
		assertThat(catalogued("protected_areas")).isEqualTo("5 [54.0,31.0,56.1,33.1]");
		// A replacement retires every feature of the layer, the unversioned one too.
		importFile("new.geojson", geoJson(AREAS[2]), Map.of("mode", "replace"));
		assertThat(catalogued("protected_areas")).isEqualTo("1 [55.5,32.0,55.8,32.1]");
		// What the newest version recorded is what a scan of the layer finds.
		assertThat(this.db
			.sql("""
					SELECT (SELECT layer_count FROM layer_version WHERE layer_id = 'protected_areas' ORDER BY id DESC LIMIT 1)
					     = (SELECT count(*) FROM feature WHERE layer_id = 'protected_areas' AND version_id IS NOT NULL
					                                     AND retired_in IS NULL)
					""")
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void anImportedLicenceLeavesTheCatalogueAtTheEndOfItsTerm() {
		Api.Response response = Uploads.upload(this.api, Fixtures.GIS_ADMIN, "licences", "licences.geojson",
				geoJson(AREAS[0], AREAS[2]), Map.of());
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(catalogued("licences")).isEqualTo("2 [54.0,31.0,55.8,32.1]");
		long ended = this.db.sql("SELECT id FROM feature WHERE layer_id = 'licences' AND external_id = 'PA-3'")
			.query(Long.class)
			.single();
		// The test clock is 2026-01-15T08:00:00Z.
		this.fixtures.endsAt(ended, "2026-01-15T08:00:00Z");
		assertThat(catalogued("licences")).isEqualTo("1 [54.0,31.0,54.2,31.2]");
	}

	@Test
	void theOverlapCheckUsesTheNewVersionAtOnce() {
		importFile("first.geojson", geoJson(AREAS[0]), Map.of());
		String inFirst = "{\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[54.05,31.05],[54.1,31.05],[54.1,31.1],[54.05,31.1],[54.05,31.05]]]}}";
		assertThat(this.api.postJson("/api/v1/overlaps", Fixtures.APPLICANT, inFirst).json().get("overlaps"))
			.hasSize(1);
		importFile("new.geojson", geoJson(AREAS[2]), Map.of("mode", "replace"));
		assertThat(this.api.postJson("/api/v1/overlaps", Fixtures.APPLICANT, inFirst).json().get("overlaps")).isEmpty();
	}

	@Test
	void anImportIsAudited() {
		JsonNode report = importFile("first.geojson", geoJson(), Map.of()).json();
		JsonNode events = this.api.get("/api/v1/audit?subject=layer:protected_areas", Fixtures.OFFICER).json();
		JsonNode last = events.get(events.size() - 1);
		assertThat(last.get("action").stringValue()).isEqualTo("layer.import");
		assertThat(last.get("actor").stringValue()).isEqualTo(Fixtures.GIS_ADMIN);
		assertThat(last.get("geometry_hash").stringValue()).isEqualTo(report.get("checksum").stringValue());
		assertThat(this.api.get("/api/v1/audit", Fixtures.APPLICANT).status()).isEqualTo(403);
	}

	@Test
	void whoMayImport() {
		assertThat(Uploads.upload(this.api, Fixtures.DOE_REVIEWER, "protected_areas", "a.geojson", geoJson(), Map.of())
			.status()).isEqualTo(201);
		Api.Response otherAgency = Uploads.upload(this.api, Fixtures.DOE_REVIEWER, "forests", "a.geojson", geoJson(),
				Map.of());
		assertThat(otherAgency.status()).isEqualTo(403);
		assertThat(otherAgency.isProblem()).isTrue();
		assertThat(Uploads.upload(this.api, Fixtures.APPLICANT, "protected_areas", "a.geojson", geoJson(), Map.of())
			.status()).isEqualTo(403);
		assertThat(
				Uploads.upload(this.api, Fixtures.GIS_ADMIN, "applications", "a.geojson", geoJson(), Map.of()).status())
			.isEqualTo(409);
	}

	private void checkStored(int sourceSrid) throws Exception {
		List<Map<String, Object>> rows = this.db.sql(
				"SELECT external_id, name, name_fa, ST_Area(geom::geography) AS area FROM feature ORDER BY external_id")
			.query()
			.listOfRows();
		assertThat(rows).hasSize(3);
		for (int i = 0; i < 3; i++) {
			String[] area = AREAS[i];
			assertThat(rows.get(i).get("external_id")).isEqualTo(area[0]);
			assertThat(rows.get(i).get("name")).isEqualTo(area[1]);
			assertThat(rows.get(i).get("name_fa")).isEqualTo(area[2]);
			Geometry source = (sourceSrid == 4326) ? new WKTReader().read(area[3]) : utm40(area[3]);
			double expected = this.db.sql("SELECT ST_Area(ST_Transform(ST_GeomFromText(:wkt, :srid), 4326)::geography)")
				.param("wkt", source.toText())
				.param("srid", sourceSrid)
				.query(Double.class)
				.single();
			assertThat((Double) rows.get(i).get("area")).isCloseTo(expected, within(expected * 1e-6));
		}
	}

	private Geometry projected(String wkt, int srid) throws Exception {
		String projected = this.db.sql("SELECT ST_AsText(ST_Transform(ST_GeomFromText(:wkt, 4326), :srid))")
			.param("wkt", wkt)
			.param("srid", srid)
			.query(String.class)
			.single();
		return new WKTReader().read(projected);
	}

	private Geometry utm40(String wkt) throws Exception {
		String projected = this.db.sql("SELECT ST_AsText(ST_Transform(ST_GeomFromText(:wkt, 4326), 32640))")
			.param("wkt", wkt)
			.query(String.class)
			.single();
		return new WKTReader().read(projected);
	}

	private Api.Response importFile(String name, byte[] content, Map<String, String> parameters) {
		Api.Response response = Uploads.upload(this.api, Fixtures.GIS_ADMIN, "protected_areas", name, content,
				parameters);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response;
	}

	/** A layer's feature count and bbox, as the catalogue gives them. */
	private String catalogued(String layer) {
		for (JsonNode summary : this.api.get("/api/v1/layers", Fixtures.APPLICANT).json()) {
			if (summary.get("id").stringValue().equals(layer)) {
				return summary.get("featureCount").longValue() + " " + summary.get("bbox");
			}
		}
		throw new AssertionError("no layer " + layer);
	}

	private List<String> features(Long version) {
		List<String> ids = new ArrayList<>();
		this.api
			.get("/api/v1/layers/protected_areas/features" + ((version != null) ? "?version=" + version : ""),
					Fixtures.APPLICANT)
			.json()
			.get("features")
			.forEach((f) -> ids.add(f.get("properties").get("externalId").stringValue()));
		return ids;
	}

	private byte[] geoJson(String[]... areas) {
		try {
			Path file = Files.createTempFile(this.folder, "areas", ".geojson");
			try (LayerFileWriter writer = GeoJsonWriter.create(file, "areas", 4326)) {
				for (String[] area : (areas.length > 0) ? areas : AREAS) {
					writer.write(attributes(area), new WKTReader().read(area[3]));
				}
			}
			return Files.readAllBytes(file);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static LayerFileWriter writer(Path file, int srid) {
		String name = file.getFileName().toString();
		if (name.endsWith(".zip")) {
			return ShapefileWriter.create(file, "areas", srid, fields());
		}
		return name.endsWith(".gpkg") ? GeoPackageWriter.create(file, "areas", srid, fields())
				: GeoJsonWriter.create(file, "areas", srid);
	}

	private static List<AttributeField> fields() {
		return List.of(AttributeField.text("id", 20), AttributeField.text("name", 100),
				AttributeField.text("name_fa", 200));
	}

	private static Map<String, Object> attributes(String[] area) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("id", area[0]);
		attributes.put("name", area[1]);
		attributes.put("name_fa", area[2]);
		return attributes;
	}

	private long count(String table) {
		return new Fixtures(this.db).count(table);
	}

}
