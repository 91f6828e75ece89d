package ir.cadastre.tiles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import ir.cadastre.SqlFile;

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

	/**
	 * Names the way tiles are made (the SQL, the thinning levels, the cap), so that a
	 * fingerprint changes when a new version of the service would render the same data
	 * differently.
	 */
	static final String RENDERING = digest(TILE + Thinning.LEVELS + MAX_BYTES);

	private final JdbcClient db;

	VectorTiles(JdbcClient db) {
		this.db = db;
	}

	/**
	 * The layer's tile at this address, thinned at each {@link Thinning} level in turn
	 * until it fits in {@link #MAX_BYTES}. The layer id is only compared with the
	 * catalogue's, as a bind parameter, in the same statement (one round trip per tile).
	 * @param ifNoneMatch the client's If-None-Match header, or {@code ""}
	 * @return the tile, with no bytes ({@code null}) when its fingerprint is one of the
	 * client's tags and zero bytes when no feature meets it; empty when the catalogue has
	 * no such layer
	 */
	Optional<Tile> render(String layer, TileAddress address, String ifNoneMatch) {
		Optional<Tile> tile = Optional.empty();
		for (Thinning thinning : Thinning.LEVELS) {
			tile = render(layer, address, thinning, ifNoneMatch);
			if (tile.isEmpty() || tile.get().bytes() == null || tile.get().bytes().length <= MAX_BYTES) {
				return tile;
			}
		}
		throw new IllegalStateException("Tile " + address + " of " + layer + " is still " + tile.get().bytes().length
				+ " bytes with no feature in it");
	}

	Optional<Tile> render(String layer, TileAddress address, Thinning thinning, String ifNoneMatch) {
		return this.db.sql(TILE)
			.param("layer", layer)
			.param("z", address.z())
			.param("x", address.x())
			.param("y", address.y())
			.param("extent", thinning.extent())
			.param("minSize", thinning.minSize())
			.param("labelSize", thinning.labelSize())
			.param("tolerance", thinning.tolerance())
			.param("maxFeatures", thinning.maxFeatures())
			.param("ifNoneMatch", ifNoneMatch)
			.param("rendering", RENDERING)
			.query((rs, n) -> new Tile(rs.getString("etag"), rs.getBytes("tile")))
			.optional();
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
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
