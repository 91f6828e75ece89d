package ir.cadastre.layer;

import java.util.List;
import java.util.Map;

import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;

import org.springframework.http.HttpStatus;

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
		return new FeatureQuery(layer, (bbox != null) ? bbox(bbox) : null, (limit != null) ? limit(limit) : null,
				version);
	}

	private static double[] bbox(String text) {
		String[] parts = text.split(",", -1);
		if (parts.length != 4) {
			throw refused("bbox", "bbox is minLon,minLat,maxLon,maxLat.");
		}
		double[] box = new double[4];
		for (int i = 0; i < 4; i++) {
			try {
				box[i] = Double.parseDouble(parts[i].strip());
			}
			catch (NumberFormatException ex) {
				throw refused("bbox", "bbox values must be numbers.");
			}
			if (!Double.isFinite(box[i])) {
				throw refused("bbox", "bbox values must be finite.");
			}
		}
		if (box[0] < -180 || box[2] > 180 || box[1] < -90 || box[3] > 90 || box[0] >= box[2] || box[1] >= box[3]) {
			throw refused("bbox", "bbox must be minLon,minLat,maxLon,maxLat in WGS 84 with min < max.");
		}
		return box;
	}

	private static int limit(String text) {
		try {
			int limit = Integer.parseInt(text.strip());
			if (limit >= 1) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw refused("limit", "limit must be a positive integer.");
	}

	private static CadastreProblem refused(String field, String reason) {
		return new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", reason,
				List.of(InputError.of(field, reason)), Map.of());
	}

}
