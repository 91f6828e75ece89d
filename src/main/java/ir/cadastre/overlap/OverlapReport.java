package ir.cadastre.overlap;

import java.time.Instant;
import java.util.List;

import ir.cadastre.calendar.LegalWindows;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * What an area overlaps, and what remains free of earlier claims.
 *
 * @param areaM2 the area checked, m² on the ellipsoid
 * @param overlaps every overlap, by layer then largest first
 * @param freeGeometry the area minus every blocking claim, a GeoJSON MultiPolygon (empty
 * when nothing is free)
 * @param freeAreaM2 its area in m²
 * @param checkedAt when the check ran (the service clock)
 * @param inquiryDeadline the Article 24 deadline an inquiry would get if the area were
 * applied for now, when it overlaps a layer that needs one; {@code null} otherwise
 */
public record OverlapReport(@JsonProperty("area_m2") double areaM2, List<Overlap> overlaps,
		@JsonRawValue String freeGeometry, @JsonProperty("freeArea_m2") double freeAreaM2, Instant checkedAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) LegalWindows.Preview inquiryDeadline) {

	/**
	 * Whether any overlap has a consequence.
	 * @param consequence as {@link Overlap#has}
	 */
	public boolean has(String consequence) {
		return this.overlaps.stream().anyMatch((o) -> o.has(consequence));
	}

	OverlapReport withInquiryDeadline(LegalWindows.Preview deadline) {
		return new OverlapReport(this.areaM2, this.overlaps, this.freeGeometry, this.freeAreaM2, this.checkedAt,
				deadline);
	}

}
