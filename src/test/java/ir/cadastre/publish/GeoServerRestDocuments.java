package ir.cadastre.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * GeoServer's own Swagger 2.0 documents of its REST API, verbatim copies in
 * {@code src/test/resources/geoserver-rest-api/} (CC BY documentation of the GeoServer
 * project, with their provenance in {@code SOURCES.md}; test data, never shipped), as
 * validators of the requests the client sends. Their known defects (that folder's README)
 * are handled here:
 * <ol>
 * <li>documents that {@code createForSpecificationUrl} cannot load are parsed with
 * swagger-parser, whose messages are ignored;</li>
 * <li>body schemas describe the inner object of wrapped payloads, so body schemas are not
 * checked here (unknown properties ignored, and bodies are compared with golden files
 * instead);</li>
 * <li>datastores.yaml and layers.yaml have no basePath: {@code /geoserver/rest} is
 * given;</li>
 * <li>styles.yaml's two paths with a stray {@code /rest} prefix are corrected in a copy;
 * </li>
 * <li>gwcmasstruncate.yaml documents query parameters where the server wants an XML body
 * with {@code Content-Type: text/xml}: its missing query parameter and its body are not
 * held against a request (the client test checks the body and content type itself);</li>
 * <li>featuretypes.yaml describes {@code recalculate=attributes} for a datastore's
 * feature type, but its enum of values omits it: it is added in a copy.</li>
 * </ol>
 */
final class GeoServerRestDocuments {

	static final Path FOLDER = Path.of("src", "test", "resources", "geoserver-rest-api");

	private static final Map<String, String> BASE_PATHS = Map.of("datastores.yaml", "/geoserver/rest", "layers.yaml",
			"/geoserver/rest");

	private static final List<String> DOCUMENTS = List.of("workspaces.yaml", "datastores.yaml", "featuretypes.yaml",
			"styles.yaml", "layers.yaml", "layergroups.yaml", "gwclayers.yaml", "gwcmasstruncate.yaml");

	private final Map<String, OpenApiInteractionValidator> validators = new LinkedHashMap<>();

	GeoServerRestDocuments() {
		for (String name : DOCUMENTS) {
			this.validators.put(name, validator(name));
		}
	}

	/**
	 * Checks a request's path, method, content type and parameters against the document
	 * that describes its path.
	 * @return the problems found; empty when the request is documented and valid
	 */
	List<String> check(String method, String path, Map<String, String> query, String contentType, String body) {
		Request request = request(method, path, query, contentType, body);
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, OpenApiInteractionValidator> document : this.validators.entrySet()) {
			ValidationReport report = document.getValue().validateRequest(request);
			boolean elsewhere = report.getMessages()
				.stream()
				.anyMatch((message) -> message.getKey().equals("validation.request.path.missing"));
			if (!elsewhere) {
				report.getMessages()
					.stream()
					.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
					.forEach((message) -> problems
						.add(document.getKey() + ": " + message.getKey() + ": " + message.getMessage()));
				return problems;
			}
		}
		problems.add("no GeoServer REST document describes " + method + " " + path);
		return problems;
	}

	private static Request request(String method, String path, Map<String, String> query, String contentType,
			String body) {
		SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(method), path);
		query.forEach(builder::withQueryParam);
		if (contentType != null) {
			builder.withContentType(contentType);
		}
		if (body != null && !body.isEmpty()) {
			builder.withBody(body);
		}
		return builder.build();
	}

	private static OpenApiInteractionValidator validator(String name) {
		OpenApiInteractionValidator.Builder builder = OpenApiInteractionValidator.createFor(parse(name))
			.withLevelResolver(levels(name));
		if (BASE_PATHS.containsKey(name)) {
			builder.withBasePathOverride(BASE_PATHS.get(name));
		}
		return builder.build();
	}

	private static LevelResolver levels(String name) {
		LevelResolver.Builder levels = LevelResolver.create()
			.withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE);
		if (name.equals("gwcmasstruncate.yaml")) {
			levels.withLevel("validation.request.parameter.query.missing", ValidationReport.Level.IGNORE)
				.withLevel("validation.request.body.unexpected", ValidationReport.Level.IGNORE)
				.withLevel("validation.request.contentType.notAllowed", ValidationReport.Level.IGNORE);
		}
		return levels.build();
	}

	private static OpenAPI parse(String name) {
		Path document = FOLDER.resolve(name);
		if (!Files.isRegularFile(document)) {
			throw new IllegalStateException(
					"GeoServer's REST documents are expected in " + FOLDER.toAbsolutePath().normalize());
		}
		Path copy = null;
		try {
			if (name.equals("featuretypes.yaml")) {
				String text = Files.readString(document, StandardCharsets.UTF_8)
					.replaceFirst("enum: \\[nativebbox,latlonbbox\\]", "enum: [nativebbox,latlonbbox,attributes]");
				copy = Files.writeString(Files.createTempFile("featuretypes-", ".yaml"), text, StandardCharsets.UTF_8);
				document = copy;
			}
			if (name.equals("styles.yaml")) {
				String text = Files.readString(document, StandardCharsets.UTF_8)
					.replace("\n  /rest/workspaces/{workspace}/styles/{style}:",
							"\n  /workspaces/{workspace}/styles/{style}:")
					.replace("\n  /rest/layers/{layer}/styles:", "\n  /layers/{layer}/styles:");
				copy = Files.writeString(Files.createTempFile("styles-", ".yaml"), text, StandardCharsets.UTF_8);
				document = copy;
			}
			ParseOptions options = new ParseOptions();
			options.setResolve(true);
			OpenAPI api = new OpenAPIParser().readLocation(document.toAbsolutePath().toString(), null, options)
				.getOpenAPI();
			if (api == null) {
				throw new IllegalStateException("swagger-parser could not read " + document);
			}
			return api;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (copy != null) {
				copy.toFile().delete();
			}
		}
	}

}
