package ir.cadastre.tiles;

import ir.cadastre.SqlFile;
import ir.cadastre.layer.Layer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Renders tiles in PostGIS ({@code sql/tiles/tile.sql}) within the size cap.
 */
@Component
class VectorTiles {

	/** No tile served is larger than this (500 KB). */
	static final int MAX_BYTES = 500_000;

	private static final String TILE = SqlFile.read("sql/tiles/tile.sql");

	private final JdbcClient db;

	VectorTiles(JdbcClient db) {
		this.db = db;
	}

	/**
	 * The layer's tile at this address, thinned at each {@link Thinning} level in turn
	 * until it fits in {@link #MAX_BYTES}.
	 * @param ifNoneMatch the client's If-None-Match header, or {@code ""}
	 * @return the tile, with no bytes ({@code null}) when its fingerprint is one of the
	 * client's tags; zero bytes when no feature meets it
	 */
	Tile render(Layer layer, TileAddress address, String ifNoneMatch) {
		Tile tile = null;
		for (Thinning thinning : Thinning.LEVELS) {
			tile = render(layer, address, thinning, ifNoneMatch);
			if (tile.bytes() == null || tile.bytes().length <= MAX_BYTES) {
				return tile;
			}
		}
		throw new IllegalStateException("Tile " + address + " of " + layer.id() + " is still " + tile.bytes().length
				+ " bytes with no feature in it");
	}

	Tile render(Layer layer, TileAddress address, Thinning thinning, String ifNoneMatch) {
		return this.db.sql(TILE)
			.param("layer", layer.id())
			.param("z", address.z())
			.param("x", address.x())
			.param("y", address.y())
			.param("extent", thinning.extent())
			.param("minSize", thinning.minSize())
			.param("labelSize", thinning.labelSize())
			.param("tolerance", thinning.tolerance())
			.param("maxFeatures", thinning.maxFeatures())
			.param("ifNoneMatch", ifNoneMatch)
			.query((rs, n) -> new Tile(rs.getString("etag"), rs.getBytes("tile")))
			.single();
	}

	/**
	 * A rendered tile.
	 *
	 * @param etag the tile's fingerprint, a weak entity tag
	 * @param bytes the Mapbox Vector Tile, or {@code null} when not rendered because the
	 * client has it
	 */
	record Tile(String etag, byte[] bytes) {

	}

}
