package ir.cadastre.web;

import java.util.UUID;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.Metrics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics are for the GIS administrator alone, in Prometheus' format; anyone else is
 * refused as everywhere, and health stays open. Requests are counted by their route, not
 * their path, so that ids do not make a series each.
 */
@CadastreTest
class MetricsTests extends ApiTest {

	@Test
	void theGisAdministratorReadsTheMetricsInPrometheusFormat() {
		Api.Response scraped = this.api.get("/actuator/prometheus", Fixtures.GIS_ADMIN);
		assertThat(scraped.status()).isEqualTo(200);
		assertThat(scraped.contentType()).startsWith("text/plain");
		assertThat(scraped.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active",
				"cadastre_heavy_requests_waiting", "cadastre_sign_in_lockouts_total");
	}

	@Test
	void anyoneElseIsRefusedAsEverywhere() {
		for (String path : new String[] { "/actuator/prometheus", "/actuator", "/actuator/metrics" }) {
			refused(this.api.get(path, null), 401, "unauthenticated");
			for (String user : new String[] { Fixtures.APPLICANT, Fixtures.DOE_REVIEWER, Fixtures.OFFICER }) {
				refused(this.api.get(path, user), 403, "forbidden");
			}
		}
	}

	@Test
	void healthAndItsGroupsStayOpen() {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			assertThat(this.api.get(path, null).status()).as(path).isEqualTo(200);
		}
		refused(this.api.get("/actuator/health/db", null), 404, "not-found");
	}

	@Test
	void requestsAreCountedByTheirRouteNotTheirPath() {
		String id = UUID.randomUUID().toString();
		assertThat(this.api.get("/api/v1/applications/" + id, Fixtures.OFFICER).status()).isEqualTo(404);
		assertThat(this.api.get("/no/such/" + id, Fixtures.OFFICER).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/applications/" + id, null).status()).isEqualTo(401);

		Metrics metrics = Metrics.read(this.api);
		assertThat(metrics.value("http_server_requests_seconds_count", "uri", "/api/v1/applications/{id}", "status",
				"404"))
			.isPositive();
		assertThat(metrics.value("http_server_requests_seconds_count", "uri", "UNKNOWN", "status", "401"))
			.as("refused before any route")
			.isPositive();
		assertThat(metrics.samples("http_server_requests_seconds_count")).isNotEmpty()
			.noneMatch((sample) -> sample.contains(id));
	}

	private static void refused(Api.Response response, int status, String type) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		assertThat(response.isProblem()).as("%s", response).isTrue();
		assertThat(response.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:" + type);
	}

}
