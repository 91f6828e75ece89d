package ir.cadastre;

import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows tests start from, written as SQL against the real schema.
 */
public final class Fixtures {

	/** Test users, one per role; all have {@link Api#PASSWORD}. */
	public static final String APPLICANT = "t-applicant";

	public static final String APPLICANT2 = "t-applicant2";

	public static final String DOE_REVIEWER = "t-doe-reviewer";

	public static final String FRWO_REVIEWER = "t-frwo-reviewer";

	public static final String GIS_ADMIN = "t-gis-admin";

	public static final String OFFICER = "t-officer";

	private static final String HASH = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(Api.PASSWORD);

	private final JdbcClient db;

	public Fixtures(JdbcClient db) {
		this.db = db;
	}

	/**
	 * Submits a copper exploration application through the API.
	 * @param wkt its area
	 * @return the application, accepted
	 */
	public JsonNode application(Api api, String applicant, String wkt) {
		Api.Response submitted = api.postJson("/api/v1/applications", applicant,
				"{\"mineral\":\"copper\",\"type\":\"EXPLORATION\",\"geometry\":" + geoJson(wkt) + "}");
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
		return submitted.json();
	}

	/**
	 * Removes every feature and layer version, leaving the catalogue and the boundary.
	 */
	public Fixtures noFeatures() {
		this.db.sql("TRUNCATE feature, feature_part, layer_version CASCADE").update();
		return this;
	}

	public Fixtures users() {
		user(APPLICANT, "APPLICANT", null);
		user(APPLICANT2, "APPLICANT", null);
		user(DOE_REVIEWER, "AGENCY_REVIEWER", "doe");
		user(FRWO_REVIEWER, "AGENCY_REVIEWER", "frwo");
		user(GIS_ADMIN, "GIS_ADMIN", null);
		user(OFFICER, "MINISTRY_OFFICER", null);
		return this;
	}

	private void user(String name, String role, String agency) {
		this.db.sql("""
				INSERT INTO app_user (username, password_hash, role, agency_id) VALUES (:name, :hash, :role, :agency)
				ON CONFLICT (username) DO NOTHING
				""").param("name", name).param("hash", HASH).param("role", role).param("agency", agency).update();
	}

	/** Stores a feature given as WKT (lon/lat) and returns its id. */
	public long feature(String layer, String name, String wkt) {
		return this.db.sql("""
				INSERT INTO feature (layer_id, external_id, name, geom)
				VALUES (:layer, :name, :name, ST_Multi(ST_GeomFromText(:wkt, 4326))) RETURNING id
				""").param("layer", layer).param("name", name).param("wkt", wkt).query(Long.class).single();
	}

	/**
	 * Gives a feature a term (a licence's, {@code feature.ends_at}): from that instant it
	 * no longer counts.
	 */
	public void endsAt(long feature, String instant) {
		this.db.sql("UPDATE feature SET ends_at = CAST(:instant AS timestamptz) WHERE id = :id")
			.param("instant", instant)
			.param("id", feature)
			.update();
	}

	/**
	 * Puts a feature in a version of its layer loaded at an instant, as an import of the
	 * old cadastre's licences would have.
	 */
	public void loadedAt(long feature, String instant) {
		this.db
			.sql("""
					WITH loaded AS (
					    INSERT INTO layer_version (layer_id, created_by, source, created_at)
					    SELECT layer_id, 'gis-admin', 'old cadastre', CAST(:instant AS timestamptz) FROM feature WHERE id = :id
					    RETURNING id
					)
					UPDATE feature SET version_id = (SELECT id FROM loaded) WHERE id = :id
					""")
			.param("instant", instant)
			.param("id", feature)
			.update();
	}

	/** The GeoJSON of a WKT geometry, as PostGIS writes it. */
	public String geoJson(String wkt) {
		return this.db.sql("SELECT ST_AsGeoJSON(ST_GeomFromText(:wkt, 4326))")
			.param("wkt", wkt)
			.query(String.class)
			.single();
	}

	public long count(String table) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException(table);
		}
		return this.db.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

}
