package ir.cadastre.sample.national;

import java.util.Map;

/**
 * What was written for one layer.
 *
 * @param layer the layer name, also the base name of its files
 * @param features features in each file (the same in every format)
 * @param vertices positions of all features, closing positions included
 * @param defects features made invalid on purpose
 * @param bytes the size of each file written
 * @param seconds the time the layer took, all formats together
 */
record LayerSummary(String layer, long features, long vertices, long defects, Map<OutputFormat, Long> bytes,
		double seconds) {

	LayerSummary {
		bytes = Map.copyOf(bytes);
	}

}
