package ir.cadastre.activity;

import java.time.LocalDate;
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
	 * name, area_m2, number?, partOfDay?}]}; empty when none does
	 * @param judgedOn the day whose licences judged it, or {@code null} for those current
	 * when it was reported
	 * @param undetermined the licences whose standing on that day is not recorded,
	 * {@code [{featureId, externalId, name, loadedAt, area_m2}]}; empty when none
	 * @return Art. 19 when flagged, naming the licences that cover the rest if any; Art.
	 * 26 otherwise (a remainder outside no larger than the tolerance is not mentioned);
	 * then, on a day, that day, the licences in force for part of it only, and the part
	 * whose licences' standing is not known
	 */
	static String of(boolean flagged, double areaM2, double outsideAreaM2, JsonNode covering, LocalDate judgedOn,
			JsonNode undetermined) {
		String finding = of(flagged, areaM2, outsideAreaM2, covering);
		if (judgedOn == null) {
			return finding;
		}
		finding += " Judged against the licences in force on " + judgedOn + " (Asia/Tehran), the day it was seen.";
		List<JsonNode> partly = new ArrayList<>();
		covering.forEach((licence) -> {
			if (licence.path("partOfDay").asBoolean(false)) {
				partly.add(licence);
			}
		});
		if (!partly.isEmpty()) {
			finding += " Licence(s) " + names(partly)
					+ " were in force for part of that day only: whether at the hour the activity was seen is not known.";
		}
		if (!undetermined.isEmpty()) {
			double area = 0;
			for (JsonNode licence : undetermined) {
				area += licence.path("area_m2").asDouble();
			}
			finding += String.format(Locale.ROOT,
					" %,.1f m² lies in licence(s) %s of the old cadastre, loaded into the licences layer after that "
							+ "day and not in the register: whether they were in force on it is not recorded, so that "
							+ "part is not flagged.",
					area, names(undetermined));
		}
		return finding;
	}

	private static String of(boolean flagged, double areaM2, double outsideAreaM2, JsonNode covering) {
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

	/**
	 * Each licence by its own number, else its name, else its number in the register (one
	 * that has left the licences layer), else its feature id.
	 */
	private static String names(Iterable<JsonNode> covering) {
		List<String> names = new ArrayList<>();
		for (JsonNode licence : covering) {
			names.add(licence.path("externalId").isString() ? licence.path("externalId").stringValue()
					: licence.path("name").isString() ? licence.path("name").stringValue()
							: licence.has("number") ? "no. " + licence.path("number").asString()
									: "feature " + licence.path("featureId").asString());
		}
		return String.join(", ", names);
	}

}
