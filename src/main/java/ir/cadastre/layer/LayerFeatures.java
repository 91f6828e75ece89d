package ir.cadastre.layer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ir.cadastre.layerfile.AttributeField;
import ir.cadastre.layerfile.LayerFileWriter;
import ir.cadastre.layerfile.LayerFormat;
import net.postgis.jdbc.PGbox2d;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads layer features from PostGIS, which writes each as GeoJSON, or writes them to a
 * file of a format GIS staff import.
 */
@Component
class LayerFeatures {

	/**
	 * The features a query asks for: the current ones or a version's, in a box, at most a
	 * limit.
	 */
	private static final String CHOSEN = """
			WHERE f.layer_id = :layer
			  AND (CASE WHEN :version::bigint IS NULL
			            THEN f.retired_in IS NULL AND (f.ends_at IS NULL OR f.ends_at > cadastre_now())
			            ELSE f.version_id <= :version AND (f.retired_in IS NULL OR f.retired_in > :version) END)
			  AND (:noBbox OR f.geom && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326))
			ORDER BY f.id
			LIMIT :limit
			""";

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
			""" + CHOSEN;

	/**
	 * Each row one feature: its attributes, named as {@link #FIELDS} (and for a licence
	 * of the register {@link #REGISTER_FIELDS}), and its area as WKB.
	 */
	private static final String FILE_FEATURES = """
			SELECT f.external_id AS id, f.name, f.name_fa, coalesce(f.agency_id, l.owner_agency) AS agency, f.status,
			       f.id AS feature_id, f.version_id AS version, f.properties->>'licenceId' AS licence_id,
			       r.number AS licence_no, r.type AS kind, r.holder, r.mineral, r.status AS lic_status,
			       r.last_day::text AS last_day, r.last_day_solar_hijri AS lastday_sh, ST_AsBinary(f.geom) AS geom
			FROM feature f JOIN layer l ON l.id = f.layer_id
			LEFT JOIN licence r ON f.layer_id = 'licences' AND r.feature_id = f.id
			""" + CHOSEN;

	/**
	 * The attributes of a feature in a file, named as a Shapefile holds them (ten letters
	 * at most) and as the import finds them: {@code id} is the feature's id in its
	 * source, the service's own is {@code feature_id}.
	 */
	static final List<AttributeField> FIELDS = List.of(AttributeField.text("id"), AttributeField.text("name"),
			AttributeField.text("name_fa"), AttributeField.text("agency", 64), AttributeField.text("status", 32),
			AttributeField.integer("feature_id"), AttributeField.integer("version"),
			AttributeField.text("licence_id", 36));

	/**
	 * What the licences layer's file adds of the register: the licence's number, kind,
	 * holder, mineral, state and last day (ISO and Solar Hijri), as a licence's document
	 * gives them.
	 */
	static final List<AttributeField> REGISTER_FIELDS = List.of(AttributeField.integer("licence_no"),
			AttributeField.text("kind", 32), AttributeField.text("holder", 64), AttributeField.text("mineral", 64),
			AttributeField.text("lic_status", 32), AttributeField.text("last_day", 10),
			AttributeField.text("lastday_sh", 10));

	private final JdbcClient db;

	LayerFeatures(JdbcClient db) {
		this.db = db;
	}

	/**
	 * Every layer's current features, counted and bounded, without reading a national
	 * layer: what a layer's imports made current is read from its newest version (V30),
	 * and only what no import describes is counted, through the indexes. That is the
	 * features the service writes itself, which have no version (applications, issued
	 * licences); every feature of the licences layer, because the register ends an
	 * imported licence in place (its term, {@code feature.ends_at}); and every feature of
	 * a layer whose newest version recorded no count.
	 */
	List<LayerSummary> summaries(List<Layer> layers) {
		Map<String, Extent> recorded = this.db.sql("""
				SELECT layer_id, layer_count AS n, layer_extent AS e
				FROM (SELECT DISTINCT ON (layer_id) * FROM layer_version ORDER BY layer_id, id DESC) AS newest
				WHERE layer_count IS NOT NULL AND layer_id <> 'licences'
				""").query(LayerFeatures::extent).list().stream().collect(Collectors.toMap(Extent::layer, (e) -> e));
		String[] countedLive = layers.stream()
			.map(Layer::id)
			.filter((id) -> !recorded.containsKey(id))
			.toArray(String[]::new);
		Map<String, Extent> extents = new HashMap<>(recorded);
		this.db.sql("""
				SELECT layer_id, count(*) AS n, ST_Extent(geom) AS e
				FROM feature
				WHERE retired_in IS NULL AND (version_id IS NULL OR layer_id = ANY (:layers))
				  AND (ends_at IS NULL OR ends_at > cadastre_now())
				GROUP BY layer_id
				""")
			.param("layers", countedLive)
			.query(LayerFeatures::extent)
			.list()
			.forEach((live) -> extents.merge(live.layer(), live, Extent::plus));
		return layers.stream().map((layer) -> {
			Extent extent = extents.getOrDefault(layer.id(), new Extent(layer.id(), 0, null));
			return new LayerSummary(layer.id(), layer.title(), layer.titleFa(), layer.ownerAgency(),
					layer.consequences(), extent.count(), extent.bbox());
		}).toList();
	}

	/**
	 * Writes the features as a FeatureCollection while the rows arrive (a cursor, not a
	 * list).
	 */
	@Transactional(readOnly = true)
	public void write(FeatureQuery query, OutputStream out) throws IOException {
		out.write("{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8));
		boolean[] first = { true };
		try {
			params(this.db.sql(FEATURES), query).withFetchSize(500).query((rs) -> {
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

	/**
	 * Writes the features to a file of the format, with the attributes {@link #FIELDS}
	 * (and, for the licences layer, {@link #REGISTER_FIELDS}), while the rows arrive.
	 * @return the number of features written
	 */
	@Transactional(readOnly = true)
	public long write(FeatureQuery query, LayerFormat format, Path file) {
		WKBReader wkb = new WKBReader();
		List<AttributeField> fields = "licences".equals(query.layer().id())
				? Stream.concat(FIELDS.stream(), REGISTER_FIELDS.stream()).toList() : FIELDS;
		try (LayerFileWriter writer = format.create(file, query.layer().id(), 4326, fields)) {
			params(this.db.sql(FILE_FEATURES), query).withFetchSize(500).query((rs) -> {
				// in the fields' order, which a GeoJSON file's columns follow
				Map<String, Object> attributes = new LinkedHashMap<>();
				for (AttributeField field : fields) {
					Object value = rs.getObject(field.name());
					attributes.put(field.name(), (format == LayerFormat.SHAPEFILE && value instanceof String text)
							? fitted(text, field) : value);
				}
				try {
					writer.write(attributes, wkb.read(rs.getBytes("geom")));
				}
				catch (ParseException ex) {
					throw new IllegalStateException("PostGIS wrote WKB that JTS cannot read", ex);
				}
			});
			return writer.count();
		}
	}

	/**
	 * Text cut to what a Shapefile's field holds, at the end of a character, as GDAL cuts
	 * it: 254 bytes of UTF-8 are 127 Persian letters.
	 */
	private static String fitted(String text, AttributeField field) {
		int end = text.length();
		while (text.substring(0, end).getBytes(StandardCharsets.UTF_8).length > field.width()) {
			end = text.offsetByCodePoints(end, -1);
		}
		return text.substring(0, end);
	}

	/** The query's parameters: the layer, the version, the box and the limit. */
	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, FeatureQuery query) {
		double[] box = (query.bbox() != null) ? query.bbox() : new double[4];
		return sql.param("layer", query.layer().id())
			.param("noBbox", query.bbox() == null)
			.param("version", query.version())
			.param("minLon", box[0])
			.param("minLat", box[1])
			.param("maxLon", box[2])
			.param("maxLat", box[3])
			.param("limit", (query.limit() != null) ? query.limit() : null);
	}

	private static Extent extent(ResultSet rs, int row) throws SQLException {
		PGbox2d box = (PGbox2d) rs.getObject("e");
		return new Extent(rs.getString("layer_id"), rs.getLong("n"), (box != null)
				? new double[] { box.getLLB().getX(), box.getLLB().getY(), box.getURT().getX(), box.getURT().getY() }
				: null);
	}

	/** A layer's count and {@code [minLon, minLat, maxLon, maxLat]}, null when empty. */
	private record Extent(String layer, long count, double[] bbox) {

		Extent plus(Extent other) {
			if (this.bbox == null || other.bbox == null) {
				return new Extent(this.layer, this.count + other.count, (this.bbox != null) ? this.bbox : other.bbox);
			}
			return new Extent(this.layer, this.count + other.count,
					new double[] { Math.min(this.bbox[0], other.bbox[0]), Math.min(this.bbox[1], other.bbox[1]),
							Math.max(this.bbox[2], other.bbox[2]), Math.max(this.bbox[3], other.bbox[3]) });
		}

	}

}
