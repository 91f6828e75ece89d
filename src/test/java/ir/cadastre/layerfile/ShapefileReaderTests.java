package ir.cadastre.layerfile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import static ir.cadastre.layerfile.ShapefileParts.ring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ShapefileReaderTests {

	private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

	// Clockwise outer rings and counter-clockwise holes, as the format wants.
	private static final double[] SHELL_A = { 0, 0, 0, 10, 10, 10, 10, 0, 0, 0 };

	private static final double[] HOLE_A = { 2, 2, 4, 2, 4, 4, 2, 4, 2, 2 };

	private static final double[] SHELL_B = { 20, 0, 20, 10, 30, 10, 30, 0, 20, 0 };

	private static final double[] HOLE_B = { 22, 2, 24, 2, 24, 4, 22, 4, 22, 2 };

	@TempDir
	Path dir;

	@Test
	void gdalShapefileInWindows1256AndUtm39() {
		Path zip = Path.of("src/test/resources/layerfile/gdal-cp1256-utm39.zip");
		try (LayerFile file = LayerFiles.open(zip, "dena.zip", null)) {
			assertThat(file.srid()).isEqualTo(32639);
			assertThat(file.attributeNames()).containsExactly("name", "code", "area", "establishe");
			List<SourceFeature> features = Fixtures.readAll(file);
			assertThat(features).hasSize(2);
			assertThat(features.get(0).attributes()).containsEntry("name", Fixtures.DENA)
				.containsEntry("code", 101L)
				.containsEntry("area", 93659.25)
				.containsEntry("establishe", LocalDate.of(1976, 1, 1));
			assertThat(features.get(0).geometry()).isInstanceOf(Polygon.class);
			assertThat(((Polygon) features.get(0).geometry()).getNumInteriorRing()).isOne();
			assertThat(features.get(1).geometry()).isInstanceOf(MultiPolygon.class);
			assertThat(features.get(1).geometry().getNumGeometries()).isEqualTo(2);
			assertThat(features.get(1).attributes().get("establishe")).isNull();
		}
	}

	@Test
	void cpg1256KeepsPersianText() {
		assertThat(nameReadBack(ShapefileParts.dbf(WINDOWS_1256, Fixtures.DENA), "1256")).isEqualTo(Fixtures.DENA);
		assertThat(nameReadBack(ShapefileParts.dbf(WINDOWS_1256, "کوه گچ"), "ANSI 1256")).isEqualTo("کوه گچ");
		assertThat(nameReadBack(ShapefileParts.dbf(WINDOWS_1256, Fixtures.DENA), "windows-1256"))
			.isEqualTo(Fixtures.DENA);
	}

	@Test
	void cpgNamesOtherEncodings() {
		assertThat(nameReadBack(ShapefileParts.dbf(StandardCharsets.ISO_8859_1, "Café"), "ISO-8859-1"))
			.isEqualTo("Café");
		assertThat(nameReadBack(ShapefileParts.dbf(StandardCharsets.UTF_8, Fixtures.GOLESTAN), "UTF-8"))
			.isEqualTo(Fixtures.GOLESTAN);
	}

	@Test
	void withoutCpgValidUtf8IsUtf8AndAnythingElseIsWindows1256() {
		assertThat(nameReadBack(ShapefileParts.dbf(StandardCharsets.UTF_8, Fixtures.GOLESTAN), null))
			.isEqualTo(Fixtures.GOLESTAN);
		assertThat(nameReadBack(ShapefileParts.dbf(WINDOWS_1256, Fixtures.DENA), null)).isEqualTo(Fixtures.DENA);
	}

	@Test
	void holesGoToTheShellThatContainsThemWhateverTheirOrder() {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(SHELL_A), ring(SHELL_B), ring(HOLE_B), ring(HOLE_A));
		SourceFeature feature = single(shapes);
		Fixtures.assertSameArea(feature.geometry(),
				Fixtures.geometry("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2)),"
						+ " ((20 0, 30 0, 30 10, 20 10, 20 0), (22 2, 24 2, 24 4, 22 4, 22 2)))"));
	}

	@Test
	void anIslandInAHoleIsAPolygonOfItsOwn() {
		double[] island = { 2.5, 2.5, 2.5, 3.5, 3.5, 3.5, 3.5, 2.5, 2.5, 2.5 };
		SourceFeature feature = single(new ShapefileParts().parts(5, ring(SHELL_A), ring(HOLE_A), ring(island)));
		assertThat(feature.geometry()).isInstanceOf(MultiPolygon.class);
		assertThat(feature.geometry().getArea()).isEqualTo(100 - 4 + 1);
	}

	@Test
	void ringsAllCounterClockwiseAreAllShells() {
		SourceFeature feature = single(new ShapefileParts().parts(5, ring(HOLE_A), ring(HOLE_B)));
		assertThat(feature.geometry()).isInstanceOf(MultiPolygon.class);
		assertThat(feature.geometry().getNumGeometries()).isEqualTo(2);
	}

	@Test
	void aHoleOutsideEveryShellStandsAsAShell() {
		SourceFeature feature = single(new ShapefileParts().parts(5, ring(SHELL_A), ring(HOLE_B)));
		assertThat(feature.geometry().getNumGeometries()).isEqualTo(2);
		assertThat(feature.geometry().getArea()).isEqualTo(104);
	}

	@Test
	void aZeroAreaRingIsDeliveredForTheImporterToJudge() {
		SourceFeature feature = single(new ShapefileParts().parts(5, ring(0, 0, 1, 1, 2, 2, 0, 0)));
		assertThat(feature.geometryFault()).isNull();
		assertThat(feature.geometry()).isInstanceOf(Polygon.class);
		assertThat(feature.geometry().isValid()).isFalse();
	}

	@Test
	void persianEntryNamesInTheWindowsCodePageAreRead() throws Exception {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(SHELL_A));
		Path zip = this.dir.resolve("fa.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), WINDOWS_1256)) {
			for (Map.Entry<String, byte[]> part : ShapefileParts
				.named("جنگل", shapes.shp(), shapes.shx(), ShapefileParts.dbf(StandardCharsets.UTF_8, "x"),
						ShapefileParts.WGS84_PRJ)
				.entrySet()) {
				out.putNextEntry(new ZipEntry(part.getKey()));
				out.write(part.getValue());
				out.closeEntry();
			}
		}
		try (LayerFile file = LayerFiles.open(zip, "fa.zip", null)) {
			assertThat(file.layerName()).isEqualTo("جنگل");
			assertThat(Fixtures.readAll(file)).hasSize(1);
		}
	}

	@Test
	void pointsLinesAndNullShapesArriveAsTheyAre() {
		ShapefileParts shapes = new ShapefileParts().point(51, 30)
			.parts(3, ring(0, 0, 1, 1, 2, 0))
			.nullShape()
			.parts(5);
		List<SourceFeature> features = read(shapes, "a", "b", "c", "d");
		assertThat(features.get(0).geometry()).isInstanceOf(Point.class);
		assertThat(features.get(1).geometry()).isInstanceOf(LineString.class);
		assertThat(features.get(2).geometry()).isNull();
		assertThat(features.get(2).geometryFault()).isNull();
		assertThat(features.get(3).geometry().isEmpty()).isTrue();
		assertThat(features).extracting((feature) -> feature.attributes().get("name"))
			.containsExactly("a", "b", "c", "d");
	}

	@Test
	void anUnclosedRingIsAFaultAndReadingGoesOn() {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(0, 0, 0, 10, 10, 10, 10, 0))
			.parts(5, ring(0, 0, 0, 1, 1, 1))
			.parts(5, ring(SHELL_A));
		List<SourceFeature> features = read(shapes, "a", "b", "c");
		assertThat(features.get(0).geometry()).isNull();
		assertThat(features.get(0).geometryFault()).asString().contains("not closed");
		assertThat(features.get(1).geometryFault()).asString().contains("at least 4");
		assertThat(features.get(2).geometry()).isInstanceOf(Polygon.class);
		assertThat(features.get(2).attributes()).containsEntry("name", "c");
	}

	@Test
	void aCoordinateThatIsNotANumberIsSaidSoNotAnUnclosedRing() {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(0, 0, 0, 10, 10, 10, 10, Double.NaN, 0, 0))
			.parts(5, ring(Double.NaN, 0, 0, 10, 10, 10, 10, 0, Double.NaN, 0))
			.parts(5, ring(SHELL_A));
		List<SourceFeature> features = read(shapes, "a", "b", "c");
		assertThat(features.get(0).geometry()).isNull();
		assertThat(features.get(0).geometryFault()).asString()
			.isEqualTo("ring 1 has a coordinate that is not a number (NaN) at its point 4");
		assertThat(features.get(1).geometryFault()).asString()
			.isEqualTo("ring 1 has a coordinate that is not a number (NaN) at its point 1");
		assertThat(features.get(2).geometry()).isInstanceOf(Polygon.class);
	}

	@Test
	void polygonZKeepsItsHeights() {
		Coordinate[] ring = ring(SHELL_A);
		for (int i = 0; i < ring.length; i++) {
			ring[i].setZ(1000 + i);
		}
		SourceFeature feature = single(new ShapefileParts().shapeType(15).polygonZ(ring));
		assertThat(feature.geometry().getCoordinates()[1].getZ()).isEqualTo(1001);
	}

	@Test
	void deletedRecordsAreSkippedAndTheOthersKeepTheirNumbers() {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(SHELL_A))
			.parts(5, ring(SHELL_B))
			.parts(5, ring(SHELL_A));
		byte[] dbf = ShapefileParts.dbf(StandardCharsets.UTF_8, "a", "b", "c");
		int headerLength = (dbf[8] & 0xFF) | (dbf[9] & 0xFF) << 8;
		int recordLength = (dbf[10] & 0xFF) | (dbf[11] & 0xFF) << 8;
		dbf[headerLength + recordLength] = '*';
		Path zip = ShapefileParts.zip(this.dir.resolve("deleted.zip"),
				ShapefileParts.named("deleted", shapes.shp(), shapes.shx(), dbf, ShapefileParts.WGS84_PRJ));
		try (LayerFile file = LayerFiles.open(zip, "deleted.zip", null)) {
			assertThat(Fixtures.readAll(file))
				.extracting(SourceFeature::number, (feature) -> feature.attributes().get("name"))
				.containsExactly(tuple(1, "a"), tuple(3, "c"));
		}
	}

	@Test
	void theNamedShapefileIsChosenAndFoldersAndMacLitterAreIgnored() {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(SHELL_A));
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("__MACOSX/layers/._roads.shp", new byte[] { 1, 2, 3 });
		entries.putAll(ShapefileParts.named("layers/roads", shapes.shp(), shapes.shx(),
				ShapefileParts.dbf(StandardCharsets.UTF_8, "road"), ShapefileParts.WGS84_PRJ));
		entries.putAll(ShapefileParts.named("layers/Forests", shapes.shp(), shapes.shx(),
				ShapefileParts.dbf(StandardCharsets.UTF_8, "forest"), ShapefileParts.WGS84_PRJ));
		Path zip = ShapefileParts.zip(this.dir.resolve("two.zip"), entries);
		try (LayerFile file = LayerFiles.open(zip, "two.zip", null, "forests")) {
			assertThat(file.layerName()).isEqualTo("Forests");
			assertThat(Fixtures.readAll(file).get(0).attributes()).containsEntry("name", "forest");
		}
		try (LayerFile file = LayerFiles.open(zip, "two.zip", null)) {
			assertThat(file.layerName()).isEqualTo("roads");
		}
	}

	@Test
	void entryNamesThatClimbOutOfTheFolderAreOnlyNames() throws Exception {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(SHELL_A));
		Path zip = ShapefileParts.zip(this.dir.resolve("slip.zip"), ShapefileParts.named("../../escaped/slip",
				shapes.shp(), shapes.shx(), ShapefileParts.dbf(StandardCharsets.UTF_8, "x"), ShapefileParts.WGS84_PRJ));
		try (LayerFile file = LayerFiles.open(zip, "slip.zip", null)) {
			assertThat(Fixtures.readAll(file)).hasSize(1);
		}
		assertThat(this.dir.resolveSibling("escaped")).doesNotExist();
		assertThat(Path.of(System.getProperty("java.io.tmpdir")).resolveSibling("escaped")).doesNotExist();
	}

	@Test
	void theSourceSridStandsInForAMissingPrj() {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(SHELL_A));
		Path zip = ShapefileParts.zip(this.dir.resolve("noprj.zip"), ShapefileParts.named("noprj", shapes.shp(),
				shapes.shx(), ShapefileParts.dbf(StandardCharsets.UTF_8, "x"), null));
		try (LayerFile file = LayerFiles.open(zip, "noprj.zip", 32640)) {
			assertThat(file.srid()).isEqualTo(32640);
			assertThat(Fixtures.readAll(file).get(0).geometry().getSRID()).isEqualTo(32640);
		}
	}

	@Test
	void closingDeletesTheExtractedFiles() {
		Path zip = this.dir.resolve("pa.zip");
		Fixtures.writeAll(ShapefileWriter.create(zip, "pa", 4326, Fixtures.FIELDS), Fixtures.protectedAreas());
		LayerFile file = LayerFiles.open(zip, "pa.zip", null);
		Path scratch = file.scratch();
		assertThat(scratch.resolve("layer.shp")).exists();
		file.features().findFirst();
		file.close();
		assertThat(scratch).doesNotExist();
	}

	private String nameReadBack(byte[] dbf, String cpg) {
		ShapefileParts shapes = new ShapefileParts().parts(5, ring(SHELL_A));
		Map<String, byte[]> parts = ShapefileParts.named("names", shapes.shp(), shapes.shx(), dbf,
				ShapefileParts.WGS84_PRJ);
		if (cpg != null) {
			parts.put("names.cpg", cpg.getBytes(StandardCharsets.US_ASCII));
		}
		Path zip = ShapefileParts.zip(this.dir.resolve("names-" + System.nanoTime() + ".zip"), parts);
		try (LayerFile file = LayerFiles.open(zip, "names.zip", null)) {
			return (String) Fixtures.readAll(file).get(0).attributes().get("name");
		}
	}

	private SourceFeature single(ShapefileParts shapes) {
		return read(shapes, "x").get(0);
	}

	private List<SourceFeature> read(ShapefileParts shapes, String... names) {
		Path zip = ShapefileParts.zip(this.dir.resolve("shapes-" + System.nanoTime() + ".zip"),
				ShapefileParts.named("shapes", shapes.shp(), shapes.shx(),
						ShapefileParts.dbf(StandardCharsets.UTF_8, names), ShapefileParts.WGS84_PRJ));
		try (LayerFile file = LayerFiles.open(zip, "shapes.zip", null)) {
			return Fixtures.readAll(file);
		}
	}

}
