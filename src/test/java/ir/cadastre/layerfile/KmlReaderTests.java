package ir.cadastre.layerfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

import static org.assertj.core.api.Assertions.assertThat;

class KmlReaderTests {

	private static final Path KML = Path.of("src/test/resources/layerfile/protected-areas.kml");

	@TempDir
	Path dir;

	@Test
	void placemarksInFoldersAreFeatures() {
		try (LayerFile file = LayerFiles.open(KML, "protected-areas.kml", null)) {
			assertThat(file.format()).isEqualTo(LayerFormat.KML);
			assertThat(file.srid()).isEqualTo(4326);
			assertThat(file.layerName()).isEqualTo("مناطق حفاظت شده");
			checkFeatures(Fixtures.readAll(file));
		}
	}

	@Test
	void attributeNamesAreNameDescriptionAndExtendedData() {
		try (LayerFile file = LayerFiles.open(KML, "protected-areas.kml", null)) {
			assertThat(file.attributeNames()).containsExactly("name", "description", "code", "agency", "ranger_post");
		}
	}

	@Test
	void kmzHoldsTheSameDocument() throws IOException {
		Path kmz = ShapefileParts.zip(this.dir.resolve("areas.kmz"),
				Map.of("doc.kml", Files.readAllBytes(KML), "files/icon.png", new byte[] { 1 }));
		try (LayerFile file = LayerFiles.open(kmz, "areas.kmz", null)) {
			assertThat(file.format()).isEqualTo(LayerFormat.KML);
			checkFeatures(Fixtures.readAll(file));
		}
	}

	private static void checkFeatures(List<SourceFeature> features) {
		assertThat(features).extracting((feature) -> feature.attributes().get("name"))
			.containsExactly(Fixtures.DENA, Fixtures.GOLESTAN, "Ranger station", "Unclosed", "River", "No geometry");

		SourceFeature dena = features.get(0);
		assertThat(dena.attributes()).containsEntry("code", "101")
			.containsEntry("agency", "doe")
			.containsEntry("description", "<b>Dena</b> protected area, Kohgiluyeh & Boyer-Ahmad");
		Fixtures.assertSameArea(dena.geometry(), Fixtures.protectedAreas().get(0).geometry());
		assertThat(dena.geometry().getSRID()).isEqualTo(4326);

		SourceFeature golestan = features.get(1);
		assertThat(golestan.attributes()).containsEntry("code", "102").containsEntry("ranger_post", "Tang-e Gol");
		assertThat(golestan.geometry()).isInstanceOf(MultiPolygon.class);
		Fixtures.assertSameArea(golestan.geometry(), Fixtures.protectedAreas().get(1).geometry());

		assertThat(features.get(2).geometry()).isInstanceOf(Point.class);
		assertThat(features.get(2).geometry().getCoordinate().x).isEqualTo(51.25);
		assertThat(features.get(3).geometry()).isNull();
		assertThat(features.get(3).geometryFault()).asString().contains("not closed");
		assertThat(features.get(4).geometry()).isInstanceOf(LineString.class);
		assertThat(features.get(5).geometry()).isNull();
		assertThat(features.get(5).geometryFault()).isNull();
		assertThat(features).extracting(SourceFeature::number).containsExactly(1, 2, 3, 4, 5, 6);
	}

}
