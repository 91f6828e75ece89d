package ir.cadastre.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import tools.jackson.databind.JsonNode;

/**
 * An activity report as the API returns it.
 *
 * @param id its id
 * @param number its number, in order of receipt
 * @param reportedBy the officer or reviewer who reported it
 * @param reportedAt the database's time of receipt
 * @param observedOn the day the activity was seen, or {@code null}
 * @param description what was seen
 * @param areaM2 the reported area, m² on the ellipsoid
 * @param geometry the reported area, GeoJSON
 * @param flagged whether more than the sliver tolerance lies outside every licence (Art.
 * 19)
 * @param outsideGeometry the part outside every licence (and every undetermined one),
 * GeoJSON; {@code null} when nothing is outside
 * @param outsideAreaM2 its area, m²; 0 when nothing is outside
 * @param covering the licences covering part of the area on {@code judgedOn}, or when it
 * was reported: {@code [{featureId, externalId, name, area_m2}]}, the largest share
 * first; on a day, a licence of the register adds {@code licenceId} and {@code number}
 * ({@code featureId} is then {@code null} once it has left the licences layer), and every
 * licence {@code partOfDay}: whether it was in force for part of that day only
 * @param judgedOn the day (Asia/Tehran) whose licences judged it: {@code observedOn};
 * {@code null} when it was judged against the licences current when it was reported
 * @param undetermined the licences layer's features outside the register (the old
 * cadastre's) loaded after {@code judgedOn}, whose standing on it is not recorded:
 * {@code [{featureId, externalId, name, loadedAt, area_m2}]}; their part of the area is
 * neither covered nor in {@code outsideGeometry}
 * @param finding what the report means in law, naming the article
 */
record ActivityReportView(UUID id, long number, String reportedBy, Instant reportedAt, LocalDate observedOn,
		String description, @JsonProperty("area_m2") double areaM2, @JsonRawValue String geometry, boolean flagged,
		@JsonRawValue String outsideGeometry, @JsonProperty("outsideArea_m2") double outsideAreaM2, JsonNode covering,
		LocalDate judgedOn, JsonNode undetermined, String finding) {

}
