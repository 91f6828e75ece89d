package ir.cadastre.layerfile;

import java.util.List;
import java.util.Map;

/**
 * A feature's attribute map laid out in the writer's field order, refusing names that are
 * not fields, since a misspelt name would otherwise vanish without a trace.
 */
final class FieldValues {

	private FieldValues() {
	}

	static Object[] inOrder(List<AttributeField> fields, Map<String, ?> attributes) {
		Object[] values = new Object[fields.size()];
		int found = 0;
		for (int i = 0; i < values.length; i++) {
			String name = fields.get(i).name();
			if (attributes.containsKey(name)) {
				values[i] = attributes.get(name);
				found++;
			}
		}
		if (found < attributes.size()) {
			List<String> unknown = attributes.keySet()
				.stream()
				.filter((name) -> fields.stream().noneMatch((field) -> field.name().equals(name)))
				.toList();
			throw new IllegalArgumentException("No field is named " + unknown);
		}
		return values;
	}

}
