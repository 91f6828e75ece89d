package ir.cadastre.web;

/**
 * The {@code bbox} query parameter: {@code minLon,minLat,maxLon,maxLat} in WGS 84.
 */
public final class BoundingBox {

	private BoundingBox() {
	}

	/**
	 * Reads a bbox parameter.
	 * @param text {@code minLon,minLat,maxLon,maxLat}, in any digits ({@link Digits})
	 * @return the four numbers, in that order
	 * @throws CadastreProblem 400 when it is not four finite numbers with min &lt; max
	 */
	public static double[] parse(String text) {
		String[] parts = text.split(",", -1);
		if (parts.length != 4) {
			throw refused(Text.of("bbox is minLon,minLat,maxLon,maxLat."));
		}
		double[] box = new double[4];
		for (int i = 0; i < 4; i++) {
			try {
				box[i] = Double.parseDouble(Digits.latin(parts[i]).strip());
			}
			catch (NumberFormatException ex) {
				throw refused(Text.of("bbox values must be numbers."));
			}
			if (!Double.isFinite(box[i])) {
				throw refused(Text.of("bbox values must be finite."));
			}
		}
		if (box[0] < -180 || box[2] > 180 || box[1] < -90 || box[3] > 90 || box[0] >= box[2] || box[1] >= box[3]) {
			throw refused(Text.of("bbox must be minLon,minLat,maxLon,maxLat in WGS 84 with min < max."));
		}
		return box;
	}

	private static CadastreProblem refused(Text reason) {
		return CadastreProblem.invalidParameter("bbox", reason);
	}

}
