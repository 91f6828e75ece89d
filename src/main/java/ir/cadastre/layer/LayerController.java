package ir.cadastre.layer;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/layers} and {@code GET /api/v1/layers/{layer}/features}.
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
	@GetMapping("/api/v1/layers/{layer}/features")
	void features(@PathVariable String layer, @RequestParam(required = false) String bbox,
			@RequestParam(required = false) String limit, @RequestParam(required = false) Long version,
			HttpServletResponse response) throws IOException {
		Layer known = this.catalog.get(layer);
		FeatureQuery query = FeatureQuery.of(known, bbox, limit,
				(version != null) ? this.versions.check(known, version) : null);
		response.setContentType("application/geo+json");
		response.setCharacterEncoding("UTF-8");
		this.features.write(query, response.getOutputStream());
	}

}
