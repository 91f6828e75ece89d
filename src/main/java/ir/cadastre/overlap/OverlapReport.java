package ir.cadastre.overlap;

import java.time.Instant;
import java.util.List;

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
 */
public record OverlapReport(@JsonProperty("area_m2") double areaM2, List<Overlap> overlaps,
		@JsonRawValue String freeGeometry, @JsonProperty("freeArea_m2") double freeAreaM2, Instant checkedAt) {

}
