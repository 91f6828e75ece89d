package ir.cadastre.layer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import ir.cadastre.layerfile.LayerFormat;
import ir.cadastre.web.Acceptable;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Text;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/layers}, {@code GET /api/v1/layers/{layer}/features} and {@code GET
 * /api/v1/layers/{layer}/download}.
 */
@RestController
class LayerController {

	private final LayerCatalog catalog;

	private final LayerFeatures features;

	private final LayerVersions versions;

	LayerController(LayerCatalog catalog, LayerFeatures features, LayerVersions versions) {
		this.catalog = catalog;
		this.features = features;
		this.versions = versions;
	}

	@GetMapping("/api/v1/layers")
	List<LayerSummary> layers() {
		return this.features.summaries(this.catalog.all());
	}

	/**
	 * Streams the layer's current features as a GeoJSON FeatureCollection, so a whole
	 * national layer never sits in memory.
	 */
	@GetMapping(path = "/api/v1/layers/{layer}/features",
			produces = { Acceptable.GEO_JSON, MediaType.APPLICATION_JSON_VALUE })
	void features(@PathVariable String layer, @RequestParam(required = false) String bbox,
			@RequestParam(required = false) String limit, @RequestParam(required = false) Long version,
			HttpServletResponse response) throws IOException {
		Layer known = this.catalog.get(layer);
		FeatureQuery query = FeatureQuery.of(known, bbox, limit,
				(version != null) ? this.versions.check(known, version) : null);
		response.setContentType(Acceptable.GEO_JSON);
		response.setCharacterEncoding("UTF-8");
		this.features.write(query, response.getOutputStream());
	}

	/**
	 * The layer's current features, or a version's, as a file to take away: a zipped
	 * Shapefile, a GeoPackage or GeoJSON, with the same attributes in each, named for the
	 * layer ({@code protected_areas.gpkg}, a version's {@code protected_areas-3.gpkg}).
	 * The file is written whole before it is sent, so a failure is an error, never a
	 * truncated file.
	 */
	@GetMapping("/api/v1/layers/{layer}/download")
	void download(@PathVariable String layer, @RequestParam(required = false) String format,
			@RequestParam(required = false) Long version,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
			throws IOException, HttpMediaTypeNotAcceptableException {
		Layer known = this.catalog.get(layer);
		LayerFormat written = writable(format);
		MediaType type = MediaType.parseMediaType(written.mediaType());
		// GeoJSON is JSON: served to a client that asks for JSON, as the features are.
		Acceptable.check(accept,
				(written == LayerFormat.GEOJSON) ? List.of(type, MediaType.APPLICATION_JSON) : List.of(type));
		FeatureQuery query = new FeatureQuery(known, null, null,
				(version != null) ? this.versions.check(known, version) : null);
		Path folder = Files.createTempDirectory("cadastre-download");
		// A version's file is named with its version, so it is not taken for the current
		// one.
		Path file = folder.resolve(known.id() + ((version != null) ? "-" + version : "") + written.extension());
		try {
			this.features.write(query, written, file);
			response.setContentType(written.mediaType());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.getFileName().toString()).build().toString());
			response.setContentLengthLong(Files.size(file));
			// The file is made anew for each request: a Range of it is never served.
			response.setHeader(HttpHeaders.ACCEPT_RANGES, "none");
			Files.copy(file, response.getOutputStream());
		}
		finally {
			FileSystemUtils.deleteRecursively(folder);
		}
	}

	private static LayerFormat writable(String format) {
		return Stream.of(LayerFormat.GEOJSON, LayerFormat.SHAPEFILE, LayerFormat.GEOPACKAGE)
			.filter((f) -> f.name().equalsIgnoreCase(format))
			.findFirst()
			.orElseThrow(() -> CadastreProblem.invalidParameter("format",
					Text.of("format must be geojson, shapefile or geopackage.")));
	}

}
