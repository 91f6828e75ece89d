package ir.cadastre.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * What a checked activity report means in law, in one sentence that names the article.
 */
final class ActivityFinding {

	private ActivityFinding() {
	}

	/**
	 * The finding.
	 * @param flagged whether more than the sliver tolerance lies outside every licence
	 * @param areaM2 the reported area, m²
	 * @param outsideAreaM2 the part outside every licence, m²
	 * @param covering the licences covering part of it, {@code [{featureId, externalId,
	 * name, area_m2}]}; empty when none does
	 * @return Art. 19 when flagged, naming the licences that cover the rest if any; Art.
	 * 26 otherwise (a remainder outside no larger than the tolerance is not mentioned)
	 */
	static String of(boolean flagged, double areaM2, double outsideAreaM2, JsonNode covering) {
		String licences = names(covering);
		if (!flagged) {
			return licences.isEmpty() ? "Nothing above the sliver tolerance lies outside the licences (Art. 26)."
					: "Within the operational area of licence(s) " + licences + " (Art. 26).";
		}
		String outside = String.format(Locale.ROOT, "%,.1f m² of the %,.1f m² reported lies outside every licence",
				outsideAreaM2, areaM2);
		String finding = outside + ": mining there without a licence is possession of public property (Art. 19)";
		return licences.isEmpty() ? finding + "." : finding + "; the rest is within the operational area of licence(s) "
				+ licences + ", outside which operations are seizure of public property (Art. 26).";
	}

	/** Each licence by its own number, else its name, else its feature id. */
	private static String names(JsonNode covering) {
		List<String> names = new ArrayList<>();
		for (JsonNode licence : covering) {
			names.add(licence.path("externalId").isString() ? licence.path("externalId").stringValue()
					: licence.path("name").isString() ? licence.path("name").stringValue()
							: "feature " + licence.path("featureId").asString());
		}
		return String.join(", ", names);
	}

}
