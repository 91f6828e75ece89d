package ir.cadastre.layerfile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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

	@Test
	void anUnclosedRingIsRefusedAsTheOtherFormatsRefuseIt() throws Exception {
		Path copy = withGeometries("unclosed.gpkg", polygon(0, 0, 1000, 0, 1000, 1000, 0, 1000),
				polygon(0, 0, 1000, 0, 0, 1000));
		try (LayerFile file = LayerFiles.open(copy, "unclosed.gpkg", null)) {
			List<SourceFeature> features = Fixtures.readAll(file);
			assertThat(features.get(0).geometry()).isNull();
			assertThat(features.get(0).geometryFault()).asString()
				.isEqualTo("ring 1 is not closed: its last point differs from its first");
			assertThat(features.get(1).geometry()).isNull();
			assertThat(features.get(1).geometryFault()).asString()
				.isEqualTo("ring 1 has 3 points; a ring needs at least 4");
		}
	}

	@Test
	void anUnclosedRingIsFoundInEveryFlavourOfWkb() throws Exception {
		// ISO PolygonZ (1003) whose shell is closed and whose hole is not, inside a
		// MultiPolygon; and PostGIS's extended WKB of a polygon, with its SRID.
		ByteBuffer iso = ByteBuffer.allocate(8 + 9 + 9 + 4 + 5 * 24 + 4 + 4 * 24).order(ByteOrder.LITTLE_ENDIAN);
		iso.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 1).putInt(32639);
		iso.put((byte) 1).putInt(1006).putInt(1).put((byte) 1).putInt(1003).putInt(2);
		iso.putInt(5);
		for (double[] xyz : new double[][] { { 0, 0, 1 }, { 900, 0, 1 }, { 900, 900, 1 }, { 0, 900, 1 },
				{ 0, 0, 1 } }) {
			iso.putDouble(xyz[0]).putDouble(xyz[1]).putDouble(xyz[2]);
		}
		iso.putInt(4);
		for (double[] xyz : new double[][] { { 100, 100, 1 }, { 100, 200, 1 }, { 200, 200, 1 }, { 200, 100, 1 } }) {
			iso.putDouble(xyz[0]).putDouble(xyz[1]).putDouble(xyz[2]);
		}
		ByteBuffer ewkb = ByteBuffer.allocate(8 + 13 + 4 + 4 * 16).order(ByteOrder.LITTLE_ENDIAN);
		ewkb.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 1).putInt(32639);
		ewkb.put((byte) 1).putInt(0x2000_0003).putInt(32639).putInt(1).putInt(4);
		for (double ordinate : new double[] { 0, 0, 900, 0, 900, 900, 0, 900 }) {
			ewkb.putDouble(ordinate);
		}
		Path copy = withGeometries("flavours.gpkg", iso.array(), ewkb.array());
		try (LayerFile file = LayerFiles.open(copy, "flavours.gpkg", null)) {
			List<SourceFeature> features = Fixtures.readAll(file);
			assertThat(features).extracting((feature) -> String.valueOf(feature.geometryFault()))
				.containsExactly("ring 2 is not closed: its last point differs from its first",
						"ring 1 is not closed: its last point differs from its first");
		}
	}

	@Test
	void aCoordinateThatIsNotANumberIsSaidSo() throws Exception {
		Path copy = withGeometries("nan.gpkg", polygon(0, 0, 1000, 0, 1000, Double.NaN, 0, 1000, 0, 0),
				polygon(0, 0, 1000, 0, 1000, 1000, 0, 1000, 0, 0));
		try (LayerFile file = LayerFiles.open(copy, "nan.gpkg", null)) {
			List<SourceFeature> features = Fixtures.readAll(file);
			assertThat(features.get(0).geometry()).isNull();
			assertThat(features.get(0).geometryFault()).asString()
				.isEqualTo("ring 1 has a coordinate that is not a number (NaN) at its point 3");
			assertThat(features.get(1).geometry()).isInstanceOf(Polygon.class);
		}
	}

	@Test
	void aValueClaimingAHugeLengthIsRefusedQuicklyWithoutBeingBuilt() throws Exception {
		// A few kilobytes that make SQLite build a 900 MB value when the SRS is read: a
		// generated column is evaluated for each row read, and zeroblob and printf are
		// harmless enough for an untrusted schema.
		for (String value : List.of("zeroblob(900000000)", "printf('%.*c', 900000000, 'x')")) {
			Path copy = Files.copy(GDAL, this.dir.resolve("huge-" + value.length() + ".gpkg"));
			try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy);
					Statement statement = db.createStatement()) {
				statement.execute("ALTER TABLE gpkg_spatial_ref_sys RENAME TO srs_before");
				statement.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, "
						+ "organization TEXT, organization_coordsys_id INTEGER, description TEXT, "
						+ "definition TEXT GENERATED ALWAYS AS (" + value + ") VIRTUAL)");
				statement.execute("INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
						+ "organization_coordsys_id) SELECT srs_name, srs_id, organization, organization_coordsys_id "
						+ "FROM srs_before");
				statement.execute("DROP TABLE srs_before");
			}
			assertThat(Files.size(copy)).isLessThan(200_000);
			assertTimeoutPreemptively(Duration.ofSeconds(10),
					() -> assertThatThrownBy(() -> LayerFiles.open(copy, "huge.gpkg", null))
						.isInstanceOf(LayerFileException.class)
						.hasMessage("The GeoPackage holds a value larger than 64 MB, which no layer needs; "
								+ "it is refused unread."));
		}
	}

	/** A copy of the GDAL GeoPackage whose first table's geometries are these blobs. */
	private Path withGeometries(String name, byte[] first, byte[] second) throws Exception {
		Path copy = Files.copy(GDAL, this.dir.resolve(name));
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy);
				PreparedStatement update = db.prepareStatement("UPDATE protected_areas SET geom = ? WHERE fid = ?")) {
			update.setBytes(1, first);
			update.setInt(2, 1);
			update.executeUpdate();
			update.setBytes(1, second);
			update.setInt(2, 2);
			update.executeUpdate();
		}
		return copy;
	}

	/**
	 * GeoPackage binary of a polygon of one ring, its points as given (closed or not), in
	 * srs 32639, written by hand since JTS builds closed rings only.
	 */
	private static byte[] polygon(double... xy) {
		ByteBuffer blob = ByteBuffer.allocate(8 + 13 + 8 * xy.length).order(ByteOrder.LITTLE_ENDIAN);
		blob.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 1).putInt(32639);
		blob.put((byte) 1).putInt(3).putInt(1).putInt(xy.length / 2);
		for (double ordinate : xy) {
			blob.putDouble(ordinate);
		}
		return blob.array();
	}

}
