package ir.cadastre.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.cadastre.overlap.Overlap;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/**
 * The 409 an application gets when it shares interior with earlier claims (Art. 6, 9 and
 * cadastre practice: first come, first served): each claim with its intersection, area
 * and the intersection's vertices, so the applicant sees exactly where the conflict is.
 */
final class ClaimConflicts {

	private ClaimConflicts() {
	}

	static CadastreProblem of(List<Overlap> conflicts, Text why, JsonMapper json) {
		List<Map<String, Object>> claims = new ArrayList<>();
		for (Overlap conflict : conflicts) {
			JsonNode intersection = json.readTree(conflict.intersection());
			Map<String, Object> claim = new LinkedHashMap<>();
			claim.put("layer", conflict.layer());
			claim.put("featureId", conflict.featureId());
			claim.put("externalId", conflict.externalId());
			claim.put("name", conflict.name());
			claim.put("area_m2", conflict.areaM2());
			claim.put("intersection", intersection);
			claim.put("vertices", vertices(intersection));
			claims.add(claim);
		}
		return new CadastreProblem(HttpStatus.CONFLICT, "conflicting-claim", "Area already claimed",
				Text.of("The area shares interior with {0} earlier claim(s){1}; change the area, or send "
						+ "trimToFreeArea=true to apply for the free part only.", conflicts.size(), why),
				List.of(), Map.of("conflicts", claims));
	}

	/** The [lon, lat] vertices of a GeoJSON MultiPolygon, ring by ring. */
	private static List<JsonNode> vertices(JsonNode multiPolygon) {
		List<JsonNode> vertices = new ArrayList<>();
		for (JsonNode polygon : multiPolygon.path("coordinates")) {
			for (JsonNode ring : polygon) {
				ring.forEach(vertices::add);
			}
		}
		return vertices;
	}

}
