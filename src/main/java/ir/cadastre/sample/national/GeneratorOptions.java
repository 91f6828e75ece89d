package ir.cadastre.sample.national;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What to generate, from the command line: {@code --out <folder>} (default
 * {@code gis-data/benchmark}), {@code --seed <long>} (default 1403), {@code --scale
 * <double>} (default 1), {@code --formats geojson,shapefile,geopackage} (default all) and
 * {@code --boundary <file>} (default {@code gis-data/iran-boundary.geojson}).
 *
 * @param out the folder the layer files go to; created if missing
 * @param seed the seed every random number comes from
 * @param scale the fraction of the national counts, above 0 and at most 10
 * @param formats the formats to write, at least one
 * @param boundary Iran's boundary as GeoJSON
 */
record GeneratorOptions(Path out, long seed, double scale, Set<OutputFormat> formats, Path boundary) {

	static final String USAGE = "usage: NationalDatasetGenerator [--out folder] [--seed long] [--scale double] "
			+ "[--formats geojson,shapefile,geopackage] [--boundary iran-boundary.geojson]";

	GeneratorOptions {
		if (!(scale > 0 && scale <= 10)) {
			throw new IllegalArgumentException("--scale must be above 0 and at most 10, not " + scale);
		}
		if (formats.isEmpty()) {
			throw new IllegalArgumentException("--formats names no format");
		}
		formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
	}

	/**
	 * Reads the options; an unknown option or a missing value is refused with the usage.
	 */
	static GeneratorOptions parse(String... args) {
		Path out = Path.of("gis-data/benchmark");
		long seed = 1403;
		double scale = 1.0;
		Set<OutputFormat> formats = EnumSet.allOf(OutputFormat.class);
		Path boundary = Path.of("gis-data/iran-boundary.geojson");
		for (int i = 0; i < args.length; i += 2) {
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
			}
			String value = args[i + 1];
			switch (args[i]) {
				case "--out" -> out = Path.of(value);
				case "--seed" -> seed = Long.parseLong(value);
				case "--scale" -> scale = Double.parseDouble(value);
				case "--formats" -> formats = formats(value);
				case "--boundary" -> boundary = Path.of(value);
				default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; " + USAGE);
			}
		}
		return new GeneratorOptions(out, seed, scale, formats, boundary);
	}

	private static Set<OutputFormat> formats(String list) {
		Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
		for (String name : list.split(",")) {
			if (!name.isBlank()) {
				formats.add(OutputFormat.named(name.strip().toLowerCase(Locale.ROOT)));
			}
		}
		return formats;
	}

	/**
	 * A national count times the scale, rounded up, and never below the given floor.
	 */
	long scaled(long national, long floor) {
		return Math.max(floor, (long) Math.ceil(national * this.scale - 1e-9));
	}

}
