package ir.cadastre.publish;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ir.cadastre.SqlFile;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The publication tables: what each layer's last publication was, the database grants
 * GeoServer needs, and the pending changes whose tiles publication truncates itself.
 */
@Component
class Publications {

	/** Advisory lock class of publication: one at a time across all instances. */
	private static final int LOCK = 7264;

	private final JdbcClient db;

	private final String status;

	Publications(JdbcClient db) {
		this.db = db;
		this.status = SqlFile.read("sql/publish/publication-status.sql");
	}

	/** Takes the publication lock for the current transaction, if it is free. */
	boolean tryLock() {
		return this.db.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single();
	}

	/** The layers that have a view in the {@code publish} schema. */
	List<String> views() {
		return this.db.sql("SELECT table_name FROM information_schema.views WHERE table_schema = 'publish'")
			.query(String.class)
			.list();
	}

	/** The columns of each {@code publish} view, by layer, in their order. */
	Map<String, List<String>> columns() {
		Map<String, List<String>> columns = new HashMap<>();
		this.db.sql("""
				SELECT table_name, column_name FROM information_schema.columns
				WHERE table_schema = 'publish' ORDER BY table_name, ordinal_position
				""")
			.query((RowCallbackHandler) (rs) -> columns.computeIfAbsent(rs.getString(1), (view) -> new ArrayList<>())
				.add(rs.getString(2)));
		return columns;
	}

	boolean roleExists(String role) {
		return this.db.sql("SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = :role)")
			.param("role", role)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Lets the role read the {@code publish} views, and only them (the service's user
	 * owns the views, so it may grant; a role created after migration V10 needs this).
	 */
	void grantReading(String role) {
		for (String grant : List.of("GRANT USAGE ON SCHEMA publish TO %I",
				"GRANT SELECT ON ALL TABLES IN SCHEMA publish TO %I")) {
			String sql = this.db.sql("SELECT format(:grant, :role)")
				.param("grant", grant)
				.param("role", role)
				.query(String.class)
				.single();
			this.db.sql(sql).update();
		}
	}

	/** Iran's bounding box, rounded outwards to a hundredth of a degree. */
	GeoServerDefinitions.Extent extent() {
		return this.db.sql("""
				SELECT floor(ST_XMin(e) * 100) / 100, floor(ST_YMin(e) * 100) / 100,
				       ceil(ST_XMax(e) * 100) / 100, ceil(ST_YMax(e) * 100) / 100
				FROM (SELECT ST_Extent(geom) AS e FROM jurisdiction) j
				""")
			.query((rs, n) -> new GeoServerDefinitions.Extent(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3),
					rs.getDouble(4)))
			.single();
	}

	/** The datastore fingerprints of the recorded publications, by layer. */
	Map<String, String> storeFingerprints() {
		return this.db.sql("SELECT layer_id, store_sha256 FROM publication")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The changes not yet truncated, by layer. */
	Map<String, List<Long>> pendingChanges() {
		return this.db.sql("SELECT layer_id, id FROM layer_change WHERE done_at IS NULL ORDER BY id")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * Marks changes done because publication truncated their layer; a change the drainer
	 * is sending right now is left to it.
	 */
	void truncatedByPublication(List<Long> changes) {
		if (changes.isEmpty()) {
			return;
		}
		this.db.sql("""
				UPDATE layer_change SET done_at = clock_timestamp(), outcome = 'TRUNCATED'
				WHERE id IN (SELECT id FROM layer_change WHERE id IN (:ids) AND done_at IS NULL
				             FOR UPDATE SKIP LOCKED)
				""").param("ids", changes).update();
	}

	/**
	 * Records one layer after a successful publication.
	 * @param changed whether this publication created or changed something of it
	 * @param truncated whether this publication truncated its tiles
	 */
	void record(Recorded layer, String actor, boolean changed, boolean truncated) {
		this.db.sql("""
				INSERT INTO publication AS p (layer_id, geoserver, workspace, layer_name, style_name, style_sha256,
				                              store_sha256, layer_group, published_at, published_by, checked_at,
				                              truncated_at)
				VALUES (:layer, :geoserver, :workspace, :layerName, :style, :styleSha, :storeSha, :group, now(),
				        :actor, now(), CASE WHEN :truncated THEN now() END)
				ON CONFLICT (layer_id) DO UPDATE SET
				    geoserver = EXCLUDED.geoserver, workspace = EXCLUDED.workspace,
				    layer_name = EXCLUDED.layer_name, style_name = EXCLUDED.style_name,
				    style_sha256 = EXCLUDED.style_sha256, store_sha256 = EXCLUDED.store_sha256,
				    layer_group = EXCLUDED.layer_group,
				    published_at = CASE WHEN :changed THEN now() ELSE p.published_at END,
				    published_by = CASE WHEN :changed THEN EXCLUDED.published_by ELSE p.published_by END,
				    checked_at = now(),
				    truncated_at = coalesce(EXCLUDED.truncated_at, p.truncated_at)
				""")
			.param("layer", layer.layer())
			.param("geoserver", layer.geoserver())
			.param("workspace", layer.workspace())
			.param("layerName", layer.layerName())
			.param("style", layer.style())
			.param("styleSha", layer.styleSha256())
			.param("storeSha", layer.storeSha256())
			.param("group", layer.layerGroup())
			.param("actor", actor)
			.param("changed", changed)
			.param("truncated", truncated)
			.update();
	}

	/** Every layer of the catalogue with what is published of it. */
	List<LayerPublication> status() {
		return this.db.sql(this.status)
			.query((rs, n) -> new LayerPublication(rs.getString("layer"), rs.getString("layer_name") != null,
					rs.getString("layer_name"), rs.getString("style_name"), instant(rs.getTimestamp("published_at")),
					rs.getString("published_by"), instant(rs.getTimestamp("checked_at")),
					instant(rs.getTimestamp("truncated_at")), rs.getInt("pending"), rs.getString("last_error")))
			.list();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * A layer as published.
	 *
	 * @param layer the layer id
	 * @param geoserver GeoServer's URL
	 * @param workspace the workspace
	 * @param layerName {@code workspace:layer}
	 * @param style its default style
	 * @param styleSha256 SHA-256 of the SLD sent
	 * @param storeSha256 SHA-256 of the datastore definition sent
	 * @param layerGroup the group it belongs to
	 */
	record Recorded(String layer, String geoserver, String workspace, String layerName, String style,
			String styleSha256, String storeSha256, String layerGroup) {

	}

}
