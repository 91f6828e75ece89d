package ir.cadastre.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An area's vertices, as a receipt or a licence lists them: ring by ring, each vertex in
 * WGS 84 and in the UTM zone of the area's centre (SQL {@code area_vertices}).
 *
 * @param utmSrid the UTM zone the vertices are also given in (EPSG:32638 to 32641)
 * @param rings the rings: of each polygon its shell, then its holes
 */
public record AreaVertices(int utmSrid, List<Ring> rings) {

	/**
	 * Reads the vertices of a stored area.
	 * @param db the database
	 * @param area a query of one geometry, naming its row {@code :id}, e.g.
	 * {@code SELECT geom FROM licence WHERE id = :id}
	 * @param id the row
	 * @return the vertices; no rings when there is no such row
	 */
	public static AreaVertices read(JdbcClient db, String area, UUID id) {
		List<Ring> rings = new ArrayList<>();
		int[] srid = new int[1];
		db.sql("SELECT * FROM area_vertices((" + area + "))").param("id", id).query((RowCallbackHandler) (rs) -> {
			srid[0] = rs.getInt("srid");
			if (rs.getInt("n") == 1) {
				rings.add(new Ring(rs.getInt("polygon"), rs.getInt("ring") > 0, new ArrayList<>()));
			}
			rings.get(rings.size() - 1)
				.vertices()
				.add(new Vertex(rs.getInt("n"), rs.getDouble("lon"), rs.getDouble("lat"), rs.getDouble("easting"),
						rs.getDouble("northing")));
		});
		return new AreaVertices(srid[0], rings);
	}

	/**
	 * One ring of the area.
	 *
	 * @param polygon the polygon it belongs to, from 1
	 * @param hole whether it is a hole; the first ring of each polygon is its shell
	 * @param vertices its vertices in order, the closing one (the first again) left out
	 */
	public record Ring(int polygon, boolean hole, List<Vertex> vertices) {
	}

	/**
	 * A vertex, numbered from 1 in its ring.
	 *
	 * @param n its number
	 * @param lon longitude, WGS 84
	 * @param lat latitude, WGS 84
	 * @param easting metres east in the UTM zone
	 * @param northing metres north in the UTM zone
	 */
	public record Vertex(int n, double lon, double lat, double easting, double northing) {
	}

}
