package ir.cadastre.publish;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * A small typed client for the parts of GeoServer's REST API that publication uses
 * (catalogue resources, styles, GeoWebCache truncation), on Spring's {@link RestClient}.
 * Every call names its step; an unreachable GeoServer or a refusal becomes a
 * {@link GeoServerFailure}. A 404 on a read is an answer ("not there"), not a failure.
 */
@Component
class GeoServerClient {

	/** SLD 1.0 as GeoServer takes it; without the charset, Persian labels are mangled. */
	static final MediaType SLD = MediaType.parseMediaType("application/vnd.ogc.sld+xml;charset=UTF-8");

	private final GeoServerProperties properties;

	private final JsonMapper json;

	private final RestClient rest;

	GeoServerClient(GeoServerProperties properties, JsonMapper json) {
		this.properties = properties;
		this.json = json;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
		requests.setReadTimeout(properties.timeout());
		this.rest = RestClient.builder()
			.baseUrl(properties.url().isEmpty() ? "http://geoserver.invalid" : properties.url())
			.requestFactory(requests)
			.defaultHeaders(
					(headers) -> headers.setBasicAuth(properties.user(), properties.password(), StandardCharsets.UTF_8))
			.build();
	}

	/**
	 * The resource's current definition, or empty when GeoServer does not have it (404).
	 */
	Optional<JsonNode> find(GeoServerResource resource) {
		Map<String, String> quiet = resource.quiet() ? Map.of("quietOnNotFound", "true") : Map.of();
		Answer answer = send(resource.step(), HttpMethod.GET, resource.path(), quiet, null, null);
		if (!answer.found()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.json.readTree(answer.body()));
		}
		catch (JacksonException ex) {
			throw GeoServerFailure.refused(resource.step(), "GET", resource.path(), answer.status(),
					"an answer that is not JSON");
		}
	}

	void create(GeoServerResource resource, JsonNode definition) {
		send(resource.step(), HttpMethod.POST, resource.collection(), Map.of(), MediaType.APPLICATION_JSON,
				this.json.writeValueAsBytes(definition))
			.require();
	}

	void update(GeoServerResource resource, JsonNode definition) {
		update(resource, definition, Map.of());
	}

	/** As {@link #update}, with query parameters (e.g. {@code recalculate}). */
	void update(GeoServerResource resource, JsonNode definition, Map<String, String> query) {
		send(resource.step(), HttpMethod.PUT, resource.path(), query, MediaType.APPLICATION_JSON,
				this.json.writeValueAsBytes(definition))
			.require();
	}

	/** Deletes the resource and whatever depends on it. */
	void delete(GeoServerResource resource) {
		send(resource.step(), HttpMethod.DELETE, resource.path(), Map.of("recurse", "true"), null, null).require();
	}

	/** The style's SLD exactly as stored, or empty when there is no such style. */
	Optional<byte[]> style(String workspace, String name) {
		Answer answer = send("style " + name, HttpMethod.GET, stylePath(workspace, name) + ".sld", Map.of(), null,
				null);
		return answer.found() ? Optional.of(answer.body()) : Optional.empty();
	}

	/**
	 * Uploads a new style. GeoServer rewrites an SLD posted to it, so the same file is
	 * then put again with {@code raw=true} (documented for PUT only), which keeps it byte
	 * for byte: the next publication compares it and has nothing to send.
	 */
	void createStyle(String workspace, String name, byte[] sld) {
		send("style " + name, HttpMethod.POST, "/rest/workspaces/" + workspace + "/styles", Map.of("name", name), SLD,
				sld)
			.require();
		updateStyle(workspace, name, sld);
	}

	/** Replaces a style's SLD, byte for byte. */
	void updateStyle(String workspace, String name, byte[] sld) {
		send("style " + name, HttpMethod.PUT, stylePath(workspace, name), Map.of("raw", "true"), SLD, sld).require();
	}

	/** Whether GeoWebCache has a tile layer of this name ({@code workspace:layer}). */
	boolean cached(String step, String tileLayer) {
		return tileLayer(step, tileLayer).isPresent();
	}

	/**
	 * A tile layer's definition, as GeoWebCache's XML, or empty when GeoWebCache does not
	 * cache that layer.
	 */
	Optional<String> tileLayer(String step, String tileLayer) {
		Answer answer = send(step, HttpMethod.GET, tileLayerPath(tileLayer), Map.of(), null, null);
		return answer.found() ? Optional.of(new String(answer.body(), StandardCharsets.UTF_8)) : Optional.empty();
	}

	/** Replaces a tile layer's definition (XML, as {@link #tileLayer} gives it). */
	void updateTileLayer(String step, String tileLayer, String definition) {
		send(step, HttpMethod.PUT, tileLayerPath(tileLayer), Map.of(), MediaType.APPLICATION_XML,
				definition.getBytes(StandardCharsets.UTF_8))
			.require();
	}

	/**
	 * Removes every cached tile of a tile layer. GeoWebCache wants an XML body and
	 * {@code Content-Type: text/xml} exactly (its REST document shows query parameters
	 * instead).
	 */
	void truncate(String step, String tileLayer) {
		String body = "<truncateLayer><layerName>" + tileLayer + "</layerName></truncateLayer>";
		send(step, HttpMethod.POST, "/gwc/rest/masstruncate", Map.of(), MediaType.TEXT_XML,
				body.getBytes(StandardCharsets.UTF_8))
			.require();
	}

	/** Where GeoWebCache's REST API keeps a tile layer's definition, as XML. */
	static String tileLayerPath(String tileLayer) {
		return "/gwc/rest/layers/" + tileLayer + ".xml";
	}

	private static String stylePath(String workspace, String name) {
		return "/rest/workspaces/" + workspace + "/styles/" + name;
	}

	private Answer send(String step, HttpMethod method, String path, Map<String, String> query, MediaType type,
			byte[] body) {
		try {
			RestClient.RequestBodySpec request = this.rest.method(method).uri((uri) -> {
				uri.path(path);
				query.forEach(uri::queryParam);
				return uri.build();
			}).accept(MediaType.APPLICATION_JSON, MediaType.ALL);
			if (body != null) {
				// Bytes, so that no converter adds a charset or re-encodes: GeoServer
				// reads the content type literally.
				request.header(HttpHeaders.CONTENT_TYPE, type.toString()).body(body);
			}
			Answer answer = request.exchange((req, res) -> new Answer(step, method.name(), path,
					res.getStatusCode().value(), StreamUtils.copyToByteArray(res.getBody())));
			if (answer.status() >= 400 && answer.status() != 404) {
				throw answer.refusal();
			}
			return answer;
		}
		catch (ResourceAccessException ex) {
			throw GeoServerFailure.unreachable(step, this.properties.url(), ex.getMostSpecificCause());
		}
	}

	/** GeoServer's answer to one request of a step. */
	private record Answer(String step, String method, String path, int status, byte[] body) {

		boolean found() {
			return this.status != 404;
		}

		/** A write must succeed: a 404 there is a refusal like any other. */
		void require() {
			if (!found()) {
				throw refusal();
			}
		}

		GeoServerFailure refusal() {
			return GeoServerFailure.refused(this.step, this.method, this.path, this.status,
					new String(this.body, StandardCharsets.UTF_8));
		}

	}

}
