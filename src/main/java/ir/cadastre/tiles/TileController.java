package ir.cadastre.tiles;

import ir.cadastre.layer.LayerCatalog;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /tiles/{layer}/{z}/{x}/{y}.mvt}: a layer's Mapbox Vector Tile for any
 * signed-in user.
 */
@RestController
class TileController {

	static final String MVT_TYPE = "application/vnd.mapbox-vector-tile";

	static final MediaType MVT = MediaType.parseMediaType(MVT_TYPE);

	/** What some tile clients ask for by the encoding's name; they are sent an MVT. */
	private static final String PROTOBUF = "application/x-protobuf";

	/**
	 * Caches may keep a tile but must ask before each use (revalidation is cheap: see
	 * {@link VectorTiles}), so a change to a layer shows at once. Public, so that a
	 * shared cache may keep it too: it revalidates with the client's own credentials.
	 */
	private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

	private final LayerCatalog catalog;

	private final VectorTiles tiles;

	TileController(LayerCatalog catalog, VectorTiles tiles) {
		this.catalog = catalog;
		this.tiles = tiles;
	}

	/**
	 * The tile, 200 with zero bytes when no feature meets it, or 304 with no body when
	 * the client's {@code If-None-Match} names it; 400 for an address off the grid, 404
	 * for a layer the catalogue does not have.
	 */
	@GetMapping(path = "/tiles/{layer}/{z}/{x}/{y}.mvt", produces = { MVT_TYPE, PROTOBUF })
	ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable String z, @PathVariable String x,
			@PathVariable String y,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		TileAddress address = TileAddress.parse(z, x, y);
		String tags = (ifNoneMatch != null) ? ifNoneMatch.strip() : "";
		// No tile means no such layer: the catalogue says so (404).
		VectorTiles.Tile tile = this.tiles.render(layer, address, tags)
			.orElseGet(() -> this.tiles.render(this.catalog.get(layer).id(), address, tags).orElseThrow());
		if (tile.bytes() == null) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tile.etag()).cacheControl(REVALIDATE).build();
		}
		return ResponseEntity.ok().contentType(MVT).eTag(tile.etag()).cacheControl(REVALIDATE).body(tile.bytes());
	}

}
