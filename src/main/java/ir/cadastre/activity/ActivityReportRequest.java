package ir.cadastre.activity;

import tools.jackson.databind.JsonNode;

/**
 * What a reporter sends. Fields the service owns (id, number, reporter, time, findings)
 * are not part of it, so a body that sends them is refused as having unknown fields.
 *
 * @param geometry a GeoJSON area, or
 * @param vertices a UTM or DMS vertex list, as {@code POST /api/v1/overlaps} takes them
 * @param observedOn the day the activity was seen, {@code yyyy-MM-dd}, or {@code null}
 * @param description what was seen
 */
record ActivityReportRequest(JsonNode geometry, JsonNode vertices, String observedOn, String description) {

}
