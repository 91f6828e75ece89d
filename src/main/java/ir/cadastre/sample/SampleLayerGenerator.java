package ir.cadastre.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Writes the synthetic sample layers into {@code gis-data/sample/<layer>.geojson} and the
 * boundary migration {@code V2__iran_boundary.sql}, the same bytes on every run.
 * <p>
 * Run from the project directory (or pass it as the only argument):
 * {@code ./mvnw -q compile exec:java -Dexec.mainClass=ir.cadastre.sample.SampleLayerGenerator}.
 * Every feature is valid, inside Iran's boundary and free of overlap with the other
 * features of its layer; the generator fails rather than write a layer that is not.
 */
public final class SampleLayerGenerator {

	private static final String MIGRATION = "src/main/resources/db/migration/V2__iran_boundary.sql";

	private SampleLayerGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Path project = Path.of((args.length > 0) ? args[0] : ".");
		GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);
		IranBoundary iran = IranBoundary.read(project.resolve("gis-data/iran-boundary.geojson"), factory);
		List<Function<Siting, SampleLayer>> builders = List.of(ProtectedAreas::build, Forests::build,
				NationalResources::build, AgriculturalLands::build, PropertyParcels::build, Licences::build,
				ExecutiveBoundaries::build, (siting) -> new SampleLayer("applications", List.of()));
		Path sample = Files.createDirectories(project.resolve("gis-data/sample"));
		System.out.printf("%-22s %8s %10s %8s %8s %8s %8s%n", "layer", "features", "vertices", "min", "max", "refused",
				"bytes");
		for (Function<Siting, SampleLayer> builder : builders) {
			Siting siting = new Siting(iran, factory);
			SampleLayer layer = builder.apply(siting);
			byte[] json = FeatureCollectionWriter.write(layer).getBytes(StandardCharsets.UTF_8);
			Files.write(sample.resolve(layer.name() + ".geojson"), json);
			summarise(layer, siting.refused(), json.length);
		}
		Path migration = project.resolve(MIGRATION);
		Files.createDirectories(migration.getParent());
		Files.writeString(migration, BoundaryMigration.write(iran), StandardCharsets.UTF_8);
		System.out.println("wrote " + sample + " and " + migration);
	}

	private static void summarise(SampleLayer layer, int refused, int bytes) {
		int total = 0;
		int min = Integer.MAX_VALUE;
		int max = 0;
		for (SampleFeature feature : layer.features()) {
			int vertices = feature.geometry().getNumPoints();
			total += vertices;
			min = Math.min(min, vertices);
			max = Math.max(max, vertices);
		}
		System.out.printf("%-22s %8d %10d %8d %8d %8d %8d%n", layer.name(), layer.features().size(), total,
				layer.features().isEmpty() ? 0 : min, max, refused, bytes);
	}

}
