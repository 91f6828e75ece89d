package ir.cadastre.tiles;

import java.util.ArrayList;
import java.util.List;

/**
 * How much a tile leaves out, all sizes as fractions of the tile's width.
 * <p>
 * The first level hides only what a viewer cannot see: features smaller than one display
 * pixel (1/512 of a 512-pixel vector tile) and outline detail below one MVT unit
 * (1/4096). The later ones are used in turn only while a tile is over the size cap: first
 * the names of features under 64 pixels go (too small to carry a label; most of a dense
 * tile's bytes are names), then the smallest size shown and the simplification tolerance
 * double at each level up to 64 pixels (the extent halving every other level), and at
 * last only the largest features are kept, down to none, so that some level always fits.
 *
 * @param extent MVT extent (coordinates per tile side)
 * @param minSize a feature whose bounding box is smaller than this both ways is left out
 * @param labelSize a feature smaller than this both ways is sent without its names
 * @param tolerance simplification tolerance
 * @param maxFeatures at most this many features, the largest first
 */
record Thinning(int extent, double minSize, double labelSize, double tolerance, int maxFeatures) {

	static final List<Thinning> LEVELS = levels();

	private static final double PIXEL = 1 / 512.0;

	private static final double UNIT = 1 / 4096.0;

	private static List<Thinning> levels() {
		List<Thinning> levels = new ArrayList<>();
		levels.add(new Thinning(4096, PIXEL, 0, UNIT, Integer.MAX_VALUE));
		for (int step = 0; step <= 6; step++) {
			levels.add(new Thinning(4096 >> (step / 2), (1 << step) * PIXEL, 64 * PIXEL, (1 << step) * UNIT,
					Integer.MAX_VALUE));
		}
		for (int maxFeatures : new int[] { 4096, 512, 64, 8, 0 }) {
			levels.add(new Thinning(512, 64 * PIXEL, 64 * PIXEL, 64 * UNIT, maxFeatures));
		}
		return List.copyOf(levels);
	}

}
