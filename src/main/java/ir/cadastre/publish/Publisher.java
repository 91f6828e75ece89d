package ir.cadastre.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ir.cadastre.audit.Audit;
import ir.cadastre.layer.Layer;
import ir.cadastre.layer.LayerCatalog;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes every layer to GeoServer (DESIGN §5, {@code POST /api/v1/publication}) and
 * records it, in one transaction: the publication table is written only when every
 * GeoServer step succeeded, so a failure records nothing and the next run finishes the
 * job.
 */
@Component
class Publisher {

	private static final Logger log = LoggerFactory.getLogger(Publisher.class);

	/**
	 * The layer that changes with every submission, too often to truncate its tiles each
	 * time: GeoWebCache keeps its tiles for a short while instead.
	 */
	private static final String LIVE_LAYER = "applications";

	private final GeoServerProperties properties;

	private final GeoServerClient geoServer;

	private final LayerCatalog catalog;

	private final Publications publications;

	private final StyleFiles styles;

	private final Audit audit;

	private final JsonMapper json;

	Publisher(GeoServerProperties properties, GeoServerClient geoServer, LayerCatalog catalog,
			Publications publications, StyleFiles styles, Audit audit, JsonMapper json) {
		this.properties = properties;
		this.geoServer = geoServer;
		this.catalog = catalog;
		this.publications = publications;
		this.styles = styles;
		this.audit = audit;
		this.json = json;
	}

	/**
	 * Makes GeoServer serve every layer that has a {@code publish} view, then truncates
	 * the cached tiles of layers that changed since they were last published.
	 * @param actor who publishes ({@code system} on start)
	 * @throws CadastreProblem 503 when no GeoServer is configured, it cannot be reached,
	 * or the deployment lacks a style or GeoServer's database role; 502 naming the step
	 * when GeoServer refuses; 409 while another publication runs
	 */
	@Transactional
	public PublicationReport publish(String actor) {
		if (!this.properties.configured()) {
			throw notConfigured();
		}
		if (!this.publications.tryLock()) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "publication-in-progress", "Publication in progress",
					Text.of("Another publication is running; try again when it has finished."));
		}
		List<Layer> layers = layers();
		Map<String, byte[]> slds = new LinkedHashMap<>();
		layers.forEach((layer) -> slds.put(layer.id(), this.styles.read(layer.id())));
		String role = this.properties.datastore().user();
		if (!this.publications.roleExists(role)) {
			Text detail = Text.of("The database has no role '{0}' (cadastre.geoserver.datastore.user) for GeoServer "
					+ "to read the publish views with; ./cadastre db start creates it (see the README).", role);
			throw new CadastreProblem(HttpStatus.SERVICE_UNAVAILABLE, "geoserver-role-missing",
					"GeoServer's database role is missing", detail);
		}
		this.publications.grantReading(role);
		Map<String, String> fingerprints = this.publications.storeFingerprints();
		Map<String, List<Long>> pending = this.publications.pendingChanges();
		GeoServerDefinitions definitions = new GeoServerDefinitions(this.properties, this.json,
				this.publications.extent());
		String storeSha = sha256(this.json.writeValueAsBytes(definitions.dataStore()));
		boolean passwordKnown = !fingerprints.isEmpty() && fingerprints.values().stream().allMatch(storeSha::equals);
		PublicationRun run = new PublicationRun(this.geoServer, definitions, this.properties);
		Map<String, PublicationRun.LayerOutcome> outcomes = new LinkedHashMap<>();
		List<String> truncated = new ArrayList<>();
		boolean shared;
		try {
			shared = run.workspace().changed() | run.dataStore(passwordKnown).changed();
			Map<String, List<String>> columns = this.publications.columns();
			for (Layer layer : layers) {
				outcomes.put(layer.id(), run.layer(layer, slds.get(layer.id()), columns.get(layer.id())));
			}
			PublicationRun.Action group = run.layerGroup(layers);
			for (Layer layer : layers) {
				PublicationRun.LayerOutcome outcome = outcomes.get(layer.id());
				boolean stale = outcome.changed() || !fingerprints.containsKey(layer.id())
						|| pending.containsKey(layer.id());
				if (outcome.existed() && stale && run.truncate(layer.id())) {
					truncated.add(layer.id());
				}
			}
			boolean groupExisted = group == PublicationRun.Action.UNCHANGED || group == PublicationRun.Action.UPDATED;
			if (groupExisted && (group.changed() || !truncated.isEmpty())
					&& run.truncate(this.properties.layerGroup())) {
				truncated.add(this.properties.layerGroup());
			}
			if (outcomes.containsKey(LIVE_LAYER)) {
				run.expireTiles(LIVE_LAYER, this.properties.applicationTiles());
			}
		}
		catch (GeoServerFailure failure) {
			log.warn("Publication failed at {}: {}", failure.step(), failure.getMessage());
			throw problem(failure);
		}
		record(actor, layers, slds, storeSha, shared, outcomes, truncated);
		List<Long> handled = new ArrayList<>();
		layers.forEach((layer) -> handled.addAll(pending.getOrDefault(layer.id(), List.of())));
		this.publications.truncatedByPublication(handled);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("geoserver", this.properties.url());
		details.put("layers", layers.stream().map(Layer::id).toList());
		details.put("changes", run.steps().stream().filter((step) -> !step.action().equals("unchanged")).toList());
		this.audit.record(actor, "publication.publish", "publication:" + this.properties.workspace(), details, null);
		return new PublicationReport(this.properties.workspace(), this.properties.layerGroup(),
				this.properties.capabilities(), run.steps(), truncated, this.publications.status());
	}

	/** What is published of each layer, from the database alone. */
	PublicationStatus status() {
		boolean configured = this.properties.configured();
		return new PublicationStatus(configured, this.properties.workspace(), this.properties.layerGroup(),
				configured ? this.properties.capabilities() : null, this.publications.status());
	}

	/**
	 * The layers to publish, in drawing order: reverse catalogue order, so that licences
	 * are drawn on top. A layer without a {@code publish} view is left out (GeoServer
	 * would try to create a table for it).
	 */
	private List<Layer> layers() {
		Set<String> views = Set.copyOf(this.publications.views());
		List<Layer> all = new ArrayList<>(this.catalog.all());
		all.removeIf((layer) -> {
			boolean missing = !views.contains(layer.id());
			if (missing) {
				log.warn("Layer {} has no view publish.{}; it is not published", layer.id(), layer.id());
			}
			return missing;
		});
		Collections.reverse(all);
		return all;
	}

	private void record(String actor, List<Layer> layers, Map<String, byte[]> slds, String storeSha, boolean shared,
			Map<String, PublicationRun.LayerOutcome> outcomes, List<String> truncated) {
		String workspace = this.properties.workspace();
		for (Layer layer : layers) {
			Publications.Recorded recorded = new Publications.Recorded(layer.id(), this.properties.url(), workspace,
					workspace + ":" + layer.id(), layer.id(), sha256(slds.get(layer.id())), storeSha,
					this.properties.layerGroup());
			this.publications.record(recorded, actor, shared || outcomes.get(layer.id()).changed(),
					truncated.contains(layer.id()));
		}
	}

	static CadastreProblem notConfigured() {
		return new CadastreProblem(HttpStatus.SERVICE_UNAVAILABLE, "geoserver-not-configured",
				"No GeoServer configured",
				Text.of("No GeoServer is configured: set CADASTRE_GEOSERVER_URL, CADASTRE_GEOSERVER_USER and "
						+ "CADASTRE_GEOSERVER_PASSWORD (cadastre.geoserver.*) to publish."));
	}

	private static CadastreProblem problem(GeoServerFailure failure) {
		Text detail = Text.of("Publication stopped at {0}: {1}. Nothing was recorded; what GeoServer already has is "
				+ "kept and checked again by the next publication.", failure.step(), failure.reason());
		if (failure.refused()) {
			return new CadastreProblem(HttpStatus.BAD_GATEWAY, "geoserver-refused", "GeoServer refused", detail,
					List.of(), Map.of("step", failure.step(), "geoserverStatus", failure.status()));
		}
		return new CadastreProblem(HttpStatus.SERVICE_UNAVAILABLE, "geoserver-unreachable", "GeoServer unreachable",
				detail, List.of(), Map.of("step", failure.step()));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
