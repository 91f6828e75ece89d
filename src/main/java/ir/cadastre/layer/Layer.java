package ir.cadastre.layer;

import java.util.List;

/**
 * A layer of the catalogue.
 *
 * @param id the layer id, e.g. {@code protected_areas}
 * @param title its English title
 * @param titleFa its Persian title
 * @param ownerAgency the agency that owns it, or {@code null} when each feature names its
 * own
 * @param consequences the legal consequences of an overlap, the main one first
 */
public record Layer(String id, String title, String titleFa, String ownerAgency, List<String> consequences) {

	/**
	 * Whether an overlap with this layer's features refuses an application (licences).
	 */
	public boolean blocks() {
		return this.consequences.get(0).equals("BLOCKS");
	}

}
