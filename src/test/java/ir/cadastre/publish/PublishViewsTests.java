package ir.cadastre.publish;

import java.util.List;
import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What GeoServer reads: one view per layer with stable attribute names and current
 * features only, and GeoServer's role {@code cadastre_geoserver}, which may read those
 * views and nothing else.
 */
@CadastreTest
class PublishViewsTests {

	static final String ROLE = "cadastre_geoserver";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	Publications publications;

	@BeforeEach
	void setUp() {
		new Fixtures(this.db).noFeatures();
	}

	@Test
	void everyLayerHasAViewOfItsCurrentFeaturesWithStableAttributes() {
		assertThat(this.publications.views()).containsExactlyInAnyOrderElementsOf(StylesTests.LAYERS);
		for (String layer : StylesTests.LAYERS) {
			List<String> columns = this.db.sql("""
					SELECT column_name FROM information_schema.columns
					WHERE table_schema = 'publish' AND table_name = :layer ORDER BY ordinal_position
					""").param("layer", layer).query(String.class).list();
			assertThat(columns.subList(0, 8)).as(layer)
				.containsExactly("id", "ref", "name", "name_fa", "status", "agency", "consequence", "geom");
			assertThat(columns.subList(8, columns.size())).as(layer + ": the register's, for licences")
				.isEqualTo("licences".equals(layer) ? List.of("licence_no", "kind", "holder", "mineral",
						"licence_status", "last_day", "last_day_solar_hijri") : List.of());
		}
		long version = this.db.sql("""
				INSERT INTO layer_version (layer_id, created_by, source) VALUES ('forests', 'test', 'test') RETURNING id
				""").query(Long.class).single();
		Fixtures fixtures = new Fixtures(this.db);
		long current = fixtures.feature("forests", "Hyrcanian (test)",
				"POLYGON((51 36.2, 51.2 36.2, 51.2 36.4, 51 36.4, 51 36.2))");
		long retired = fixtures.feature("forests", "Cut down (test)",
				"POLYGON((52 36.2, 52.2 36.2, 52.2 36.4, 52 36.4, 52 36.2))");
		this.db.sql("UPDATE feature SET retired_in = :version WHERE id = :id")
			.param("version", version)
			.param("id", retired)
			.update();
		fixtures.feature("protected_areas", "Elsewhere (test)", "POLYGON((53 32, 53.2 32, 53.2 32.2, 53 32.2, 53 32))");
		List<Map<String, Object>> rows = this.db
			.sql("SELECT id, ref, agency, consequence, GeometryType(geom) AS type FROM publish.forests")
			.query()
			.listOfRows();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)).containsEntry("id", current)
			.containsEntry("ref", "Hyrcanian (test)")
			.containsEntry("agency", "frwo")
			.containsEntry("consequence", "INQUIRY")
			.containsEntry("type", "MULTIPOLYGON");
	}

	@Test
	void aLicenceLeavesItsViewAtTheEndOfItsTerm() {
		Fixtures fixtures = new Fixtures(this.db);
		long running = fixtures.feature("licences", "Running", "POLYGON((54 32, 54.1 32, 54.1 32.1, 54 32.1, 54 32))");
		long ended = fixtures.feature("licences", "Ended", "POLYGON((55 33, 55.2 33, 55.2 33.1, 55 33.1, 55 33))");
		// The test clock is 2026-01-15T08:00:00Z: one term ends a minute later, one at
		// that instant.
		fixtures.endsAt(running, "2026-01-15T08:01:00Z");
		fixtures.endsAt(ended, "2026-01-15T08:00:00Z");
		assertThat(this.db.sql("SELECT id FROM publish.licences").query(Long.class).list()).containsExactly(running);
	}

	@Test
	void aPublishedLicenceOfTheRegisterCarriesItsNumberHolderAndLastDay() {
		new Fixtures(this.db).users();
		long feature = new Fixtures(this.db).feature("licences", "EXL-1398-0042",
				"POLYGON((54.5 32.5, 54.52 32.5, 54.52 32.52, 54.5 32.52, 54.5 32.5))");
		Api.Response registered = new Api(this.port).postJson("/api/v1/licences", Fixtures.OFFICER, """
				{"featureId": %d, "holder": "t-applicant2", "type": "EXPLOITATION", "mineral": "copper",
				 "issuedOn": "2020-03-01", "lastDay": "2030-02-28", "termYears": 10}
				""".formatted(feature));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		assertThat(this.db.sql("""
				SELECT licence_no || ' ' || kind || ' ' || holder || ' ' || mineral || ' ' || licence_status || ' '
				       || last_day || ' ' || last_day_solar_hijri
				FROM publish.licences WHERE id = :feature
				""").param("feature", feature).query(String.class).single())
			.isEqualTo(registered.json().get("number").longValue()
					+ " EXPLOITATION t-applicant2 copper ACTIVE 2030-02-28 1408-12-10");
	}

	@Test
	void geoServersRoleReadsThePublishViewsAndNothingElse() {
		if (!this.publications.roleExists(ROLE)) {
			// A test database of one's own (CADASTRE_TEST_DB_URL) may lack the role that
			// ./cadastre creates: make it, as GeoServer's operators would, when allowed
			// to.
			createRole();
		}
		for (String view : StylesTests.LAYERS) {
			assertThat(privilege("publish." + view, "SELECT")).as(view).isTrue();
			assertThat(privilege("publish." + view, "INSERT")).as(view).isFalse();
		}
		for (String table : List.of("feature", "app_user", "audit_event", "application", "publication")) {
			assertThat(privilege("public." + table, "SELECT")).as(table).isFalse();
		}
		assertThat(this.db.sql("SELECT has_schema_privilege(:role, 'publish', 'CREATE')")
			.param("role", ROLE)
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void publicationGrantsReadingAgainToARoleCreatedAfterTheMigration() {
		this.db.sql("REVOKE SELECT ON publish.forests FROM cadastre_geoserver").update();
		assertThat(privilege("publish.forests", "SELECT")).isFalse();
		this.publications.grantReading(ROLE);
		assertThat(privilege("publish.forests", "SELECT")).isTrue();
	}

	private void createRole() {
		try {
			this.db.sql("CREATE ROLE cadastre_geoserver NOLOGIN").update();
		}
		catch (DataAccessException ex) {
			throw new IllegalStateException("The database has no role " + ROLE + " and the test user may not create "
					+ "it: run the tests with ./cadastre test, or create it (see the README, GeoServer's database role)",
					ex);
		}
		this.publications.grantReading(ROLE);
	}

	private boolean privilege(String table, String privilege) {
		return this.db.sql("SELECT has_table_privilege(:role, :table, :privilege)")
			.param("role", ROLE)
			.param("table", table)
			.param("privilege", privilege)
			.query(Boolean.class)
			.single();
	}

}
