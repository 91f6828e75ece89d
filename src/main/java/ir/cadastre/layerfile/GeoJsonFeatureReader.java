package ir.cadastre.layerfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.databind.JsonNode;

/**
 * One GeoJSON Feature to a {@link SourceFeature}: its {@code properties} as attributes
 * (nested objects and arrays as {@code Map} and {@code List}), and its {@code id}, which
 * RFC 7946 keeps outside the properties, as the attribute {@code id} unless a property
 * already has that name.
 */
final class GeoJsonFeatureReader {

	private final GeoJsonGeometryReader geometries;

	GeoJsonFeatureReader(GeometryFactory factory) {
		this.geometries = new GeoJsonGeometryReader(factory);
	}

	SourceFeature read(int number, JsonNode feature) {
		if (feature == null || !feature.isObject()) {
			return SourceFeature.unreadable(number, Map.of(), Text.of("the feature is not a JSON object"));
		}
		Map<String, Object> attributes = attributes(feature);
		JsonNode type = feature.get("type");
		if (type == null || !type.isString() || !type.stringValue().equals("Feature")) {
			return SourceFeature.unreadable(number, attributes,
					(type == null) ? Text.of("the element is not a GeoJSON Feature (it has no type)")
							: Text.of("the element is not a GeoJSON Feature (its type is {0})", type.toString()));
		}
		try {
			return new SourceFeature(number, attributes, this.geometries.read(feature.get("geometry")), null);
		}
		catch (GeometryFault fault) {
			return SourceFeature.unreadable(number, attributes, fault.reason());
		}
	}

	/** The attribute names a feature gives, in the order {@link #read} puts them. */
	static List<String> attributeNames(JsonNode feature) {
		return new ArrayList<>(attributes(feature).keySet());
	}

	private static Map<String, Object> attributes(JsonNode feature) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		JsonNode properties = feature.get("properties");
		JsonNode id = feature.get("id");
		boolean idProperty = properties != null && properties.isObject() && properties.has("id");
		if (id != null && !id.isNull() && !idProperty) {
			attributes.put("id", plain(id));
		}
		if (properties != null && properties.isObject()) {
			for (Map.Entry<String, JsonNode> property : properties.properties()) {
				attributes.put(property.getKey(), plain(property.getValue()));
			}
		}
		return attributes;
	}

	private static Object plain(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isIntegralNumber()) {
			return value.canConvertToLong() ? (Object) value.longValue() : value.bigIntegerValue();
		}
		if (value.isNumber()) {
			return value.doubleValue();
		}
		if (value.isArray()) {
			List<Object> list = new ArrayList<>(value.size());
			value.values().forEach((element) -> list.add(plain(element)));
			return list;
		}
		Map<String, Object> map = new LinkedHashMap<>();
		value.properties().forEach((member) -> map.put(member.getKey(), plain(member.getValue())));
		return map;
	}

}
