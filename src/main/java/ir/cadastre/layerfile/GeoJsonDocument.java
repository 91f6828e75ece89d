package ir.cadastre.layerfile;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.cadastre.web.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A GeoJSON file walked with a streaming parser: the top-level members up to
 * {@code "features"} are read on opening (they are small), then each element of
 * {@code "features"} is read as a tree on its own, so memory holds one feature at a time.
 * A file without {@code "features"} is one Feature or one bare geometry.
 */
final class GeoJsonDocument implements Closeable {

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	/** Top-level members kept; anything else is skipped unread. */
	private static final Set<String> KEPT = Set.of("type", "crs", "name", "id", "properties", "geometry", "coordinates",
			"geometries");

	private static final Pattern NON_NUMBER = Pattern.compile("Non-standard token '([+-]?(?:NaN|INF|Infinity))'");

	private final JsonParser parser;

	private final ObjectNode head = MAPPER.createObjectNode();

	private boolean collection;

	private JsonNode trailingCrs;

	private boolean finished;

	private GeoJsonDocument(JsonParser parser) {
		this.parser = parser;
	}

	static GeoJsonDocument open(Path file) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
		GeoJsonDocument document;
		try {
			document = new GeoJsonDocument(MAPPER.createParser(in));
		}
		catch (JacksonException ex) {
			in.close();
			throw invalid(ex);
		}
		try {
			document.readHead();
			return document;
		}
		catch (RuntimeException ex) {
			document.close();
			throw ex;
		}
	}

	private void readHead() {
		try {
			JsonToken first = this.parser.nextToken();
			if (first == null) {
				throw new LayerFileException(Text.of("The GeoJSON file is empty."));
			}
			if (first != JsonToken.START_OBJECT) {
				throw new LayerFileException(Text.of("The file is not GeoJSON: it must hold one JSON object ({…})."));
			}
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = this.parser.currentName();
				JsonToken value = this.parser.nextToken();
				if (name.equals("features")) {
					if (value != JsonToken.START_ARRAY) {
						throw new LayerFileException(Text.of("The GeoJSON 'features' member must be an array."));
					}
					this.collection = true;
					return;
				}
				if (KEPT.contains(name)) {
					this.head.set(name, (JsonNode) this.parser.readValueAsTree());
				}
				else {
					this.parser.skipChildren();
				}
			}
			finish();
			String type = type();
			if (type.equals("FeatureCollection")) {
				throw new LayerFileException(Text.of("The GeoJSON FeatureCollection has no 'features' array."));
			}
			if (!type.equals("Feature") && !this.head.has("coordinates") && !this.head.has("geometries")) {
				throw new LayerFileException(type.isEmpty()
						? Text.of("The JSON is not GeoJSON: it is neither a FeatureCollection with 'features', nor a "
								+ "Feature, nor a geometry.")
						: Text.of("The JSON is not GeoJSON: it is neither a FeatureCollection with 'features', nor a "
								+ "Feature, nor a geometry (type '{0}').", type));
			}
		}
		catch (JacksonException ex) {
			throw invalid(ex);
		}
	}

	/**
	 * The top-level {@code type}, or "" when it is missing or comes after the features.
	 */
	String type() {
		JsonNode type = this.head.get("type");
		return (type != null && type.isString()) ? type.stringValue() : "";
	}

	/** A top-level member read before the features (crs, name), or {@code null}. */
	JsonNode member(String name) {
		return this.head.get(name);
	}

	/**
	 * Whether the document is a FeatureCollection whose features are still to be read.
	 */
	boolean isCollection() {
		return this.collection;
	}

	/**
	 * The {@code crs} member that followed the features, once they have all been read;
	 * {@code null} when there was none (or when the features are still being read).
	 */
	JsonNode trailingCrs() {
		return this.trailingCrs;
	}

	/**
	 * The next feature as a tree (for a single Feature or geometry, the document itself,
	 * once), or {@code null} after the last.
	 */
	JsonNode nextFeature() {
		if (!this.collection) {
			if (this.finished) {
				return null;
			}
			this.finished = true;
			return this.head.has("coordinates") || this.head.has("geometries") ? asFeature(this.head) : this.head;
		}
		try {
			JsonToken token = this.parser.nextToken();
			if (token == JsonToken.END_ARRAY || token == null) {
				endCollection(token);
				return null;
			}
			return this.parser.readValueAsTree();
		}
		catch (JacksonException ex) {
			throw invalid(ex);
		}
	}

	/**
	 * The names in the next feature's {@code properties} (its {@code id} first, when it
	 * has one), read without building the feature; {@code null} after the last.
	 */
	List<String> nextPropertyNames() {
		if (!this.collection) {
			JsonNode feature = nextFeature();
			return (feature != null) ? GeoJsonFeatureReader.attributeNames(feature) : null;
		}
		try {
			JsonToken token = this.parser.nextToken();
			if (token == JsonToken.END_ARRAY || token == null) {
				endCollection(token);
				return null;
			}
			List<String> names = new ArrayList<>();
			if (token != JsonToken.START_OBJECT) {
				this.parser.skipChildren();
				return names;
			}
			boolean id = false;
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String member = this.parser.currentName();
				JsonToken value = this.parser.nextToken();
				id |= member.equals("id") && value != JsonToken.VALUE_NULL;
				if (member.equals("properties") && value == JsonToken.START_OBJECT) {
					while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
						names.add(this.parser.currentName());
						this.parser.nextToken();
						this.parser.skipChildren();
					}
				}
				else {
					this.parser.skipChildren();
				}
			}
			if (id && !names.contains("id")) {
				names.add(0, "id");
			}
			return names;
		}
		catch (JacksonException ex) {
			throw invalid(ex);
		}
	}

	private static JsonNode asFeature(JsonNode geometry) {
		ObjectNode feature = MAPPER.createObjectNode();
		feature.put("type", "Feature");
		feature.set("geometry", geometry);
		return feature;
	}

	/** Reads what follows the features array: the rest of the object, then nothing. */
	private void endCollection(JsonToken token) {
		if (token == null) {
			throw new LayerFileException(Text.of("The GeoJSON is truncated: it ends inside 'features'."));
		}
		while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = this.parser.currentName();
			this.parser.nextToken();
			if (name.equals("crs")) {
				this.trailingCrs = this.parser.readValueAsTree();
			}
			else {
				this.parser.skipChildren();
			}
		}
		finish();
		this.collection = false;
		this.finished = true;
	}

	/** Checks that the top-level object has ended and nothing follows it. */
	private void finish() {
		if (this.parser.currentToken() != JsonToken.END_OBJECT) {
			throw new LayerFileException(Text.of("The GeoJSON is truncated: it ends before its closing '}'."));
		}
		if (this.parser.nextToken() != null) {
			throw new LayerFileException(
					Text.of("The GeoJSON has content after its closing '}'{0}.", at(this.parser.currentLocation())));
		}
	}

	static LayerFileException invalid(JacksonException ex) {
		String message = String.valueOf(ex.getOriginalMessage()).lines().findFirst().orElse("");
		int marker = message.indexOf(" (start marker at");
		message = (marker >= 0) ? message.substring(0, marker) : message;
		// Jackson names its own switch for NaN and Infinity, which means nothing to the
		// uploader: what matters is that the file holds a number that is not one.
		Matcher nonNumber = NON_NUMBER.matcher(message);
		if (nonNumber.find()) {
			return new LayerFileException(
					Text.of("The GeoJSON holds {0}, which is not a number JSON can hold: a "
							+ "coordinate or value that is not a number{1}.", nonNumber.group(1), at(ex.getLocation())),
					ex);
		}
		return new LayerFileException(Text.of("The GeoJSON is not valid JSON: {0}{1}.", message, at(ex.getLocation())),
				ex);
	}

	private static Text at(TokenStreamLocation location) {
		return (location == null || location.getLineNr() < 1) ? Text.of("")
				: Text.of(" (line {0}, column {1})", location.getLineNr(), location.getColumnNr());
	}

	@Override
	public void close() {
		this.parser.close();
	}

}
