package ir.cadastre.inquiry;

import tools.jackson.databind.JsonNode;

/**
 * An agency's answer to an inquiry.
 *
 * @param decision {@code CONSENT}, {@code OBJECTION} or {@code PARTIAL_OBJECTION}
 * @param reason required with an objection
 * @param refusedGeometry the refused part of the application (GeoJSON); a partial
 * objection gives it, or {@code refuseAgencyLand}, and nothing else does (an objection
 * refuses the agency's land in the application, as {@code refuseAgencyLand} does)
 * @param refuseAgencyLand {@code true}: the refused part is the agency's land in the
 * application, every overlap the inquiry lists, to its exact boundaries
 */
public record InquiryAnswer(String decision, String reason, JsonNode refusedGeometry, Boolean refuseAgencyLand) {

	boolean drawsRefusedPart() {
		return this.refusedGeometry != null && !this.refusedGeometry.isNull();
	}

	boolean refusesAgencyLand() {
		return Boolean.TRUE.equals(this.refuseAgencyLand);
	}

}
