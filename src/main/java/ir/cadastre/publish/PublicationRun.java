package ir.cadastre.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ir.cadastre.layer.Layer;
import ir.cadastre.web.Text;
import tools.jackson.databind.JsonNode;

/**
 * The GeoServer side of one publication. Every resource is checked first (a GET that may
 * answer 404) and then created, updated, or left alone when GeoServer already holds what
 * would be sent; GeoServer's errors on duplicate creates are never relied on. A run that
 * fails part-way leaves what it made, and the next run finds it and goes on.
 */
class PublicationRun {

	private final GeoServerClient geoServer;

	private final GeoServerDefinitions definitions;

	private final String workspace;

	private final String store;

	private final String group;

	private final List<Step> steps = new ArrayList<>();

	PublicationRun(GeoServerClient geoServer, GeoServerDefinitions definitions, GeoServerProperties properties) {
		this.geoServer = geoServer;
		this.definitions = definitions;
		this.workspace = properties.workspace();
		this.store = properties.datastore().name();
		this.group = properties.layerGroup();
	}

	Action workspace() {
		return ensure(GeoServerResource.workspace(this.workspace), this.definitions.workspace(), true);
	}

	/**
	 * @param passwordKnown whether the password GeoServer holds (and never shows) is the
	 * one that would be sent
	 */
	Action dataStore(boolean passwordKnown) {
		return ensure(GeoServerResource.dataStore(this.workspace, this.store), this.definitions.dataStore(),
				passwordKnown);
	}

	/**
	 * A layer's style, feature type and layer settings, in that order.
	 * @param columns the columns of the layer's {@code publish} view
	 */
	LayerOutcome layer(Layer layer, byte[] sld, List<String> columns) {
		Action style = style(layer.id(), sld);
		GeoServerResource type = GeoServerResource.featureType(this.workspace, this.store, layer.id());
		GeoServerResource settings = GeoServerResource.layer(this.workspace, layer.id());
		JsonNode typeDefinition = this.definitions.featureType(layer);
		Optional<JsonNode> heldType = this.geoServer.find(type);
		Optional<JsonNode> heldSettings = heldType.isPresent() ? this.geoServer.find(settings) : Optional.empty();
		Action typeAction;
		if (heldType.isPresent() && heldSettings.isEmpty()) {
			// A feature type without its layer cannot get one back over REST: start
			// again.
			this.geoServer.delete(type);
			this.geoServer.create(type, typeDefinition);
			typeAction = step(type, Action.RECREATED);
		}
		else if (heldType.isPresent() && otherColumns(heldType.get(), columns)) {
			// The view's columns changed after GeoServer read it (a migration, such as
			// V28's): GeoServer serves them once it reads the view's attributes again.
			this.geoServer.update(type, typeDefinition, Map.of("recalculate", "attributes"));
			typeAction = step(type, Action.UPDATED);
		}
		else {
			typeAction = apply(type, heldType, typeDefinition, true);
		}
		boolean existed = typeAction == Action.UNCHANGED || typeAction == Action.UPDATED;
		if (!existed) {
			// GeoServer makes the layer along with the feature type.
			heldSettings = this.geoServer.find(settings);
			if (heldSettings.isEmpty()) {
				throw GeoServerFailure.refused(settings.step(), "GET", settings.path(), 404,
						Text.of("GeoServer made no layer for the new feature type"));
			}
		}
		Action settingsAction = apply(settings, heldSettings, this.definitions.layer(layer), true);
		return new LayerOutcome(existed, style.changed() || typeAction.changed() || settingsAction.changed());
	}

	Action layerGroup(List<Layer> layers) {
		return ensure(GeoServerResource.layerGroup(this.workspace, this.group), this.definitions.layerGroup(layers),
				true);
	}

	/**
	 * Truncates the cached tiles of a layer or group ({@code workspace:name}), when
	 * GeoWebCache caches it.
	 * @return whether tiles were truncated
	 */
	boolean truncate(String name) {
		String step = "tiles " + this.workspace + ":" + name;
		if (!this.geoServer.cached(step, this.workspace + ":" + name)) {
			this.steps.add(new Step(step, "not cached"));
			return false;
		}
		this.geoServer.truncate(step, this.workspace + ":" + name);
		this.steps.add(new Step(step, "truncated"));
		return true;
	}

	/**
	 * Makes GeoWebCache keep a layer's tiles ({@code workspace:name}) no longer than
	 * this, when it caches that layer.
	 */
	void expireTiles(String name, Duration life) {
		String step = "tile expiry " + this.workspace + ":" + name;
		String tileLayer = this.workspace + ":" + name;
		Optional<String> held = this.geoServer.tileLayer(step, tileLayer);
		if (held.isEmpty()) {
			this.steps.add(new Step(step, "not cached"));
			return;
		}
		Optional<String> updated;
		try {
			updated = TileExpiry.expiring(held.get(), life.toSeconds());
		}
		catch (IllegalArgumentException ex) {
			throw GeoServerFailure.refused(step, "GET", GeoServerClient.tileLayerPath(tileLayer), 200,
					Text.of("an answer that is not a tile layer ({0})", ex.getMessage()));
		}
		if (updated.isEmpty()) {
			step(step, Action.UNCHANGED);
			return;
		}
		this.geoServer.updateTileLayer(step, tileLayer, updated.get());
		step(step, Action.UPDATED);
	}

	List<Step> steps() {
		return List.copyOf(this.steps);
	}

	private Action style(String name, byte[] sld) {
		String step = "style " + name;
		Optional<byte[]> held = this.geoServer.style(this.workspace, name);
		if (held.isEmpty()) {
			this.geoServer.createStyle(this.workspace, name, sld);
			return step(step, Action.CREATED);
		}
		if (Arrays.equals(held.get(), sld)) {
			return step(step, Action.UNCHANGED);
		}
		this.geoServer.updateStyle(this.workspace, name, sld);
		return step(step, Action.UPDATED);
	}

	/**
	 * Whether a feature type GeoServer holds lists attributes other than its view's
	 * columns. GeoServer lists one attribute as an object, several as an array.
	 */
	private static boolean otherColumns(JsonNode held, List<String> columns) {
		JsonNode listed = held.path("featureType").path("attributes").path("attribute");
		if (listed.isMissingNode()) {
			return false;
		}
		Set<String> names = new HashSet<>();
		(listed.isArray() ? listed.values() : List.of(listed)).forEach((a) -> names.add(a.path("name").asString()));
		return !names.equals(new HashSet<>(columns));
	}

	private Action ensure(GeoServerResource resource, JsonNode wanted, boolean comparable) {
		return apply(resource, this.geoServer.find(resource), wanted, comparable);
	}

	private Action apply(GeoServerResource resource, Optional<JsonNode> held, JsonNode wanted, boolean comparable) {
		if (held.isEmpty()) {
			this.geoServer.create(resource, wanted);
			return step(resource, Action.CREATED);
		}
		if (comparable && Covering.covers(held.get(), wanted, this.workspace)) {
			return step(resource, Action.UNCHANGED);
		}
		this.geoServer.update(resource, wanted);
		return step(resource, Action.UPDATED);
	}

	private Action step(GeoServerResource resource, Action action) {
		return step(resource.step(), action);
	}

	private Action step(String step, Action action) {
		this.steps.add(new Step(step, action.name().toLowerCase()));
		return action;
	}

	/** What a step did to a resource. */
	enum Action {

		CREATED, UPDATED, UNCHANGED, RECREATED;

		boolean changed() {
			return this != UNCHANGED;
		}

	}

	/**
	 * What publication did to one layer.
	 *
	 * @param existed whether GeoServer already served it (so it may have stale tiles)
	 * @param changed whether its style, feature type or settings were created or changed
	 */
	record LayerOutcome(boolean existed, boolean changed) {

	}

	/**
	 * One step of a publication, as reported.
	 *
	 * @param resource e.g. {@code feature type forests}
	 * @param action {@code created}, {@code updated}, {@code unchanged},
	 * {@code recreated}, {@code truncated} or {@code not cached}
	 */
	record Step(String resource, String action) {

	}

}
