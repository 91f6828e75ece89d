package ir.cadastre;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import ir.cadastre.layer.Uploads;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./cadastre db backup}, taken while the service runs, and {@code ./cadastre db
 * restore} into another database: the service starts there with nothing to migrate and
 * answers as it did, the audit trail and its anchors hold, and numbers go on from the
 * highest given. A restore never lands in a database that holds data, and a damaged
 * backup restores nothing.
 */
@CadastreTest
class BackupTests extends ApiTest {

	/** The test database's address: jdbc:postgresql://host:port/name. */
	static final String PORT = PostgisRequired.URL.replaceFirst(".*:(\\d+)/.*", "$1");

	static final String RESTORED = "cadastre_test_restored";

	static final String PROTECTED = "POLYGON((57.61 29.61, 57.63 29.61, 57.63 29.65, 57.61 29.65, 57.61 29.61))";

	/** Across the east half of PROTECTED: a Department of Environment inquiry. */
	static final String APPLIED = "POLYGON((57.62 29.62, 57.64 29.62, 57.64 29.64, 57.62 29.64, 57.62 29.62))";

	static final String LICENSED = "POLYGON((57.70 29.70, 57.72 29.70, 57.72 29.72, 57.70 29.72, 57.70 29.70))";

	static final String AFTER_RESTORE = "POLYGON((57.80 29.80, 57.82 29.80, 57.82 29.82, 57.80 29.82, 57.80 29.80))";

	@TempDir
	Path folder;

	@AfterEach
	void dropTheRestoredDatabase() {
		this.db.sql("DROP DATABASE IF EXISTS " + RESTORED + " WITH (FORCE)").update();
	}

	@Test
	void aRestoredBackupAnswersAsTheRegisterDidAndItsNumbersGoOn() throws Exception {
		Api.Response imported = Uploads.upload(this.api, Fixtures.GIS_ADMIN, "protected_areas", "areas.geojson",
				("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"Bafq\"},"
						+ "\"geometry\":" + this.fixtures.geoJson(PROTECTED) + "}]}")
					.getBytes(StandardCharsets.UTF_8),
				Map.of());
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		JsonNode application = this.fixtures.application(this.api, Fixtures.APPLICANT, APPLIED);
		long receipt = application.get("receipt").longValue();
		String licence = GrantedLicences.exploration(this.api, Fixtures.APPLICANT2, this.fixtures.geoJson(LICENSED));
		long number = this.api.get("/api/v1/licences/" + licence, Fixtures.OFFICER).json().get("number").longValue();
		String digest = this.api.post("/api/v1/audit/anchors", Fixtures.OFFICER, "application/json", "")
			.json()
			.get("digest")
			.stringValue();
		List<String> paths = List.of("/api/v1/applications/by-receipt/" + receipt,
				"/api/v1/licences/by-number/" + number, "/api/v1/inquiries?page=1&pageSize=1000",
				"/api/v1/layers/protected_areas/versions", "/api/v1/audit/anchors");
		Map<String, String> answered = answers(this.api, paths);
		Map<String, Long> sequences = sequences(PostgisRequired.URL);
		long highestReceipt = this.db.sql("SELECT max(receipt) FROM application").query(Long.class).single();
		long highestLicence = this.db.sql("SELECT max(number) FROM licence").query(Long.class).single();

		Path backup = this.folder.resolve("register.backup");
		assertThat(cadastre("backup", backup.toString(), "--database", database()).code()).isZero();
		assertThat(backup.resolveSibling("register.backup.sha256")).exists();
		Script restored = cadastre("restore", backup.toString(), "--database", RESTORED);
		assertThat(restored.code()).as(restored.output()).isZero();
		String url = PostgisRequired.URL.replaceFirst("/[^/]*$", "/" + RESTORED);
		assertThat(sequences(url)).as("every sequence where the backup found it").isEqualTo(sequences);
		long migrations = count(url, "SELECT count(*) FROM flyway_schema_history");
		assertThat(readByGeoServer(url)).as("GeoServer's role reads what it read, the published views")
			.isEqualTo(readByGeoServer(PostgisRequired.URL))
			.contains("publish.licences");

		try (ConfigurableApplicationContext service = start(url)) {
			assertThat(service.getBean(Flyway.class).info().pending()).isEmpty();
			assertThat(count(url, "SELECT count(*) FROM flyway_schema_history")).as("nothing migrated")
				.isEqualTo(migrations);
			Api api = new Api(service.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
			assertThat(answers(api, paths)).isEqualTo(answered);
			assertThat(api.get("/api/v1/applications/by-receipt/" + receipt, Fixtures.OFFICER)
				.json()
				.get("inquiries")
				.get(0)
				.get("deadline")
				.stringValue()).isEqualTo("2026-05-15T20:30:00Z");
			JsonNode checked = api.get("/api/v1/audit/verification?anchor=" + digest, Fixtures.OFFICER).json();
			assertThat(checked.get("intact").asBoolean()).as(checked.toString()).isTrue();
			assertThat(checked.get("anchor").get("problems")).isEmpty();

			long next = this.fixtures.application(api, Fixtures.APPLICANT, AFTER_RESTORE).get("receipt").longValue();
			assertThat(next).as("priority is never given twice").isGreaterThan(highestReceipt);
			String granted = GrantedLicences.exploration(api, Fixtures.APPLICANT2,
					this.fixtures.geoJson(AFTER_RESTORE.replace("29.8", "29.9")));
			assertThat(api.get("/api/v1/licences/" + granted, Fixtures.OFFICER).json().get("number").longValue())
				.isGreaterThan(highestLicence);
		}
		// Other test classes read the shared database's pending applications.
		Api.Response withdrawn = this.api.post(
				"/api/v1/applications/" + application.get("id").stringValue() + "/withdrawal", Fixtures.APPLICANT,
				"application/json", "{}");
		assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
	}

	@Test
	void aRestoreIntoADatabaseThatHoldsDataIsRefusedAndChangesNothing() throws Exception {
		Path backup = this.folder.resolve("register.backup");
		assertThat(cadastre("backup", backup.toString(), "--database", database()).code()).isZero();
		String before = fingerprint();
		Script refused = cadastre("restore", backup.toString(), "--database", database());
		assertThat(refused.code()).isNotZero();
		assertThat(refused.output()).contains("error: database " + database() + " already holds data")
			.contains(database() + " was not changed");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aBackupCutShortRestoresNothingIntoANewDatabase() throws Exception {
		Path cut = damaged((file) -> file.setLength(file.length() - 2000));
		Script refused = cadastre("restore", cut.toString(), "--database", RESTORED);
		assertThat(refused.code()).isNotZero();
		assertThat(refused.output()).contains("could not be restored").contains("nothing was restored");
		assertThat(this.db.sql("SELECT count(*) FROM pg_database WHERE datname = :name")
			.param("name", RESTORED)
			.query(Long.class)
			.single()).as("the database made for it is gone").isZero();
	}

	@Test
	void aBackupDamagedInItsRowsRestoresNothingIntoAnEmptyDatabase() throws Exception {
		Path damaged = damaged((file) -> {
			file.seek(file.length() * 9 / 10);
			byte[] noise = new byte[4096];
			Arrays.fill(noise, (byte) 0x5a);
			file.write(noise);
		});
		this.db.sql("CREATE DATABASE " + RESTORED).update();
		Script refused = cadastre("restore", damaged.toString(), "--database", RESTORED);
		assertThat(refused.code()).isNotZero();
		assertThat(refused.output()).contains("could not be restored").contains("nothing was restored");
		String url = PostgisRequired.URL.replaceFirst("/[^/]*$", "/" + RESTORED);
		assertThat(count(url, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"))
			.as("nothing half-restored")
			.isZero();
		assertThat(count(url, "SELECT count(*) FROM pg_extension WHERE extname = 'postgis'")).isZero();
	}

	@Test
	void aDamagedBackupWithItsChecksumOrNoBackupAtAllIsRefusedBeforeAnythingIsTouched() throws Exception {
		Path backup = this.folder.resolve("register.backup");
		assertThat(cadastre("backup", backup.toString(), "--database", database()).code()).isZero();
		try (RandomAccessFile file = new RandomAccessFile(backup.toFile(), "rw")) {
			file.setLength(file.length() - 1);
		}
		Script refused = cadastre("restore", backup.toString(), "--database", RESTORED);
		assertThat(refused.code()).isNotZero();
		assertThat(refused.output()).contains("does not match its checksum").contains("nothing was restored");

		Path text = Files.writeString(this.folder.resolve("notes.backup"), "not a backup\n");
		Script notBackup = cadastre("restore", text.toString(), "--database", RESTORED);
		assertThat(notBackup.code()).isNotZero();
		assertThat(notBackup.output()).contains("cannot be read as a backup").contains("nothing was restored");
		assertThat(this.db.sql("SELECT count(*) FROM pg_database WHERE datname = :name")
			.param("name", RESTORED)
			.query(Long.class)
			.single()).isZero();
	}

	/** A backup of the test database, changed by the damage, without its checksum. */
	private Path damaged(Damage damage) throws Exception {
		Path backup = this.folder.resolve("register.backup");
		assertThat(cadastre("backup", backup.toString(), "--database", database()).code()).isZero();
		Files.delete(backup.resolveSibling("register.backup.sha256"));
		try (RandomAccessFile file = new RandomAccessFile(backup.toFile(), "rw")) {
			damage.to(file);
		}
		return backup;
	}

	private static Map<String, String> answers(Api api, List<String> paths) {
		Map<String, String> answers = new TreeMap<>();
		for (String path : paths) {
			Api.Response response = api.get(path, Fixtures.OFFICER);
			assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
			answers.put(path, response.body());
		}
		return answers;
	}

	/** Every sequence's last value, by name. */
	private static Map<String, Long> sequences(String url) throws SQLException {
		Map<String, Long> values = new TreeMap<>();
		try (Connection connection = DriverManager.getConnection(url, PostgisRequired.USER, PostgisRequired.PASSWORD);
				ResultSet rows = connection.createStatement()
					.executeQuery("SELECT sequencename, coalesce(last_value, 0) FROM pg_sequences")) {
			while (rows.next()) {
				values.put(rows.getString(1), rows.getLong(2));
			}
		}
		return values;
	}

	/** What GeoServer's role may read, table by table. */
	private static String readByGeoServer(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, PostgisRequired.USER, PostgisRequired.PASSWORD);
				ResultSet rows = connection.createStatement().executeQuery("""
						SELECT string_agg(c.oid::regclass::text, ' ' ORDER BY c.oid::regclass::text)
						FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
						WHERE c.relkind IN ('r', 'v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
						  AND has_table_privilege('cadastre_geoserver', c.oid, 'SELECT')
						""")) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static long count(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, PostgisRequired.USER, PostgisRequired.PASSWORD);
				ResultSet rows = connection.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * The test database's tables, and the rows and highest id of those the register grows
	 * by.
	 */
	private String fingerprint() {
		return this.db
			.sql("""
					SELECT format('%s %s %s %s %s', (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace),
					              (SELECT count(*) FROM application), (SELECT max(receipt) FROM application),
					              (SELECT count(*) FROM audit_event), (SELECT max(id) FROM audit_event))
					""")
			.query(String.class)
			.single();
	}

	private String database() {
		return PostgisRequired.URL.replaceFirst(".*/", "");
	}

	/** The service, as in production, on the restored database. */
	private static ConfigurableApplicationContext start(String url) {
		SpringApplication application = new SpringApplication(CadastreApplication.class);
		application.setAdditionalProfiles("test");
		return application.run("--server.port=0", "--spring.main.banner-mode=off", "--spring.datasource.url=" + url);
	}

	/** Runs {@code ./cadastre db <arguments>} on the test database's cluster. */
	private static Script cadastre(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("./cadastre", "db"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("CADASTRE_DB_PORT", PORT);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return new Script(process.exitValue(), output);
	}

	record Script(int code, String output) {
	}

	interface Damage {

		void to(RandomAccessFile file) throws IOException;

	}

}
