package ir.cadastre.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

/**
 * Whether what GeoServer holds already says everything publication would send, so that
 * nothing needs to be sent. GeoServer answers with more than it was given (links, dates,
 * a namespace), so the held definition must <em>cover</em> the wanted one, not equal it.
 * It also writes some things its own way, which count as equal here: a one-element list
 * as a bare object, {@code {"@class": …, "$": "EPSG:4326"}} for a CRS, numbers as text,
 * names with or without their {@code workspace:} prefix, connection parameters in any
 * order. Secrets it never shows back (the datastore password) are not compared.
 */
final class Covering {

	private static final Set<String> SECRETS = Set.of("passwd");

	private final String prefix;

	private Covering(String workspace) {
		this.prefix = workspace + ":";
	}

	/**
	 * @param held GeoServer's answer to a GET of the resource
	 * @param wanted the definition publication would send
	 * @param workspace the workspace whose prefix is optional in names
	 * @return whether sending {@code wanted} would change nothing that is compared
	 */
	static boolean covers(JsonNode held, JsonNode wanted, String workspace) {
		return new Covering(workspace).node(held, wanted);
	}

	private boolean node(JsonNode held, JsonNode wanted) {
		if (wanted == null || wanted.isNull()) {
			return true;
		}
		if (held == null || held.isMissingNode() || held.isNull()) {
			return false;
		}
		if (wanted.isObject()) {
			if (!held.isObject()) {
				return false;
			}
			for (Map.Entry<String, JsonNode> field : wanted.properties()) {
				if (!node(held.get(field.getKey()), field.getValue())) {
					return false;
				}
			}
			return true;
		}
		if (wanted.isArray()) {
			return array(held, wanted);
		}
		return value(held, wanted);
	}

	private boolean array(JsonNode held, JsonNode wanted) {
		List<JsonNode> heldItems = held.isArray() ? StreamSupport.stream(held.spliterator(), false).toList()
				: List.of(held);
		List<JsonNode> wantedItems = StreamSupport.stream(wanted.spliterator(), false).toList();
		if (!wantedItems.isEmpty() && wantedItems.get(0).has("@key")) {
			return entries(heldItems, wantedItems);
		}
		if (heldItems.size() != wantedItems.size()) {
			return false;
		}
		for (int i = 0; i < wantedItems.size(); i++) {
			if (!node(heldItems.get(i), wantedItems.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** Key/value entries ({@code {"@key": k, "$": v}}), compared by key. */
	private boolean entries(List<JsonNode> held, List<JsonNode> wanted) {
		Map<String, JsonNode> byKey = new HashMap<>();
		held.forEach((entry) -> byKey.put(entry.path("@key").asString(), entry.get("$")));
		for (JsonNode entry : wanted) {
			String key = entry.get("@key").asString();
			if (!SECRETS.contains(key) && !node(byKey.get(key), entry.get("$"))) {
				return false;
			}
		}
		return true;
	}

	private boolean value(JsonNode held, JsonNode wanted) {
		JsonNode scalar = (held.isObject() && held.has("$")) ? held.get("$") : held;
		if (!scalar.isValueNode()) {
			return false;
		}
		if (wanted.isNumber()) {
			try {
				return Math.abs(Double.parseDouble(scalar.asString()) - wanted.doubleValue()) < 1e-9;
			}
			catch (NumberFormatException ex) {
				return false;
			}
		}
		return unprefixed(scalar.asString()).equals(unprefixed(wanted.asString()));
	}

	private String unprefixed(String name) {
		return name.startsWith(this.prefix) ? name.substring(this.prefix.length()) : name;
	}

}
