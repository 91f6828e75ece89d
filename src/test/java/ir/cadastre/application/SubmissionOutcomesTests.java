package ir.cadastre.application;

import java.net.http.HttpRequest;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.Metrics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators see how submissions end: accepted, replayed, refused for an earlier claim
 * (409), or refused for a reason, the problem's type.
 */
@CadastreTest
class SubmissionOutcomesTests extends ApiTest {

	private static final String SUBMITTED = "cadastre_applications_submitted_total";

	private static final String AREA = "POLYGON((54.3 32.3, 54.32 32.3, 54.32 32.32, 54.3 32.32, 54.3 32.3))";

	@Test
	void eachSubmissionIsCountedByItsOutcome() {
		Metrics before = Metrics.read(this.api);
		String body = "{\"mineral\":\"copper\",\"type\":\"EXPLORATION\",\"geometry\":" + this.fixtures.geoJson(AREA)
				+ "}";
		assertThat(submit(body, "k-1").status()).isEqualTo(201);
		assertThat(submit(body, "k-1").status()).as("the same key again").isEqualTo(201);
		assertThat(submit(body, null).status()).as("the same area again").isEqualTo(409);
		assertThat(submit(body.replace("copper", "crude_oil"), null).status()).isEqualTo(422);
		assertThat(submit(body.replace("54.3", "44.3"), null).status()).isEqualTo(422);

		Metrics after = Metrics.read(this.api);
		assertThat(delta(before, after, "accepted", "none")).isEqualTo(1);
		assertThat(delta(before, after, "replayed", "none")).isEqualTo(1);
		assertThat(delta(before, after, "conflict", "conflicting-claim")).isEqualTo(1);
		assertThat(delta(before, after, "refused", "mineral-not-licensable")).isEqualTo(1);
		assertThat(delta(before, after, "refused", "outside-jurisdiction")).isEqualTo(1);
	}

	private Api.Response submit(String body, String key) {
		HttpRequest.Builder request = this.api.request("/api/v1/applications", Fixtures.APPLICANT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return this.api.send(request);
	}

	private static double delta(Metrics before, Metrics after, String outcome, String reason) {
		return after.value(SUBMITTED, "outcome", outcome, "reason", reason)
				- before.value(SUBMITTED, "outcome", outcome, "reason", reason);
	}

}
