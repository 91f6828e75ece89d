package ir.cadastre.publish;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stand-in's catalogue, answering as GeoServer's REST controllers do (per the REST
 * documents' README): a check of something missing is 404; re-creating an existing
 * resource is 409 (workspace), 403 (style) or 500 (datastore, feature type, layer group);
 * a PUT on a missing layer is 500; a feature type brings its layer, and GeoWebCache a
 * tile layer for every layer and group. Answers carry more than was sent and write some
 * things GeoServer's way (password encrypted, CRS as an object, names with their
 * workspace prefix), so that comparisons are tested as against the real server.
 */
final class StandInCatalog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String REST = "/geoserver/rest";

	private final Map<String, ObjectNode> resources = new LinkedHashMap<>();

	private final Map<String, byte[]> styles = new LinkedHashMap<>();

	/** GeoWebCache's tile layers: name, definition (XML). */
	private final Map<String, String> tileLayers = new LinkedHashMap<>();

	private final List<String> truncations = new ArrayList<>();

	/** The columns of a layer's publish view, which GeoServer lists as attributes. */
	private Function<String, List<String>> columns = (layer) -> List.of();

	void columns(Function<String, List<String>> columns) {
		this.columns = columns;
	}

	void clear() {
		this.resources.clear();
		this.styles.clear();
		this.tileLayers.clear();
		this.truncations.clear();
	}

	/** A tile layer's definition, as GeoWebCache holds it, or {@code null}. */
	String tileLayer(String name) {
		return this.tileLayers.get(name);
	}

	/**
	 * Replaces a tile layer's definition, as an administrator editing it in GeoServer
	 * would.
	 */
	void replaceTileLayer(String name, String definition) {
		this.tileLayers.put(name, definition);
	}

	/** Tile layers truncated, in order. */
	List<String> truncations() {
		return List.copyOf(this.truncations);
	}

	byte[] style(String workspace, String name) {
		return this.styles.get(REST + "/workspaces/" + workspace + "/styles/" + name);
	}

	/** A resource as held (mutable, to make it drift), by its path under /rest. */
	ObjectNode resource(String path) {
		return this.resources.get(REST + path);
	}

	/** Replaces a style's SLD, as an administrator editing it in GeoServer would. */
	void replaceStyle(String workspace, String name, byte[] sld) {
		this.styles.put(REST + "/workspaces/" + workspace + "/styles/" + name, sld);
	}

	/** Removes a layer but leaves its feature type, as an administrator might. */
	void removeLayer(String qualifiedName) {
		this.resources.remove(REST + "/layers/" + qualifiedName);
		this.tileLayers.remove(qualifiedName);
	}

	Answer answer(GeoServerStandIn.Exchange request) {
		String path = request.path();
		String method = request.method();
		if (path.equals("/geoserver/gwc/rest/masstruncate") && method.equals("POST")) {
			return truncate(request);
		}
		Matcher tiles = Pattern.compile("/geoserver/gwc/rest/layers/(.+?)(\\.xml)?").matcher(path);
		if (tiles.matches()) {
			return tileLayer(request, tiles.group(1));
		}
		Matcher style = Pattern.compile(REST + "/workspaces/([^/]+)/styles(?:/([^/.]+)(\\.sld)?)?").matcher(path);
		if (style.matches()) {
			return style(request, style.group(1), style.group(2), style.group(3) != null);
		}
		return switch (method) {
			case "GET" -> get(path);
			case "POST" -> post(path, JSON.readTree(request.body()));
			case "PUT" -> put(path, JSON.readTree(request.body()), request.query());
			case "DELETE" -> delete(path);
			default -> new Answer(405, "text/plain", "Method not allowed");
		};
	}

	private Answer get(String path) {
		ObjectNode held = this.resources.get(path);
		return (held != null) ? json(200, asGeoServerShowsIt(path, held))
				: new Answer(404, "text/plain", "No such " + path);
	}

	private Answer post(String collection, JsonNode body) {
		String kind = body.propertyNames().iterator().next();
		String name = body.get(kind).get("name").asString();
		String path = collection + "/" + name;
		if (!exists(parent(collection))) {
			return new Answer(404, "text/plain", "No such " + parent(collection));
		}
		if (this.resources.containsKey(path)) {
			int status = kind.equals("workspace") ? 409 : 500;
			return new Answer(status, "text/plain", kind + " '" + name + "' already exists");
		}
		this.resources.put(path, (ObjectNode) body.deepCopy());
		if (kind.equals("featureType")) {
			readAttributes(this.resources.get(path));
			String workspace = path.split("/")[4];
			String qualified = workspace + ":" + name;
			ObjectNode layer = JSON.createObjectNode();
			ObjectNode settings = layer.putObject("layer");
			settings.put("name", name);
			settings.put("type", "VECTOR");
			settings.putObject("defaultStyle").put("name", "polygon");
			settings.putObject("resource").put("@class", "featureType").put("name", qualified);
			settings.put("queryable", false);
			this.resources.put(REST + "/layers/" + qualified, layer);
			this.tileLayers.put(qualified, cachedLayer(qualified));
		}
		if (kind.equals("layerGroup")) {
			String qualified = path.split("/")[4] + ":" + name;
			this.tileLayers.put(qualified, cachedLayer(qualified));
		}
		return new Answer(201, "text/plain", name);
	}

	private Answer put(String path, JsonNode body, Map<String, String> query) {
		ObjectNode held = this.resources.get(path);
		if (held == null) {
			int status = path.startsWith(REST + "/layers/") ? 500 : 404;
			return new Answer(status, "text/plain", "No such " + path);
		}
		JsonNode defaultStyle = body.path("layer").path("defaultStyle");
		if (defaultStyle.isObject() && !this.styles.containsKey(REST + "/workspaces/"
				+ defaultStyle.path("workspace").asString() + "/styles/" + defaultStyle.path("name").asString())) {
			return new Answer(500, "text/plain", "No such style " + defaultStyle);
		}
		merge(held, body);
		if ("attributes".equals(query.get("recalculate")) && held.has("featureType")) {
			readAttributes(held);
		}
		return new Answer(200, "text/plain", "");
	}

	/** Lists a feature type's attributes as GeoServer reads them from its view. */
	private void readAttributes(ObjectNode held) {
		ObjectNode type = (ObjectNode) held.get("featureType");
		ArrayNode attributes = type.putObject("attributes").putArray("attribute");
		for (String column : this.columns.apply(type.get("nativeName").asString())) {
			attributes.addObject().put("name", column).put("minOccurs", 0).put("maxOccurs", 1).put("nillable", true);
		}
	}

	private Answer delete(String path) {
		if (this.resources.remove(path) == null) {
			return new Answer(404, "text/plain", "No such " + path);
		}
		Matcher type = Pattern.compile(REST + "/workspaces/([^/]+)/datastores/[^/]+/featuretypes/([^/]+)")
			.matcher(path);
		if (type.matches()) {
			removeLayer(type.group(1) + ":" + type.group(2));
		}
		return new Answer(200, "text/plain", "");
	}

	private Answer style(GeoServerStandIn.Exchange request, String workspace, String name, boolean sld) {
		String key = REST + "/workspaces/" + workspace + "/styles/"
				+ ((name != null) ? name : request.query().get("name"));
		if (request.method().equals("GET")) {
			byte[] held = this.styles.get(key);
			return (held != null && sld) ? new Answer(200, "application/vnd.ogc.sld+xml", held)
					: new Answer(404, "text/plain", "No such style " + name + " in workspace " + workspace);
		}
		boolean create = request.method().equals("POST");
		if (create == this.styles.containsKey(key)) {
			return create ? new Answer(403, "text/plain", "Style " + request.query().get("name") + " already exists.")
					: new Answer(404, "text/plain", "No such style " + name);
		}
		boolean raw = "true".equals(request.query().get("raw"));
		// GeoServer reads the text in the declared charset (the JVM's default otherwise)
		// and, unless raw, writes its own rendering of the SLD.
		String text = new String(request.body(), charset(request.contentType()));
		this.styles.put(key, raw ? request.body() : ("<!-- rewritten -->" + text).getBytes(StandardCharsets.UTF_8));
		return new Answer(create ? 201 : 200, "text/plain", "");
	}

	/**
	 * GET or PUT of a tile layer. A PUT replaces the definition; GeoWebCache takes XML
	 * whose root is the layer and whose name is the one in the path.
	 */
	private Answer tileLayer(GeoServerStandIn.Exchange request, String name) {
		String held = this.tileLayers.get(name);
		if (held == null) {
			return new Answer(404, "text/plain", "Unknown layer: " + name);
		}
		if (request.method().equals("GET")) {
			return new Answer(200, "application/xml", held);
		}
		if (!request.method().equals("PUT")) {
			return new Answer(405, "text/plain", "Method not allowed");
		}
		String type = String.valueOf(request.contentType());
		if (!type.startsWith("application/xml") && !type.startsWith("text/xml")) {
			return new Answer(415, "text/plain", "Content type " + type + " not supported");
		}
		String sent = request.text();
		if (!sent.matches("(?s)(<\\?xml[^>]*\\?>)?\\s*<GeoServerLayer>.*</GeoServerLayer>\\s*")
				|| !sent.contains("<name>" + name + "</name>")) {
			return new Answer(400, "text/plain", "Not the definition of tile layer " + name + ": " + sent);
		}
		this.tileLayers.put(name, sent);
		return new Answer(200, "text/plain", "");
	}

	/**
	 * A tile layer as GeoServer makes one for a new layer (the REST document's example).
	 */
	private static String cachedLayer(String name) {
		return """
				<GeoServerLayer>
				  <id>LayerInfoImpl--3a33e7d0:1400d3d823c:-7fdf</id>
				  <enabled>true</enabled>
				  <inMemoryCached>true</inMemoryCached>
				  <name>%s</name>
				  <mimeFormats>
				    <string>image/png</string>
				    <string>image/jpeg</string>
				  </mimeFormats>
				  <gridSubsets>
				    <gridSubset>
				      <gridSetName>EPSG:900913</gridSetName>
				    </gridSubset>
				    <gridSubset>
				      <gridSetName>EPSG:4326</gridSetName>
				    </gridSubset>
				  </gridSubsets>
				  <metaWidthHeight>
				    <int>4</int>
				    <int>4</int>
				  </metaWidthHeight>
				  <expireCache>0</expireCache>
				  <expireClients>0</expireClients>
				  <parameterFilters>
				    <styleParameterFilter>
				      <key>STYLES</key>
				      <defaultValue/>
				    </styleParameterFilter>
				  </parameterFilters>
				  <gutter>0</gutter>
				</GeoServerLayer>
				""".formatted(name);
	}

	private Answer truncate(GeoServerStandIn.Exchange request) {
		if (!"text/xml".equals(request.contentType())) {
			return new Answer(415, "text/plain", "Content type " + request.contentType() + " not supported");
		}
		Matcher layer = Pattern.compile("<truncateLayer><layerName>([^<]+)</layerName></truncateLayer>")
			.matcher(request.text());
		if (!layer.matches()) {
			return new Answer(400, "text/plain", "Unknown request " + request.text());
		}
		if (!this.tileLayers.containsKey(layer.group(1))) {
			return new Answer(400, "text/plain", "Could not find layer " + layer.group(1));
		}
		this.truncations.add(layer.group(1));
		return new Answer(200, "text/plain", "");
	}

	/** What GeoServer adds to, and changes in, a definition when it shows it. */
	private static JsonNode asGeoServerShowsIt(String path, ObjectNode held) {
		ObjectNode shown = held.deepCopy();
		ObjectNode inner = (ObjectNode) shown.properties().iterator().next().getValue();
		inner.put("dateCreated", "2026-01-15 08:00:00.0 UTC");
		if (inner.has("connectionParameters")) {
			ArrayNode entries = (ArrayNode) inner.get("connectionParameters").get("entry");
			ArrayNode shuffled = JSON.createArrayNode();
			for (int i = entries.size() - 1; i >= 0; i--) {
				ObjectNode entry = (ObjectNode) entries.get(i);
				if (entry.get("@key").asString().equals("passwd")) {
					entry.put("$", "crypt1:9Kq2+stand-in");
				}
				shuffled.add(entry);
			}
			shuffled.addObject().put("@key", "namespace").put("$", "http://cadastre");
			((ObjectNode) inner.get("connectionParameters")).set("entry", shuffled);
		}
		for (String box : List.of("nativeBoundingBox", "bounds")) {
			if (inner.has(box)) {
				ObjectNode crs = JSON.createObjectNode()
					.put("@class", "projected")
					.put("$", inner.get(box).get("crs").asString());
				((ObjectNode) inner.get(box)).set("crs", crs);
			}
		}
		if (inner.has("defaultStyle") && inner.get("defaultStyle").has("workspace")) {
			ObjectNode style = (ObjectNode) inner.get("defaultStyle");
			style.put("name", style.get("workspace").asString() + ":" + style.get("name").asString());
			style.put("href", "http://stand-in/geoserver" + path + ".json");
		}
		if (inner.has("publishables")) {
			for (JsonNode published : inner.get("publishables").get("published")) {
				String name = published.get("name").asString();
				((ObjectNode) published).put("name", name.substring(name.indexOf(':') + 1));
				((ObjectNode) published).put("href", "http://stand-in/geoserver/rest/layers/" + name + ".json");
			}
		}
		return shown;
	}

	private boolean exists(String path) {
		return path.equals(REST) || path.equals(REST + "/workspaces") || this.resources.containsKey(path);
	}

	private static String parent(String collection) {
		return collection.substring(0, collection.lastIndexOf('/'));
	}

	private static void merge(ObjectNode target, JsonNode update) {
		for (Map.Entry<String, JsonNode> field : update.properties()) {
			JsonNode existing = target.get(field.getKey());
			if (existing instanceof ObjectNode object && field.getValue().isObject()) {
				merge(object, field.getValue());
			}
			else {
				target.set(field.getKey(), field.getValue().deepCopy());
			}
		}
	}

	private static Charset charset(String contentType) {
		Matcher charset = Pattern.compile(";\\s*charset=([^;]+)").matcher((contentType != null) ? contentType : "");
		return charset.find() ? Charset.forName(charset.group(1).strip()) : StandardCharsets.ISO_8859_1;
	}

	private static Answer json(int status, JsonNode body) {
		return new Answer(status, "application/json", JSON.writeValueAsBytes(body));
	}

	/**
	 * What the stand-in answers.
	 *
	 * @param status the HTTP status
	 * @param contentType its content type
	 * @param body its body
	 */
	record Answer(int status, String contentType, byte[] body) {

		Answer(int status, String contentType, String body) {
			this(status, contentType, body.getBytes(StandardCharsets.UTF_8));
		}

	}

}
