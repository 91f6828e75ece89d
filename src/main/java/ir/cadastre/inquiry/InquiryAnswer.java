package ir.cadastre.inquiry;

import tools.jackson.databind.JsonNode;

/**
 * An agency's answer to an inquiry.
 *
 * @param decision {@code CONSENT}, {@code OBJECTION} or {@code PARTIAL_OBJECTION}
 * @param reason required with an objection
 * @param refusedGeometry the refused part of the application (GeoJSON), required with a
 * partial objection and only then
 */
public record InquiryAnswer(String decision, String reason, JsonNode refusedGeometry) {

}
