package ir.cadastre.publish;

import java.util.List;

import ir.cadastre.layer.Layer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The definitions publication sends to GeoServer, in GeoServer's own JSON (each wrapped
 * in its type's name, e.g. {@code {"dataStore": {...}}}). The same definitions are sent
 * on create and on update, so a second publication compares them with what GeoServer
 * holds and has nothing to send.
 */
class GeoServerDefinitions {

	/** The schema of the views GeoServer serves (migration V10). */
	static final String SCHEMA = "publish";

	private final GeoServerProperties properties;

	private final JsonMapper json;

	private final Extent extent;

	/**
	 * @param extent the bounding box every layer and the group declare: Iran's, so that
	 * an empty layer is still a valid WMS layer
	 */
	GeoServerDefinitions(GeoServerProperties properties, JsonMapper json, Extent extent) {
		this.properties = properties;
		this.json = json;
		this.extent = extent;
	}

	JsonNode workspace() {
		ObjectNode workspace = this.json.createObjectNode();
		workspace.putObject("workspace").put("name", this.properties.workspace());
		return workspace;
	}

	/**
	 * The PostGIS datastore over the {@code publish} views, as GeoServer's read-only
	 * role, with prepared statements on (filters reach SQL as bound parameters).
	 */
	JsonNode dataStore() {
		GeoServerProperties.Datastore db = this.properties.datastore();
		ObjectNode root = this.json.createObjectNode();
		ObjectNode store = root.putObject("dataStore");
		store.put("name", db.name());
		store.put("description", "The mining cadastre's PostGIS database, read-only, schema " + SCHEMA);
		store.put("type", "PostGIS");
		store.put("enabled", true);
		ArrayNode entries = store.putObject("connectionParameters").putArray("entry");
		entry(entries, "dbtype", "postgis");
		entry(entries, "host", db.host());
		entry(entries, "port", Integer.toString(db.port()));
		entry(entries, "database", db.database());
		entry(entries, "schema", SCHEMA);
		entry(entries, "user", db.user());
		entry(entries, "passwd", db.password());
		entry(entries, "preparedStatements", "true");
		entry(entries, "Expose primary keys", "false");
		entry(entries, "Estimated extends", "false");
		entry(entries, "Loose bbox", "true");
		entry(entries, "encode functions", "true");
		entry(entries, "validate connections", "true");
		entry(entries, "min connections", "1");
		entry(entries, "max connections", "10");
		entry(entries, "fetch size", "1000");
		entry(entries, "Connection timeout", "20");
		return root;
	}

	/** The feature type of a layer: its view, in EPSG:4326, with Iran's extent. */
	JsonNode featureType(Layer layer) {
		ObjectNode root = this.json.createObjectNode();
		ObjectNode type = root.putObject("featureType");
		type.put("name", layer.id());
		type.put("nativeName", layer.id());
		type.put("title", layer.title());
		type.put("abstract", layer.titleFa() + ". " + description(layer));
		ArrayNode keywords = type.putObject("keywords").putArray("string");
		keywords.add("mining cadastre");
		keywords.add(layer.id());
		layer.consequences().forEach(keywords::add);
		type.put("srs", "EPSG:4326");
		type.put("projectionPolicy", "FORCE_DECLARED");
		extent(type.putObject("nativeBoundingBox"));
		extent(type.putObject("latLonBoundingBox"));
		type.put("enabled", true);
		return root;
	}

	/** The layer's settings: its own style by default. */
	JsonNode layer(Layer layer) {
		ObjectNode root = this.json.createObjectNode();
		ObjectNode settings = root.putObject("layer");
		styleReference(settings.putObject("defaultStyle"), layer.id());
		return root;
	}

	/** One map of every layer, the first drawn at the bottom. */
	JsonNode layerGroup(List<Layer> layers) {
		String workspace = this.properties.workspace();
		ObjectNode root = this.json.createObjectNode();
		ObjectNode group = root.putObject("layerGroup");
		group.put("name", this.properties.layerGroup());
		group.put("mode", "SINGLE");
		group.put("title", "Mining cadastre");
		group.put("abstractTxt", "Every layer of Iran's mining cadastre with its own style.");
		group.putObject("workspace").put("name", workspace);
		ArrayNode published = group.putObject("publishables").putArray("published");
		ArrayNode styles = group.putObject("styles").putArray("style");
		for (Layer layer : layers) {
			ObjectNode entry = published.addObject();
			entry.put("@type", "layer");
			entry.put("name", workspace + ":" + layer.id());
			styleReference(styles.addObject(), layer.id());
		}
		extent(group.putObject("bounds"));
		return root;
	}

	private void styleReference(ObjectNode reference, String style) {
		reference.put("name", style);
		reference.put("workspace", this.properties.workspace());
	}

	private void extent(ObjectNode box) {
		box.put("minx", this.extent.minx());
		box.put("maxx", this.extent.maxx());
		box.put("miny", this.extent.miny());
		box.put("maxy", this.extent.maxy());
		box.put("crs", "EPSG:4326");
	}

	private static void entry(ArrayNode entries, String key, String value) {
		ObjectNode entry = entries.addObject();
		entry.put("@key", key);
		entry.put("$", value);
	}

	private static String description(Layer layer) {
		String owner = (layer.ownerAgency() != null) ? "owner agency " + layer.ownerAgency()
				: "each feature names the agency consulted";
		return "Current features of the mining cadastre's layer " + layer.id() + " (" + owner + "); an overlap means "
				+ String.join(" + ", layer.consequences()) + ".";
	}

	/**
	 * A bounding box in degrees (EPSG:4326).
	 *
	 * @param minx west
	 * @param miny south
	 * @param maxx east
	 * @param maxy north
	 */
	record Extent(double minx, double miny, double maxx, double maxy) {

	}

}
