package ir.cadastre.layer;

import java.util.List;

/**
 * A layer as the catalogue lists it.
 *
 * @param id the layer id
 * @param title English title
 * @param titleFa Persian title
 * @param ownerAgency owning agency, or {@code null}
 * @param consequences legal consequences of an overlap, main first
 * @param featureCount current features
 * @param bbox {@code [minLon, minLat, maxLon, maxLat]} of the current features, or
 * {@code null} when the layer is empty
 */
record LayerSummary(String id, String title, String titleFa, String ownerAgency, List<String> consequences,
		long featureCount, double[] bbox) {

}
