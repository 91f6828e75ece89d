package ir.cadastre.layer;

import ir.cadastre.web.BoundingBox;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Digits;
import ir.cadastre.web.Text;

/**
 * A validated request for a layer's features.
 *
 * @param layer the layer
 * @param bbox {@code minLon, minLat, maxLon, maxLat}, or {@code null} for everywhere
 * @param limit most features, or {@code null} for all
 * @param version the layer version to read as it stood, or {@code null} for the current
 * features
 */
record FeatureQuery(Layer layer, double[] bbox, Integer limit, Long version) {

	static FeatureQuery of(Layer layer, String bbox, String limit, Long version) {
		return new FeatureQuery(layer, (bbox != null) ? BoundingBox.parse(bbox) : null,
				(limit != null) ? limit(limit) : null, version);
	}

	private static int limit(String text) {
		try {
			int limit = Integer.parseInt(Digits.latin(text).strip());
			if (limit >= 1) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw refused("limit", Text.of("limit must be a positive integer."));
	}

	private static CadastreProblem refused(String field, Text reason) {
		return CadastreProblem.invalidParameter(field, reason);
	}

}
