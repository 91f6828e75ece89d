package ir.cadastre.sample.national;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ir.cadastre.layerfile.AttributeField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

import static org.assertj.core.api.Assertions.assertThat;

class LayerOutputTests {

	private static final List<AttributeField> FIELDS = List.of(AttributeField.text("id", 8),
			AttributeField.text(Defect.ATTRIBUTE, 20));

	@TempDir
	Path dir;

	@Test
	void aFinishedLayerIsInEveryFormat() throws Exception {
		LayerSummary summary;
		try (LayerOutput output = dataset().open("squares", FIELDS, 1)) {
			output.write(Map.of("id", "SQ-1", Defect.ATTRIBUTE, "spike"), square());
			summary = output.finish();
		}
		assertThat(summary.features()).isOne();
		assertThat(summary.vertices()).isEqualTo(5);
		assertThat(summary.defects()).isOne();
		assertThat(summary.bytes()).containsOnlyKeys(OutputFormat.values()).allSatisfy((format, bytes) -> {
			assertThat(format.file(this.dir, "squares")).hasSize(bytes);
		});
	}

	@Test
	void aLayerLeftUnfinishedLeavesNoFile() throws Exception {
		try (LayerOutput output = dataset().open("squares", FIELDS, 2)) {
			output.write(Map.of("id", "SQ-1"), square());
		}
		assertThat(this.dir).isEmptyDirectory();
	}

	private Dataset dataset() {
		GeneratorOptions options = GeneratorOptions.parse("--out", this.dir.toString());
		return new Dataset(options, null, new GeometryFactory());
	}

	private static Geometry square() throws Exception {
		return new WKTReader().read("POLYGON ((51 30, 51.01 30, 51.01 30.01, 51 30.01, 51 30))");
	}

}
