package ir.cadastre.sample.national;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * Writes the national-scale benchmark dataset: {@code licences},
 * {@code property_parcels}, {@code protected_areas} and {@code forests} as GeoJSON,
 * zipped Shapefile and GeoPackage, from a seed. About one feature in a hundred of every
 * layer is invalid on purpose and says how in its {@code defect} attribute (see
 * {@link Defect}).
 * <p>
 * Run from the project directory:
 * {@code MAVEN_OPTS=-Xmx512m ./mvnw -q compile exec:java -Dexec.mainClass=ir.cadastre.sample.national.NationalDatasetGenerator -Dexec.args="--scale 1"}
 * (options in {@link GeneratorOptions}). The same seed and scale give the same GeoJSON
 * bytes; features stream to the files one at a time, so the heap needed does not grow
 * with the scale (512 MB is enough but for the GeoPackage writer, which holds up to 1,000
 * rows' geometries per batch). The data is synthetic: it is for benchmarks, never for a
 * decision.
 */
public final class NationalDatasetGenerator {

	private NationalDatasetGenerator() {
	}

	public static void main(String[] args) {
		GeneratorOptions options;
		try {
			options = GeneratorOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		generate(options);
	}

	/** Writes every layer in every chosen format and prints a summary. */
	static List<LayerSummary> generate(GeneratorOptions options) {
		long started = System.nanoTime();
		try {
			Files.createDirectories(options.out());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326,
				PackedCoordinateSequenceFactory.DOUBLE_FACTORY);
		Dataset dataset = new Dataset(options, NationalBoundary.read(options.boundary(), factory), factory);
		System.out.printf("National benchmark dataset: seed %d, scale %s, formats %s, into %s%n", options.seed(),
				options.scale(), options.formats(), options.out().toAbsolutePath());
		List<LayerSummary> summaries = new ArrayList<>();
		summaries.add(NationalLicences.write(dataset));
		summaries.add(NationalParcels.write(dataset));
		summaries.addAll(NaturalAreas.write(dataset));
		print(summaries, options, (System.nanoTime() - started) / 1e9);
		return summaries;
	}

	private static void print(List<LayerSummary> summaries, GeneratorOptions options, double seconds) {
		System.out.printf("%n%-17s %10s %12s %8s %9s  %s%n", "layer", "features", "vertices", "defects", "seconds",
				"bytes per file");
		long total = 0;
		for (LayerSummary summary : summaries) {
			StringBuilder files = new StringBuilder();
			for (OutputFormat format : OutputFormat.values()) {
				Long bytes = summary.bytes().get(format);
				if (bytes != null) {
					files.append(String.format("%s %,d  ", format.file(options.out(), summary.layer()).getFileName(),
							bytes));
					total += bytes;
				}
			}
			System.out.printf("%-17s %,10d %,12d %,8d %9.1f  %s%n", summary.layer(), summary.features(),
					summary.vertices(), summary.defects(), summary.seconds(), files.toString().strip());
		}
		System.out.printf("%ntotal %,d bytes in %.1f s%n", total, seconds);
	}

}
