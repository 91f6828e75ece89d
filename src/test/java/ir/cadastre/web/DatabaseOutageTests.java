package ir.cadastre.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
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
	private HikariDataSource pool;

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
			while (held.size() < this.pool.getMaximumPoolSize()) {
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
