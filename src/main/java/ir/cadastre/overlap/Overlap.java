package ir.cadastre.overlap;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One feature an area overlaps, and what that means in law.
 *
 * @param layer the layer id
 * @param featureId the feature's id in this service
 * @param externalId the id the owning agency gave the feature, if any
 * @param name the feature's name
 * @param nameFa its Persian name
 * @param agency the agency consulted (Art. 24) or owning the layer
 * @param consequence the main consequence: {@code BLOCKS}, {@code INQUIRY},
 * {@code COMPENSATION} (Art. 22) or {@code LEVY} (Art. 25)
 * @param consequences every consequence, the main one first
 * @param areaM2 the shared area in m² on the ellipsoid
 * @param percentOfApplication the shared area as a percentage of the area checked
 * @param intersection the shared area, a GeoJSON MultiPolygon
 */
public record Overlap(String layer, String featureId, String externalId, String name, String nameFa, String agency,
		String consequence, List<String> consequences, @JsonProperty("area_m2") double areaM2,
		double percentOfApplication, @JsonRawValue String intersection) {

	/**
	 * Whether this overlap stops an application (an earlier claim, first come first
	 * served).
	 */
	public boolean blocks() {
		return "BLOCKS".equals(this.consequence);
	}

	/**
	 * Whether this overlap has a consequence, main or not.
	 * @param consequence {@code BLOCKS}, {@code INQUIRY}, {@code COMPENSATION} or
	 * {@code LEVY}
	 */
	public boolean has(String consequence) {
		return this.consequences.contains(consequence);
	}

}
