package ir.cadastre.licence;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;

/**
 * A discovery certificate to issue on an exploration licence (Art. 7).
 *
 * @param reserve the quantity and quality of the mineral discovered
 * @param explorationCostRials what the exploration cost, in rials (owed to the holder by
 * whoever exploits the reserve if the holder's priority lapses, Art. 8 note)
 * @param geometry the discovery's extent as GeoJSON, inside the licence; or
 * @param vertices as a UTM or DMS vertex list; neither: the whole licence
 */
record DiscoveryRequest(String reserve, BigDecimal explorationCostRials, JsonNode geometry, JsonNode vertices) {

	boolean hasExtent() {
		return (this.geometry != null && !this.geometry.isNull()) || (this.vertices != null && !this.vertices.isNull());
	}

}
