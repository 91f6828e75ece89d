package ir.cadastre.inquiry;

import tools.jackson.databind.JsonNode;

/**
 * A ministry decree on open Article 24 windows.
 *
 * @param action {@code EXTEND}, {@code PAUSE} or {@code RESUME}
 * @param days for {@code EXTEND}: whole days added to each window (1–365)
 * @param layer scope: inquiries about overlaps with this layer
 * @param agency or: inquiries to this agency
 * @param region or: inquiries about applications meeting this area (GeoJSON)
 * @param reason why
 * @param reference the decree's reference (number, date)
 */
record DecreeRequest(String action, Integer days, String layer, String agency, JsonNode region, String reason,
		String reference) {

}
