package ir.cadastre.sample.national;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import ir.cadastre.layerfile.LayerFile;
import ir.cadastre.layerfile.LayerFiles;
import ir.cadastre.layerfile.SourceFeature;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;
import org.locationtech.jts.operation.valid.IsValidOp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The benchmark dataset at scale 0.001 (100 licences, about a thousand parcels, one
 * protected area and one forest), written in every format and read back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalDatasetGeneratorTests {

	private static final double SCALE = 0.001;

	private Path dir;

	private List<LayerSummary> summaries;

	private NationalBoundary iran;

	@BeforeAll
	void generate(@TempDir Path dir) {
		this.dir = dir;
		GeneratorOptions options = GeneratorOptions.parse("--out", this.dir.resolve("first").toString(), "--scale",
				Double.toString(SCALE));
		this.summaries = NationalDatasetGenerator.generate(options);
		this.iran = NationalBoundary.read(options.boundary(), new GeometryFactory());
	}

	@Test
	void everyLayerReachesItsScaledCount() {
		assertThat(this.summaries).extracting(LayerSummary::layer)
			.containsExactly("licences", "property_parcels", "protected_areas", "forests");
		assertThat(summary("licences").features()).isEqualTo(100);
		assertThat(summary("property_parcels").features()).isGreaterThanOrEqualTo(1000);
		assertThat(summary("protected_areas").features()).isOne();
		assertThat(summary("forests").features()).isOne();
	}

	@Test
	void everyFormatReadsBackWithTheSameCount() {
		for (LayerSummary summary : this.summaries) {
			assertThat(summary.bytes()).containsOnlyKeys(OutputFormat.values());
			for (OutputFormat format : OutputFormat.values()) {
				assertThat(read(format, summary.layer())).as("%s %s", summary.layer(), format)
					.hasSize((int) summary.features());
			}
		}
	}

	@Test
	void aboutOneFeatureInAHundredIsInvalidAndNamesItsDefect() {
		for (LayerSummary summary : this.summaries) {
			for (OutputFormat format : List.of(OutputFormat.GEOJSON, OutputFormat.GEOPACKAGE)) {
				List<SourceFeature> features = read(format, summary.layer());
				for (SourceFeature feature : features) {
					boolean defective = feature.attributes().get(Defect.ATTRIBUTE) != null;
					assertThat(IsValidOp.isValid(feature.geometry()))
						.as("%s %s %s", format, feature.attributes().get("id"), feature.attributes().get("defect"))
						.isEqualTo(!defective);
				}
				assertThat(defects(features)).hasSize((int) summary.defects())
					.hasSizeLessThanOrEqualTo(features.size() / 100 + 1);
			}
		}
		assertThat(summary("licences").defects()).isOne();
		assertThat(summary("property_parcels").defects()).isGreaterThanOrEqualTo(10);
		assertThat(defects(read(OutputFormat.GEOJSON, "property_parcels")))
			.extracting((f) -> f.attributes().get("defect"))
			.containsAll(Arrays.stream(Defect.values()).map(Defect::code).toList());
	}

	@Test
	void aShapefileKeepsEveryDefectButAStrayHoleWhichReadsAsAPartOfItsOwn() {
		for (SourceFeature feature : defects(read(OutputFormat.SHAPEFILE, "property_parcels"))) {
			boolean strayHole = Defect.HOLE_OUTSIDE_SHELL.code().equals(feature.attributes().get("defect"));
			assertThat(IsValidOp.isValid(feature.geometry())).as("%s", feature.attributes()).isEqualTo(strayHole);
		}
	}

	@Test
	void everyFeatureLiesInsideIran() {
		for (LayerSummary summary : this.summaries) {
			for (SourceFeature feature : read(OutputFormat.GEOJSON, summary.layer())) {
				Geometry geometry = feature.geometry();
				if (IsValidOp.isValid(geometry)) {
					assertThat(this.iran.covers(geometry)).as("%s", feature.attributes().get("id")).isTrue();
				}
				for (Coordinate position : geometry.getCoordinates()) {
					assertThat(this.iran.covers(geometry.getFactory().createPoint(position))).isTrue();
				}
			}
		}
	}

	@Test
	void licencesAndParcelsDoNotOverlapOtherFeaturesOfTheirLayer() {
		for (String layer : List.of("licences", "property_parcels")) {
			List<Geometry> valid = read(OutputFormat.GEOJSON, layer).stream()
				.filter((feature) -> feature.attributes().get(Defect.ATTRIBUTE) == null)
				.map(SourceFeature::geometry)
				.toList();
			STRtree index = new STRtree();
			valid.forEach((geometry) -> index.insert(geometry.getEnvelopeInternal(), geometry));
			for (Geometry geometry : valid) {
				for (Object other : index.query(geometry.getEnvelopeInternal())) {
					if (other != geometry) {
						assertThat(RelateNG.relate(geometry, (Geometry) other, RelatePredicate.matches("T********")))
							.as("%s overlaps a neighbour", layer)
							.isFalse();
					}
				}
			}
		}
	}

	@Test
	void parcelsShareTheirEdgesExactly() {
		List<Geometry> parcels = read(OutputFormat.GEOJSON, "property_parcels").stream()
			.filter((feature) -> "T0001".equals(feature.attributes().get("town"))
					&& feature.attributes().get(Defect.ATTRIBUTE) == null)
			.map(SourceFeature::geometry)
			.toList();
		Geometry union = parcels.get(0).getFactory().buildGeometry(parcels).union();
		double sum = parcels.stream().mapToDouble(Geometry::getArea).sum();
		// gaps or overlaps between neighbours would show as a union of many polygons
		assertThat(union.getArea()).isCloseTo(sum, Percentage.withPercentage(1e-6));
		assertThat(union.getNumGeometries()).isLessThan(parcels.size() / 10);
	}

	@Test
	void theSameSeedGivesTheSameGeoJsonAndShapefileBytes() throws IOException {
		Path second = this.dir.resolve("second");
		NationalDatasetGenerator.generate(GeneratorOptions.parse("--out", second.toString(), "--scale",
				Double.toString(SCALE), "--formats", "geojson,shapefile"));
		for (LayerSummary summary : this.summaries) {
			String layer = summary.layer();
			assertThat(second.resolve(layer + ".geojson")).hasSameBinaryContentAs(first(layer + ".geojson"));
			assertThat(ShapefileContent.of(second.resolve(layer + ".zip")))
				.isEqualTo(ShapefileContent.of(first(layer + ".zip")));
		}
		Path otherSeed = this.dir.resolve("other-seed");
		NationalDatasetGenerator.generate(GeneratorOptions.parse("--out", otherSeed.toString(), "--scale",
				Double.toString(SCALE), "--formats", "geojson", "--seed", "7"));
		assertThat(Files.mismatch(otherSeed.resolve("licences.geojson"), first("licences.geojson"))).isNotNegative();
	}

	@Test
	void optionsHaveDefaultsAndRefuseWhatTheyDoNotKnow() {
		GeneratorOptions defaults = GeneratorOptions.parse();
		assertThat(defaults.out()).isEqualTo(Path.of("gis-data/benchmark"));
		assertThat(defaults.seed()).isEqualTo(1403);
		assertThat(defaults.scale()).isEqualTo(1.0);
		assertThat(defaults.formats()).isEqualTo(EnumSet.allOf(OutputFormat.class));
		assertThat(GeneratorOptions.parse("--formats", "GeoJSON, shapefile").formats())
			.isEqualTo(Set.of(OutputFormat.GEOJSON, OutputFormat.SHAPEFILE));
		assertThatIllegalArgumentException().isThrownBy(() -> GeneratorOptions.parse("--size", "3"))
			.withMessageContaining("--size");
		assertThatIllegalArgumentException().isThrownBy(() -> GeneratorOptions.parse("--scale", "0"));
		assertThatIllegalArgumentException().isThrownBy(() -> GeneratorOptions.parse("--formats", "kml"));
		assertThatIllegalArgumentException().isThrownBy(() -> GeneratorOptions.parse("--seed"));
	}

	private LayerSummary summary(String layer) {
		return this.summaries.stream().filter((summary) -> summary.layer().equals(layer)).findFirst().orElseThrow();
	}

	private Path first(String file) {
		return this.dir.resolve("first").resolve(file);
	}

	private List<SourceFeature> read(OutputFormat format, String layer) {
		Path file = format.file(this.dir.resolve("first"), layer);
		try (LayerFile layerFile = LayerFiles.open(file, file.getFileName().toString(), null);
				Stream<SourceFeature> features = layerFile.features()) {
			return new ArrayList<>(features.toList());
		}
	}

	private static List<SourceFeature> defects(List<SourceFeature> features) {
		return features.stream().filter((feature) -> feature.attributes().get(Defect.ATTRIBUTE) != null).toList();
	}

}
