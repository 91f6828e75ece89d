package ir.cadastre.web.map;

import java.time.Duration;

import ir.cadastre.web.Acceptable;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/jurisdiction} (Iran's boundary as GeoJSON, for the map) and
 * {@code GET /api/v1/map/settings} (the optional base map).
 */
@RestController
class MapController {

	/** Five decimals of a degree: about a metre, plenty for drawing a national border. */
	private static final String BOUNDARY = """
			SELECT json_build_object('type', 'FeatureCollection',
			       'features', coalesce(json_agg(ST_AsGeoJSON(j.*, 'geom', 5)::json), '[]'::json))::text
			FROM (SELECT code, name, geom FROM jurisdiction ORDER BY code) j
			""";

	private final JdbcClient db;

	private final MapProperties properties;

	MapController(JdbcClient db, MapProperties properties) {
		this.db = db;
		this.properties = properties;
	}

	/**
	 * The boundary every area must lie inside, as a FeatureCollection (one feature per
	 * row of {@code jurisdiction}: code, name, MultiPolygon).
	 */
	@GetMapping(path = "/api/v1/jurisdiction", produces = { Acceptable.GEO_JSON, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> jurisdiction() {
		String boundary = this.db.sql(BOUNDARY).query(String.class).single();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(Acceptable.GEO_JSON))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.body(boundary);
	}

	@GetMapping("/api/v1/map/settings")
	Settings settings() {
		String url = this.properties.baseUrlOrNull();
		return new Settings(url, (url != null) ? this.properties.baseAttribution() : null);
	}

	/**
	 * @param baseMapUrl XYZ tile URL template of the base map, absent when there is none
	 * @param baseMapAttribution its attribution, absent when there is none
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Settings(String baseMapUrl, String baseMapAttribution) {
	}

}
