package ir.cadastre.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.Metrics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Heavy requests take turns ({@link HeavyRequests}): while every turn of exports,
 * downloads and imports is taken, another export waits and is refused with 503
 * {@code busy}, and submissions, overlap checks and tiles go on as ever; once a turn is
 * free the export is served.
 */
@CadastreTest
class HeavyRequestsTests extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SQUARE = """
			{"geometry": {"type": "Polygon", "coordinates": [[[58.6, 30.0], [58.601, 30.0], [58.601, 30.0009],
			 [58.6, 30.0009], [58.6, 30.0]]]}}""";

	@Autowired
	private HeavyRequests heavyRequests;

	@Test
	void whileEveryBulkTurnIsTakenAnExportIsBusyAndChecksGoOn() {
		Semaphore turns = this.heavyRequests.turns(new MockHttpServletRequest("GET", "/api/v1/applications/export"));
		int taken = turns.drainPermits();
		HttpResponse<byte[]> export;
		try {
			export = this.api.bytes(this.api.request("/api/v1/applications/export", Fixtures.OFFICER).GET());
			assertThat(this.api.postJson("/api/v1/overlaps", Fixtures.APPLICANT, SQUARE).status()).isEqualTo(200);
			assertThat(this.api
				.postJson("/api/v1/applications", Fixtures.APPLICANT,
						"{\"mineral\": \"copper\", " + SQUARE.substring(1))
				.status()).isEqualTo(201);
			assertThat(this.api.get("/tiles/protected_areas/5/21/12.mvt", Fixtures.APPLICANT).status()).isIn(200, 204);
		}
		finally {
			turns.release(taken);
		}
		assertThat(export.statusCode()).as(new String(export.body(), StandardCharsets.UTF_8)).isEqualTo(503);
		assertThat(export.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(JSON.readTree(export.body()).get("type").stringValue()).isEqualTo("urn:cadastre:problem:busy");
		assertThat(this.api.get("/api/v1/applications/export", Fixtures.OFFICER).status()).isEqualTo(200);
	}

	@Test
	void theOperatorsSeeTheHeavyRequestsWaitingAndThoseRefused() throws Exception {
		double refused = Metrics.read(this.api).value("cadastre_heavy_requests_busy_total");
		Semaphore turns = this.heavyRequests.turns(new MockHttpServletRequest("GET", "/api/v1/applications/export"));
		int taken = turns.drainPermits();
		double waiting;
		CompletableFuture<HttpResponse<byte[]>> export;
		try {
			export = CompletableFuture.supplyAsync(
					() -> this.api.bytes(this.api.request("/api/v1/applications/export", Fixtures.OFFICER).GET()));
			while (turns.getQueueLength() == 0 && !export.isDone()) {
				Thread.sleep(10);
			}
			waiting = Metrics.read(this.api).value("cadastre_heavy_requests_waiting");
			assertThat(export.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(503);
		}
		finally {
			turns.release(taken);
		}
		assertThat(waiting).isEqualTo(1);
		Metrics after = Metrics.read(this.api);
		assertThat(after.value("cadastre_heavy_requests_waiting")).isZero();
		assertThat(after.value("cadastre_heavy_requests_busy_total")).isEqualTo(refused + 1);
	}

	@Test
	void everyHeavyRequestTakesATurnAndNoOtherDoes() {
		Semaphore bulk = this.heavyRequests.turns(new MockHttpServletRequest("GET", "/api/v1/applications/export"));
		assertThat(bulk).isNotNull();
		for (String call : new String[] { "GET /api/v1/inquiries/export", "GET /api/v1/layers/forests/features",
				"GET /api/v1/layers/forests/download", "GET /api/v1/layers/forests/versions/3/findings",
				"POST /api/v1/layers/forests/imports", "POST /api/v1/licences/registrations" }) {
			assertThat(this.heavyRequests.turns(request(call))).as(call).isSameAs(bulk);
		}
		for (String call : new String[] { "POST /api/v1/applications", "POST /api/v1/overlaps", "GET /api/v1/layers",
				"GET /api/v1/applications", "GET /api/v1/layers/forests/versions", "POST /api/v1/licences",
				"GET /actuator/health", "GET /tiles/forests/5/21/12.mvt" }) {
			assertThat(this.heavyRequests.turns(request(call))).as(call).isNull();
		}
	}

	private static MockHttpServletRequest request(String call) {
		String[] parts = call.split(" ");
		return new MockHttpServletRequest(parts[0], parts[1]);
	}

}
