package ir.cadastre.layerfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShapefileWriterTests {

	@TempDir
	Path dir;

	@Test
	void persianNamesHolesAndPartsSurviveARoundTrip() {
		Path zip = this.dir.resolve("protected.zip");
		List<Fixtures.Feature> written = Fixtures.protectedAreas();
		Fixtures.writeAll(ShapefileWriter.create(zip, "protected_areas", 4326, Fixtures.FIELDS), written);

		try (LayerFile file = LayerFiles.open(zip, "protected.zip", null)) {
			assertThat(file.format()).isEqualTo(LayerFormat.SHAPEFILE);
			assertThat(file.srid()).isEqualTo(4326);
			assertThat(file.layerName()).isEqualTo("protected_areas");
			assertThat(file.attributeNames()).containsExactly("name", "code", "area_ha");
			List<SourceFeature> read = Fixtures.readAll(file);
			assertThat(read).hasSize(written.size());
			for (int i = 0; i < read.size(); i++) {
				assertThat(read.get(i).number()).isEqualTo(i + 1);
				assertThat(read.get(i).attributes()).isEqualTo(written.get(i).attributes());
				Fixtures.assertSameArea(read.get(i).geometry(), written.get(i).geometry());
				assertThat(read.get(i).geometry().getSRID()).isEqualTo(4326);
			}
		}
	}

	@Test
	void zipHoldsTheFiveParts() throws IOException {
		Path zip = this.dir.resolve("parcels.zip");
		Fixtures.writeAll(ShapefileWriter.create(zip, "parcels", 4326, Fixtures.FIELDS), Fixtures.protectedAreas());
		try (ZipFile file = new ZipFile(zip.toFile())) {
			assertThat(Collections.list(file.entries())).extracting((entry) -> entry.getName())
				.containsExactly("parcels.shp", "parcels.shx", "parcels.dbf", "parcels.prj", "parcels.cpg");
		}
		try (Stream<Path> files = Files.list(this.dir)) {
			assertThat(files.toList()).as("no scratch folder is left").containsExactly(zip);
		}
	}

	@Test
	void utmZone39IsRecognisedFromThePrj() {
		Path zip = this.dir.resolve("utm.zip");
		List<Fixtures.Feature> written = Fixtures.protectedAreasUtm39();
		Fixtures.writeAll(ShapefileWriter.create(zip, "utm", 32639, Fixtures.FIELDS), written);
		try (LayerFile file = LayerFiles.open(zip, "utm.zip", null)) {
			assertThat(file.srid()).isEqualTo(32639);
			List<SourceFeature> read = Fixtures.readAll(file);
			Fixtures.assertSameArea(read.get(1).geometry(), written.get(1).geometry());
		}
	}

	@Test
	void shellsAreWrittenClockwiseAndHolesCounterClockwise() {
		Path zip = this.dir.resolve("winding.zip");
		// RFC 7946 winding (counter-clockwise shell), the opposite of the Shapefile's.
		Fixtures.writeAll(ShapefileWriter.create(zip, "winding", 4326, Fixtures.FIELDS), List
			.of(Fixtures.feature("x", 1L, 1.0, "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))")));
		try (LayerFile file = LayerFiles.open(zip, "winding.zip", null)) {
			Polygon polygon = (Polygon) Fixtures.readAll(file).get(0).geometry();
			assertThat(Orientation.isCCW(polygon.getExteriorRing().getCoordinates())).isFalse();
			assertThat(Orientation.isCCW(polygon.getInteriorRingN(0).getCoordinates())).isTrue();
		}
	}

	@Test
	void fieldNamesLongerThanTenCharactersAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ShapefileWriter.create(this.dir.resolve("x.zip"), "x", 4326,
					List.of(AttributeField.text("protected_area_name"))))
			.withMessageContaining("1–10 ASCII");
	}

	@Test
	void textWiderThanItsFieldIsRefusedAndTheWriterGoesOn() {
		Path zip = this.dir.resolve("wide.zip");
		try (ShapefileWriter writer = ShapefileWriter.create(zip, "wide", 4326,
				List.of(AttributeField.text("name", 10)))) {
			assertThatIllegalArgumentException()
				.isThrownBy(
						() -> writer.write(Map.of("name", Fixtures.DENA), Fixtures.protectedAreas().get(0).geometry()))
				.withMessageContaining("holds 10");
			writer.write(Map.of("name", "دنا"), Fixtures.protectedAreas().get(0).geometry());
		}
		try (LayerFile file = LayerFiles.open(zip, "wide.zip", null)) {
			assertThat(Fixtures.readAll(file)).singleElement()
				.satisfies((feature) -> assertThat(feature.attributes()).containsEntry("name", "دنا"));
		}
	}

	@Test
	void theSizeLimitFailsClearlyAndLeavesNoZip() {
		Path zip = this.dir.resolve("big.zip");
		ShapefileWriter writer = ShapefileWriter.create(zip, "big", 4326, Fixtures.FIELDS, 600);
		writer.write(Map.of("name", "a"), Fixtures.protectedAreas().get(0).geometry());
		assertThatThrownBy(() -> {
			for (int i = 0; i < 10; i++) {
				writer.write(Map.of("name", "a"), Fixtures.protectedAreas().get(0).geometry());
			}
		}).isInstanceOf(LayerFileException.class)
			.hasMessageContaining("2 GB limit at feature")
			.hasMessageContaining("GeoPackage");
		writer.close();
		assertThat(zip).doesNotExist();
	}

	@Test
	void pointsAreRefused() {
		try (ShapefileWriter writer = ShapefileWriter.create(this.dir.resolve("p.zip"), "p", 4326, Fixtures.FIELDS)) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> writer.write(Map.of(), Fixtures.geometry("POINT (51 30)")))
				.withMessageContaining("Point");
		}
	}

}
