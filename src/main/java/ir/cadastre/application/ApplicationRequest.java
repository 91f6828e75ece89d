package ir.cadastre.application;

import tools.jackson.databind.JsonNode;

/**
 * What an applicant sends. Fields the service owns (id, status, receipt, applicant) are
 * not part of it, so a body that sends them is refused as having unknown fields.
 *
 * @param type the application type; {@code EXPLORATION}
 * @param mineral a mineral catalogue code
 * @param geometry a GeoJSON area, or
 * @param vertices a UTM or DMS vertex list
 * @param trimToFreeArea reduce the area to what no earlier claim holds, instead of a 409
 */
public record ApplicationRequest(String type, String mineral, JsonNode geometry, JsonNode vertices,
		Boolean trimToFreeArea) {

	boolean trim() {
		return Boolean.TRUE.equals(this.trimToFreeArea);
	}

}
