package ir.cadastre.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.HeldTransactions;
import ir.cadastre.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * A read request whose statement runs longer than
 * {@code cadastre.reads.statement-timeout} (2 s in the tests) is stopped by the database
 * and refused with 503 {@code read-timeout} and {@code Retry-After}; the service goes on
 * answering, and writes, which may wait for an import's locks, are not limited. The slow
 * read is made by holding a lock the read must wait for, as a long import or a runaway
 * statement would.
 */
@CadastreTest
@ExtendWith(OutputCaptureExtension.class)
class ReadLimitTests extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private DataSource dataSource;

	@Test
	void aReadThatRunsPastItsLimitIsA503AndTheServiceGoesOn(CapturedOutput output) throws Exception {
		double stopped = Metrics.read(this.api).value("cadastre_reads_timeouts_total");
		HttpResponse<byte[]> cut;
		try (Connection locking = new HeldTransactions(this.dataSource, this.db)
			.holding("LOCK TABLE application IN ACCESS EXCLUSIVE MODE")) {
			CompletableFuture<HttpResponse<byte[]>> reading = CompletableFuture
				.supplyAsync(() -> this.api.bytes(this.api.request("/api/v1/applications?pageSize=10", Fixtures.OFFICER)
					.header(RequestIds.HEADER, "t-slow-read-1")
					.GET()));
			cut = answerWithin(reading, Duration.ofSeconds(8));
			locking.rollback();
			if (cut == null) {
				cut = reading.get(30, TimeUnit.SECONDS);
			}
		}
		assertThat(cut.statusCode()).as(new String(cut.body(), StandardCharsets.UTF_8)).isEqualTo(503);
		assertThat(cut.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(cut.headers().firstValue("Retry-After")).hasValue("10");
		JsonNode problem = JSON.readTree(cut.body());
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:cadastre:problem:read-timeout");
		assertThat(problem.get("status").intValue()).isEqualTo(503);
		assertThat(this.api.get("/api/v1/applications?pageSize=10", Fixtures.OFFICER).status()).isEqualTo(200);
		assertThat(this.api.get("/actuator/health", null).status()).isEqualTo(200);
		assertThat(Metrics.read(this.api).value("cadastre_reads_timeouts_total")).isEqualTo(stopped + 1);
		assertThat(problem.get("requestId").stringValue()).isEqualTo("t-slow-read-1");
		assertThat(output.toString().lines().filter((line) -> line.contains("A read was stopped")))
			.as("the log line names the request")
			.singleElement(STRING)
			.contains("[t-slow-read-1] ");
	}

	@Test
	void aSubmissionWaitsForALockLongerThanAReadMay() throws Exception {
		CompletableFuture<Api.Response> submitting;
		try (Connection locking = new HeldTransactions(this.dataSource, this.db)
			.holding("LOCK TABLE application IN SHARE MODE")) {
			submitting = CompletableFuture.supplyAsync(
					() -> this.api.postJson("/api/v1/applications", Fixtures.APPLICANT,
							"{\"mineral\":\"copper\",\"type\":\"EXPLORATION\",\"geometry\":"
									+ this.fixtures
										.geoJson("POLYGON((54.3 32.3, 54.32 32.3, 54.32 32.32, 54.3 32.32, 54.3 32.3))")
									+ "}"));
			new HeldTransactions(this.dataSource, this.db).awaitWaiting(1);
			Thread.sleep(3000);
			locking.commit();
		}
		Api.Response submitted = submitting.get(30, TimeUnit.SECONDS);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
	}

	/**
	 * A connection a read request took carries the read's limit; the same connection
	 * taken by anything else (a write, a sweeping job) does not.
	 */
	@Test
	void aConnectionKeepsNoLimitOnceTheReadHasReturnedIt() throws SQLException {
		ReadLimit.set(Duration.ofSeconds(2));
		try {
			assertThat(statementTimeout()).isEqualTo("2s");
		}
		finally {
			ReadLimit.clear();
		}
		assertThat(statementTimeout()).isEqualTo("0");
	}

	private String statementTimeout() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SHOW statement_timeout")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static <T> T answerWithin(CompletableFuture<T> answer, Duration wait) throws Exception {
		try {
			return answer.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return null;
		}
	}

}
