package ir.cadastre.layer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.layerfile.AttributeField;
import ir.cadastre.layerfile.GeoPackageWriter;
import ir.cadastre.layerfile.LayerFileWriter;
import ir.cadastre.layerfile.ShapefileWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Malformed and hostile files, sent to every endpoint that reads a layer file: GIS
 * staff's imports and an applicant's boundary file. Each is a clear 4xx (or a report that
 * refuses the feature), never a 5xx, and a refusal changes nothing.
 */
@CadastreTest
class HostileFileTests extends ApiTest {

	private static final String SQUARE = "POLYGON((54.0 31.0, 54.2 31.0, 54.2 31.2, 54.0 31.2, 54.0 31.0))";

	@TempDir
	Path folder;

	private long auditEvents;

	@BeforeEach
	void countTheAuditTrail() {
		this.auditEvents = this.fixtures.count("audit_event");
	}

	@Test
	void aPrjNestedThousandsDeepIsUnreadableNotAFailure() throws Exception {
		byte[] zip = Zips.replacing(shapefile(), ".prj", "PROJCS[".repeat(50_000) + "]".repeat(50_000));
		checkRefused(importFile("deep.zip", zip), 422, "not a readable coordinate system");
		checkRefused(areaFile("deep.zip", zip), 422, "not a readable coordinate system");
	}

	@Test
	void aKmlMultiGeometryNestedThousandsDeepIsARefusedFeature() {
		String polygon = "<Polygon><outerBoundaryIs><LinearRing><coordinates>54.0,31.0 54.2,31.0 54.2,31.2 "
				+ "54.0,31.2 54.0,31.0</coordinates></LinearRing></outerBoundaryIs></Polygon>";
		byte[] kml = ("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark>"
				+ "<MultiGeometry>".repeat(20_000) + polygon + "</MultiGeometry>".repeat(20_000)
				+ "</Placemark><Placemark><name>PA-2</name>" + polygon + "</Placemark></Document></kml>")
			.getBytes(StandardCharsets.UTF_8);
		Api.Response imported = importFile("deep.kml", kml);
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		assertThat(imported.json().get("imported").intValue()).isEqualTo(1);
		assertThat(imported.json().get("rejections").get(0).get("reason").stringValue())
			.isEqualTo("the geometry nests more than 16 levels deep");
		this.fixtures.noFeatures();
		this.auditEvents = this.fixtures.count("audit_event");
		checkRefused(areaFile("deep.kml", kml), 422,
				"Feature 1 of the file: the geometry nests more than 16 levels deep");
	}

	@Test
	void aGeoPackageBlobNestingCollectionsThousandsDeepIsARefusedFeature() throws Exception {
		ByteBuffer wkb = ByteBuffer.allocate(8 + 9 * 50_000 + 9).order(ByteOrder.LITTLE_ENDIAN);
		wkb.put(new byte[] { 'G', 'P', 0, 1 }).putInt(4326);
		for (int i = 0; i < 50_000; i++) {
			wkb.put((byte) 1).putInt(7).putInt(1);
		}
		wkb.put((byte) 1).putInt(7).putInt(0);
		byte[] gpkg = geoPackage(wkb.array());
		Api.Response imported = importFile("deep.gpkg", gpkg);
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		assertThat(imported.json().get("imported").intValue()).isZero();
		assertThat(imported.json().get("rejections").get(0).get("reason").stringValue())
			.isEqualTo("the geometry nests collections too deeply to be read");
		this.fixtures.noFeatures();
		this.auditEvents = this.fixtures.count("audit_event");
		checkRefused(areaFile("deep.gpkg", gpkg), 422, "the geometry nests collections too deeply to be read");
	}

	@Test
	void aCoordinateNearTheLargestDoubleIsRefusedAsNotLonLat() {
		byte[] file = """
				{"type": "FeatureCollection", "features": [
				 {"type": "Feature", "properties": {"id": "far"}, "geometry": {"type": "Polygon",
				  "coordinates": [[[1e308, 31], [54.2, 31], [54.2, 31.2], [1e308, 31]]]}},
				 {"type": "Feature", "properties": {"id": "ok"}, "geometry": {"type": "Polygon",
				  "coordinates": [[[54, 31], [54.2, 31], [54.2, 31.2], [54, 31.2], [54, 31]]]}}]}"""
			.getBytes(StandardCharsets.UTF_8);
		Api.Response imported = importFile("far.geojson", file);
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		assertThat(imported.json().get("imported").intValue()).isEqualTo(1);
		assertThat(imported.json().get("rejections").get(0).get("reason").stringValue())
			.isEqualTo("coordinates are not in EPSG:4326");
	}

	@Test
	void aGeoPackageWhoseFeatureTableIsAnEndlessViewIsRefusedAtOnce() throws Exception {
		byte[] gpkg = geoPackage(null,
				"CREATE VIEW endless AS WITH RECURSIVE n(i) AS "
						+ "(SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i AS fid, NULL AS geom, 'x' AS id FROM n",
				"UPDATE gpkg_contents SET table_name = 'endless'",
				"UPDATE gpkg_geometry_columns SET table_name = 'endless'");
		String detail = "The GeoPackage's endless is a view or a virtual table, not a table";
		checkRefused(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> importFile("endless.gpkg", gpkg)), 422,
				detail);
		checkRefused(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> areaFile("endless.gpkg", gpkg)), 422,
				detail);
	}

	private byte[] geoPackage(byte[] blob, String... statements) throws Exception {
		Path file = this.folder.resolve("good.gpkg");
		try (LayerFileWriter writer = GeoPackageWriter.create(file, "good", 4326,
				List.of(AttributeField.text("id", 20)))) {
			writer.write(Map.of("id", "PA-1"), new WKTReader().read(SQUARE));
		}
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
				PreparedStatement update = db.prepareStatement("UPDATE good SET geom = ?");
				Statement statement = db.createStatement()) {
			if (blob != null) {
				update.setBytes(1, blob);
				update.executeUpdate();
			}
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		return Files.readAllBytes(file);
	}

	private Api.Response importFile(String name, byte[] content) {
		return Uploads.upload(this.api, Fixtures.GIS_ADMIN, "protected_areas", name, content, Map.of());
	}

	private Api.Response areaFile(String name, byte[] content) {
		return this.api.send(Uploads.form(this.api, Fixtures.APPLICANT, "/api/v1/areas", name, content, Map.of()));
	}

	/**
	 * Checks the refusal, and that the layers, their versions and the audit trail stand.
	 */
	private void checkRefused(Api.Response response, int status, String detail) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.isProblem()).as(response.toString()).isTrue();
		assertThat(response.json().get("detail").stringValue()).contains(detail);
		assertThat(this.fixtures.count("feature")).isZero();
		assertThat(this.fixtures.count("layer_version")).isZero();
		assertThat(this.fixtures.count("audit_event")).isEqualTo(this.auditEvents);
	}

	private byte[] shapefile() throws Exception {
		Path file = this.folder.resolve("good.zip");
		try (LayerFileWriter writer = ShapefileWriter.create(file, "good", 4326,
				List.of(AttributeField.text("id", 20)))) {
			writer.write(Map.of("id", "PA-1"), new WKTReader().read(SQUARE));
		}
		return Files.readAllBytes(file);
	}

}
