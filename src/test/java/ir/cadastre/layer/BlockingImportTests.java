package ir.cadastre.layer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.HeldTransactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A licence import and a submission over the same land, at the same time: the submission
 * is recorded before the licence or refused by it, never accepted over it (migration
 * V12). Each side is held open in a transaction of its own while the other runs through
 * the service.
 */
@CadastreTest
class BlockingImportTests {

	/** A 0.02° square in the desert south-east of Yazd. */
	static final String LAND = "POLYGON((55.30 31.20, 55.32 31.20, 55.32 31.22, 55.30 31.22, 55.30 31.20))";

	/** The claim locks of a submission on {@link #LAND}. */
	static final String CLAIM_LOCKS = "SELECT lock_claim_cells(ST_GeomFromText('" + LAND + "', 4326))";

	/** How long a request that must wait is watched before the other side ends. */
	static final long WATCHED_MS = 700;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	DataSource dataSource;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		new Fixtures(this.db).noFeatures().users();
	}

	@Test
	void aSubmissionWaitsForALicenceImportThenMeetsItsLicence() throws Exception {
		// What an import into the licences layer does before it writes.
		try (Connection importing = holding("SELECT lock_all_claims()",
				"INSERT INTO feature (layer_id, external_id, name, geom) VALUES ('licences', 'L-1', 'Licence 1', "
						+ "ST_Multi(ST_GeomFromText('" + LAND + "', 4326)))")) {
			CompletableFuture<Api.Response> submission = CompletableFuture.supplyAsync(this::submit);
			assertThat(waits(submission)).as("the submission waits for the import").isTrue();
			importing.commit();
			Api.Response refused = submission.get(30, TimeUnit.SECONDS);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
			assertThat(refused.json().get("conflicts").get(0).get("layer").stringValue()).isEqualTo("licences");
		}
		assertThat(this.db.sql("SELECT count(*) FROM application").query(Long.class).single()).isZero();
	}

	@Test
	void aLicenceImportWaitsForASubmissionInFlight() throws Exception {
		// What a submission holds from its check to its commit.
		try (Connection submitting = holding(CLAIM_LOCKS)) {
			CompletableFuture<Api.Response> imported = CompletableFuture.supplyAsync(() -> upload("licences"));
			assertThat(waits(imported)).as("the import waits for the submission").isTrue();
			submitting.rollback();
			assertThat(imported.get(30, TimeUnit.SECONDS).status()).isEqualTo(201);
		}
		assertThat(this.db.sql("SELECT count(*) FROM feature WHERE layer_id = 'licences'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void anImportIntoALayerThatDoesNotBlockNeverWaits() throws Exception {
		try (Connection submitting = holding(CLAIM_LOCKS)) {
			assertThat(upload("protected_areas").status()).isEqualTo(201);
			submitting.rollback();
		}
	}

	@Test
	void aLicenceImportReportsThePendingApplicationsItOverlaps() {
		long receipt = submit().json().get("receipt").longValue();
		Api.Response checked = upload("licences", Map.of("dryRun", "true"));
		assertThat(checked.status()).isEqualTo(200);
		Api.Response imported = upload("licences");
		assertThat(imported.status()).isEqualTo(201);
		assertThat(Uploads.findings(checked.json())).as("the dry run said so")
			.isEqualTo(Uploads.findings(imported.json()));
		String area = this.db.sql("SELECT round(ST_Area(ST_GeomFromText(:land, 4326)::geography)::numeric, 1)::text")
			.param("land", LAND)
			.query(String.class)
			.single();
		JsonNode overlaps = imported.json().get("pendingOverlaps");
		assertThat(overlaps).hasSize(1);
		assertThat(overlaps.get(0).get("id").stringValue()).isEqualTo("L-1");
		assertThat(overlaps.get(0).get("reason").stringValue())
			.isEqualTo("pending application " + receipt + ": " + area + " m²");
	}

	@Test
	void anImportIntoALayerThatDoesNotBlockReportsNoPendingOverlaps() {
		assertThat(submit().status()).isEqualTo(201);
		Api.Response imported = upload("protected_areas");
		assertThat(imported.status()).isEqualTo(201);
		assertThat(imported.json().get("pendingOverlaps")).isEmpty();
	}

	@Test
	void submissionsDoNotWaitForEachOther() throws Exception {
		// Another applicant's submission in flight, elsewhere.
		try (Connection submitting = holding("SELECT lock_claim_cells(ST_GeomFromText('POINT(56.5 32.5)', 4326))")) {
			assertThat(submit().status()).isEqualTo(201);
			submitting.rollback();
		}
	}

	/** A connection in a transaction that has run the statements and stays open. */
	private Connection holding(String... statements) throws SQLException {
		return new HeldTransactions(this.dataSource, this.db).holding(statements);
	}

	private Api.Response submit() {
		return this.api.postJson("/api/v1/applications", Fixtures.APPLICANT,
				"{\"type\":\"EXPLORATION\",\"mineral\":\"copper\",\"geometry\":" + new Fixtures(this.db).geoJson(LAND)
						+ "}");
	}

	private Api.Response upload(String layer) {
		return upload(layer, Map.of());
	}

	private Api.Response upload(String layer, Map<String, String> fields) {
		String file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
				+ "\"properties\":{\"id\":\"L-1\",\"name\":\"Licence 1\"},\"geometry\":"
				+ new Fixtures(this.db).geoJson(LAND) + "}]}";
		return Uploads.upload(this.api, Fixtures.GIS_ADMIN, layer, "licences.geojson",
				file.getBytes(StandardCharsets.UTF_8), fields);
	}

	/** Whether the request is still running after {@link #WATCHED_MS}. */
	private static boolean waits(CompletableFuture<Api.Response> request) throws InterruptedException {
		Thread.sleep(WATCHED_MS);
		return !request.isDone();
	}

}
