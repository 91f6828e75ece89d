package ir.cadastre.layerfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Attribute names made unique, case-insensitively, by numbering repeats: a {@code .dbf}
 * whose writer cut two long names to the same ten characters must not lose a column.
 */
final class AttributeNames {

	/**
	 * Distinct names accepted from a GeoJSON or KML file, whose names are collected over
	 * every feature: enough for any real layer, and a bound on memory for a hostile one.
	 */
	static final int MAX_DISTINCT = 10_000;

	private AttributeNames() {
	}

	static List<String> unique(List<String> names) {
		Set<String> seen = new HashSet<>();
		List<String> unique = new ArrayList<>(names.size());
		for (String name : names) {
			String candidate = name;
			for (int n = 2; !seen.add(candidate.toLowerCase(Locale.ROOT)); n++) {
				candidate = name + "_" + n;
			}
			unique.add(candidate);
		}
		return unique;
	}

}
