package ir.cadastre.layer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.postgis.jdbc.PGbox2d;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads layer features from PostGIS, which writes each as GeoJSON.
 */
@Component
class LayerFeatures {

	/**
	 * Each row is one GeoJSON Feature, built by PostGIS with stable attribute names;
	 * {@code licenceId} names the licence of the register a feature of the licences layer
	 * is, and is null for one not (yet) in the register.
	 */
	private static final String FEATURES = """
			SELECT json_build_object(
			    'type', 'Feature',
			    'id', f.id::text,
			    'geometry', ST_AsGeoJSON(f.geom, 7)::json,
			    'properties', json_build_object(
			        'layer', f.layer_id, 'externalId', f.external_id, 'name', f.name, 'nameFa', f.name_fa,
			        'agency', coalesce(f.agency_id, l.owner_agency), 'status', f.status, 'version', f.version_id,
			        'licenceId', f.properties->>'licenceId')
			)::text
			FROM feature f JOIN layer l ON l.id = f.layer_id
			WHERE f.layer_id = :layer
			  AND (CASE WHEN :version::bigint IS NULL
			            THEN f.retired_in IS NULL AND (f.ends_at IS NULL OR f.ends_at > cadastre_now())
			            ELSE f.version_id <= :version AND (f.retired_in IS NULL OR f.retired_in > :version) END)
			  AND (:noBbox OR f.geom && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326))
			ORDER BY f.id
			LIMIT :limit
			""";

	private final JdbcClient db;

	LayerFeatures(JdbcClient db) {
		this.db = db;
	}

	List<LayerSummary> summaries(List<Layer> layers) {
		Map<String, Extent> extents = this.db.sql("""
				SELECT layer_id, count(*) AS n, ST_Extent(geom) AS e
				FROM feature WHERE retired_in IS NULL AND (ends_at IS NULL OR ends_at > cadastre_now())
				GROUP BY layer_id
				""")
			.query((rs, n) -> new Extent(rs.getString("layer_id"), rs.getLong("n"),
					corners((PGbox2d) rs.getObject("e"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Extent::layer, (e) -> e));
		return layers.stream().map((layer) -> {
			Extent extent = extents.get(layer.id());
			return new LayerSummary(layer.id(), layer.title(), layer.titleFa(), layer.ownerAgency(),
					layer.consequences(), (extent != null) ? extent.count() : 0,
					(extent != null) ? extent.bbox() : null);
		}).toList();
	}

	/**
	 * Writes the features as a FeatureCollection while the rows arrive (a cursor, not a
	 * list).
	 */
	@Transactional(readOnly = true)
	public void write(FeatureQuery query, OutputStream out) throws IOException {
		double[] box = (query.bbox() != null) ? query.bbox() : new double[4];
		out.write("{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8));
		boolean[] first = { true };
		try {
			this.db.sql(FEATURES)
				.param("layer", query.layer().id())
				.param("noBbox", query.bbox() == null)
				.param("version", query.version())
				.param("minLon", box[0])
				.param("minLat", box[1])
				.param("maxLon", box[2])
				.param("maxLat", box[3])
				.param("limit", (query.limit() != null) ? query.limit() : null)
				.withFetchSize(500)
				.query((rs) -> {
					try {
						if (!first[0]) {
							out.write(',');
						}
						first[0] = false;
						out.write(rs.getString(1).getBytes(StandardCharsets.UTF_8));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		out.write("]}".getBytes(StandardCharsets.UTF_8));
	}

	private static double[] corners(PGbox2d box) {
		return new double[] { box.getLLB().getX(), box.getLLB().getY(), box.getURT().getX(), box.getURT().getY() };
	}

	private record Extent(String layer, long count, double[] bbox) {
	}

}
