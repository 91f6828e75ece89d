package ir.cadastre.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.HeldTransactions;
import ir.cadastre.layer.Uploads;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the service can get no database connection (the database stopped, restarting, or
 * every connection taken), a request is answered within seconds with a 503 problem that
 * says so and when to try again: not a 500 after half a minute, and not a 401 that tells
 * a user their password is wrong. Once connections are back, the same request succeeds.
 * The outage is made by holding every connection of the service's pool, which is what the
 * pool sees when the database does not answer: no connection within its timeout.
 */
@CadastreTest
class DatabaseOutageTests extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private DataSource pool;

	@Test
	void aRequestWithoutADatabaseIsAQuick503AndSucceedsOnceItIsBack() throws SQLException {
		List<Connection> held = holdEveryConnection();
		long started = System.nanoTime();
		HttpResponse<byte[]> during;
		try {
			during = this.api.bytes(this.api.request("/api/v1/applications", Fixtures.APPLICANT).GET());
		}
		finally {
			release(held);
		}
		Duration waited = Duration.ofNanos(System.nanoTime() - started);
		checkUnavailable(during);
		assertThat(waited).isLessThan(Duration.ofSeconds(15));
		assertThat(this.api.get("/api/v1/applications", Fixtures.APPLICANT).status()).isEqualTo(200);
	}

	/**
	 * Health says the database is down, readiness does not: every instance is alike then,
	 * and the service's own 503 tells a client more than a load balancer's page would.
	 */
	@Test
	void healthIsDownWithoutADatabaseWhileReadinessStaysUp() throws SQLException {
		List<Connection> held = holdEveryConnection();
		Api.Response health;
		Api.Response readiness;
		try {
			health = this.api.get("/actuator/health", null);
			readiness = this.api.get("/actuator/health/readiness", null);
		}
		finally {
			release(held);
		}
		assertThat(health.status()).isEqualTo(503);
		assertThat(health.json().get("status").stringValue()).isEqualTo("DOWN");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(this.api.get("/actuator/health", null).status()).isEqualTo(200);
	}

	@Test
	void signingInWithoutADatabaseIsA503NotAWrongPassword() throws SQLException {
		String user = "t-outage-" + System.nanoTime();
		this.db.sql("""
				INSERT INTO app_user (username, password_hash, role)
				SELECT :user, password_hash, role FROM app_user WHERE username = :applicant
				""").param("user", user).param("applicant", Fixtures.APPLICANT).update();
		List<Connection> held = holdEveryConnection();
		HttpResponse<byte[]> during;
		try {
			during = this.api.bytes(this.api.request("/api/v1/me", user).GET());
		}
		finally {
			release(held);
		}
		checkUnavailable(during);
		assertThat(during.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(this.api.get("/api/v1/me", user).status()).isEqualTo(200);
	}

	@Test
	void anImportWhoseConnectionIsLostIsA503AndImportsNothing() throws Exception {
		String land = "POLYGON((55.30 31.20, 55.32 31.20, 55.32 31.22, 55.30 31.22, 55.30 31.20))";
		String file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
				+ "\"properties\":{\"id\":\"L-1\",\"name\":\"Licence 1\"},\"geometry\":" + this.fixtures.geoJson(land)
				+ "}]}";
		// A submission in flight on the land: the import into the licences layer waits
		// for it,
		// and its connection is lost meanwhile (the database restarting ends every
		// backend so).
		try (Connection submitting = new HeldTransactions(this.pool, this.db)
			.holding("SELECT lock_claim_cells(ST_GeomFromText('" + land + "', 4326))")) {
			CompletableFuture<HttpResponse<byte[]>> imported = CompletableFuture
				.supplyAsync(() -> this.api.bytes(Uploads.request(this.api, Fixtures.GIS_ADMIN, "licences",
						"licences.geojson", file.getBytes(StandardCharsets.UTF_8), Map.of("mode", "replace"))));
			new HeldTransactions(this.pool, this.db).awaitWaiting(1);
			this.db.sql("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE NOT granted").query().listOfRows();
			checkUnavailable(imported.get(30, TimeUnit.SECONDS));
			submitting.rollback();
		}
		assertThat(this.db.sql("SELECT count(*) FROM feature WHERE layer_id = 'licences'").query(Long.class).single())
			.isZero();
		assertThat(this.db.sql("SELECT count(*) FROM layer_version WHERE layer_id = 'licences'")
			.query(Long.class)
			.single()).isZero();
	}

	private static void checkUnavailable(HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:cadastre:problem:database-unavailable");
	}

	/** Every connection the pool may open, taken from it (waiting for those in use). */
	private List<Connection> holdEveryConnection() throws SQLException {
		List<Connection> held = new ArrayList<>();
		try {
			while (held.size() < this.pool.unwrap(HikariDataSource.class).getMaximumPoolSize()) {
				held.add(this.pool.getConnection());
			}
		}
		catch (SQLException | RuntimeException ex) {
			release(held);
			throw ex;
		}
		return held;
	}

	private static void release(List<Connection> held) throws SQLException {
		for (Connection connection : held) {
			connection.close();
		}
	}

}
